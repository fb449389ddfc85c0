package vn.eduvn.admissions.application;

/** How personal data shows where others may see it: enough to recognise one's own, not enough to use. */
final class Masks {

    private Masks() {}

    /** {@code n***@gmail.com}. */
    static String email(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** The last 4 digits of a personal identifier: {@code ********1234}. */
    static String personalId(String id) {
        return "********" + id.substring(Math.max(0, id.length() - 4));
    }
}
