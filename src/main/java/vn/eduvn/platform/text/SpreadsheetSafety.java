package vn.eduvn.platform.text;

/**
 * Every exported cell goes through here: text that a spreadsheet would take for a formula (starting with
 * =, +, -, @, or a tab or carriage return) gets a leading apostrophe, so opening an export never runs it.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {}

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
