package vn.eduvn.timetable.school;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * FET's constraint type names in the reader's language, for the FET page: a rule of a teacher or students set is
 * named from its two halves (who: {@code Teacher}, {@code Teachers}, {@code StudentsSet}, {@code Students}; what:
 * {@code MaxGapsPerWeek}...), so every combination FET has reads well without a key for each; other types have a key
 * of their own. A type without a label keeps FET's name. Used by templates as {@code @fetLabels}.
 */
@Component("fetLabels")
public class FetLabels {

    private static final Pattern RESOURCE =
            Pattern.compile("Constraint(Teachers|Teacher|StudentsSet|Students)([A-Za-z]+)");

    private final MessageSource messages;

    FetLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String type) {
        var locale = LocaleContextHolder.getLocale();
        Matcher m = RESOURCE.matcher(type);
        if (m.matches()) {
            String who = messages.getMessage("fet.who." + m.group(1), null, null, locale);
            String what = messages.getMessage("fet.what." + m.group(2), null, null, locale);
            if (who != null && what != null) {
                return who + ": " + what;
            }
        }
        return messages.getMessage("fet.type." + type, null, type, locale);
    }
}
