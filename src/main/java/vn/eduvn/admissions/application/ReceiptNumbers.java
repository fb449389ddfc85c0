package vn.eduvn.admissions.application;

import java.security.SecureRandom;

/**
 * Receipt numbers (mã hồ sơ) such as {@code L6-7K3Q-X9PM}: the grade, then 8 random characters of Crockford's base 32
 * (no I, L, O or U to misread), about 10^12 values, so that a receipt cannot be guessed from another.
 */
final class ReceiptNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptNumbers() {}

    static String next(int grade) {
        StringBuilder receipt = new StringBuilder("L").append(grade).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                receipt.append('-');
            }
            receipt.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return receipt.toString();
    }

    /** The receipt as typed by a parent: upper case, spaces dropped, O read as 0 and I as 1. */
    static String normalise(String typed) {
        return typed == null
                ? ""
                : typed.strip().toUpperCase().replace(" ", "").replace('O', '0').replace('I', '1');
    }
}
