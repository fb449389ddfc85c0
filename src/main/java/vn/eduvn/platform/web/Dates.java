package vn.eduvn.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates as Vietnamese users read them: dd/MM/yyyy, times in Asia/Ho_Chi_Minh. Used by templates as {@code @dates}. */
@Component("dates")
public class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    /** A number kept as text (a mark "6.5", an average "8.0") with the Vietnamese decimal comma; other text as it is. */
    public String decimal(String text) {
        return text != null && text.matches("-?\\d+\\.\\d+") ? text.replace('.', ',') : text;
    }

    /** A recorded value as a Vietnamese reader reads it: dates dd/MM/yyyy, times to the minute, decimal commas. */
    public String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return MINUTE.format(instant.atZone(VIETNAM));
        }
        if (value instanceof java.time.LocalDateTime time) {
            return MINUTE.format(time);
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return String.valueOf(value);
    }
}
