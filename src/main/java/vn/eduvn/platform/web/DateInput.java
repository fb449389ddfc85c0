package vn.eduvn.platform.web;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;

/**
 * A date as a person types it: {@code dd/MM/yyyy} (also with {@code -} or {@code .}, one-digit day or month),
 * or {@code yyyy-MM-dd} as a browser's date field sends it. A date that cannot exist (31/02/2015) is told apart
 * from text that is not a date at all, so the form can say which. Printed as {@code yyyy-MM-dd}, the value a
 * browser's date field takes.
 */
public final class DateInput implements Formatter<LocalDate> {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** The longest text looked at: anything longer is not a date, and is not echoed back whole. */
    private static final int MAX_LENGTH = 20;

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        return read(text);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.toString();
    }

    /** The date the text names, or null when it is blank. */
    public static LocalDate read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (typed.length() > MAX_LENGTH) {
            throw new NotADate(typed.substring(0, MAX_LENGTH) + "…", false);
        }
        Matcher dayFirst = DAY_FIRST.matcher(typed);
        if (dayFirst.matches()) {
            return of(typed, dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(typed);
        if (yearFirst.matches()) {
            return of(typed, yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        throw new NotADate(typed, false);
    }

    private static LocalDate of(String typed, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            throw new NotADate(
                    String.format("%02d/%02d/%s", Integer.parseInt(day), Integer.parseInt(month), year), true);
        }
    }

    /** Text that names no date; {@code impossible} when it has a date's shape but no such day exists. */
    public static final class NotADate extends IllegalArgumentException {

        private final String typed;

        private final boolean impossible;

        NotADate(String typed, boolean impossible) {
            super((impossible ? "No such date: " : "Not a date: ") + typed);
            this.typed = typed;
            this.impossible = impossible;
        }

        public String typed() {
            return typed;
        }

        /** The message key that says what is wrong, with {@link #typed()} as its argument. */
        public String messageKey() {
            return impossible ? "date.impossible" : "date.invalid";
        }

        /** The first {@code NotADate} among an exception and its causes, if any. */
        public static NotADate in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NotADate found) {
                    return found;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return null;
        }
    }
}
