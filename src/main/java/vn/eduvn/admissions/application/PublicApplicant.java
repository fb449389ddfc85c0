package vn.eduvn.admissions.application;

import java.time.LocalDate;

/**
 * One line of a public list: the name, the last four digits of the personal identifier, the date of birth, the
 * choice rank at which the child applied to this school, and the status. Never the address, phone or email.
 */
public record PublicApplicant(String fullName, String personalId, LocalDate birthDate, int choiceRank, String status) {}
