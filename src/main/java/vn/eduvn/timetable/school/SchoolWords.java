package vn.eduvn.timetable.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.timetable.format.TimetableProblem;

/**
 * The timetable format's codes in a school's words, for refusals shown to the principal: a lesson as its subject
 * and class ("Toán 6A1" for 6A1-TOAN), a teacher by name (GV12 is the school's staff record 12), a period as
 * "T2 sáng tiết 1" (T2 SANG 1). The format's checks name what they find by code, which suits a script that sent the
 * codes; a school never typed them.
 */
final class SchoolWords {

    private static final Pattern SLOT = Pattern.compile("\\b(T[2-8]|CN) (SANG|CHIEU) (\\d+)\\b");

    private final Map<String, String> words = new HashMap<>();

    private final Pattern codes;

    SchoolWords(TimetableProblem problem, Map<String, String> subjectNames) {
        for (TimetableProblem.Teacher t : problem.teachers()) {
            if (t.name() != null && !t.name().isBlank()) {
                // The checks write a teacher as "Name (GV12)"; the school knows them by name.
                words.put(t.name() + " (" + t.id() + ")", t.name());
                words.put(t.id(), t.name());
            }
        }
        for (TimetableProblem.Lesson l : problem.lessons()) {
            words.put(l.id(), subjectNames.getOrDefault(l.subject(), l.subject()) + " " + l.classId());
        }
        List<String> keys = new ArrayList<>(words.keySet());
        // Longest first, so that GV12 is not read as GV1 followed by 2.
        keys.sort(Comparator.comparingInt(String::length).reversed());
        codes = keys.isEmpty()
                ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}_-])("
                        + keys.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}_])");
    }

    /** The same refusal with every argument in the school's words. */
    InvalidFields reword(InvalidFields refusal) {
        return new InvalidFields(refusal.problems().stream()
                .map(p -> new FieldProblem(
                        p.field(),
                        p.key(),
                        java.util.Arrays.stream(p.args())
                                .map(a -> a instanceof String s ? reword(s) : a)
                                .toArray()))
                .toList());
    }

    String reword(String text) {
        String out = codes == null
                ? text
                : codes.matcher(text).replaceAll(m -> Matcher.quoteReplacement(words.get(m.group(1))));
        return SLOT.matcher(out)
                .replaceAll(
                        m -> m.group(1) + " " + (m.group(2).equals("SANG") ? "sáng" : "chiều") + " tiết " + m.group(3));
    }
}
