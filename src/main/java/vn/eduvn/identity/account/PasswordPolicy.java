package vn.eduvn.identity.account;

import vn.eduvn.platform.DomainException;

/** At least 8 characters with a letter and a digit, and not the username. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {}

    static void check(String field, String username, String password) {
        if (password == null
                || password.length() < MIN_LENGTH
                || password.length() > 128
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw DomainException.invalid(field, "error.password.weak", MIN_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw DomainException.invalid(field, "error.password.sameAsUsername");
        }
    }
}
