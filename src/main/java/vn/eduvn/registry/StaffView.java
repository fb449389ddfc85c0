package vn.eduvn.registry;

import java.time.LocalDate;

/** A member of staff as lists and the API show them. */
public record StaffView(
        long id,
        long schoolUnitId,
        String personalId,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String position,
        String qualification,
        String titleRank,
        String mainSubject,
        String secondSubject,
        String contractType,
        String status,
        String phone,
        String email) {}
