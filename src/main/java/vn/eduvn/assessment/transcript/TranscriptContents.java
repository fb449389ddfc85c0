package vn.eduvn.assessment.transcript;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.eduvn.assessment.Regime;
import vn.eduvn.assessment.attendance.Attendance;
import vn.eduvn.assessment.gradebook.Gradebooks;
import vn.eduvn.assessment.results.ClassResults;
import vn.eduvn.assessment.results.ClassResults.StudentResult;
import vn.eduvn.assessment.results.ClassResults.Summary;
import vn.eduvn.assessment.transcript.TranscriptContent.Pupil;
import vn.eduvn.assessment.transcript.TranscriptContent.Rating;
import vn.eduvn.assessment.transcript.TranscriptContent.Standing;
import vn.eduvn.assessment.transcript.TranscriptContent.SubjectLine;
import vn.eduvn.registry.ClassRecord;
import vn.eduvn.registry.StudentView;

/**
 * Reads a class's year into the transcripts of its students, from the same class results the homeroom teacher
 * sees, in the words the official form prints (Vietnamese, whatever the reader's language).
 */
@Component
class TranscriptContents {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ClassResults results;

    private final Gradebooks gradebooks;

    private final Attendance attendance;

    private final MessageSource messages;

    TranscriptContents(ClassResults results, Gradebooks gradebooks, Attendance attendance, MessageSource messages) {
        this.results = results;
        this.gradebooks = gradebooks;
        this.attendance = attendance;
        this.messages = messages;
    }

    /** A class's transcripts, and for each student what keeps the year from being final. */
    record ClassYear(Map<Long, TranscriptContent> contents, Map<Long, String> incomplete) {}

    ClassYear of(ClassRecord record) {
        Summary term1 = results.summaryOf(record, 1);
        Summary term2 = results.summaryOf(record, 2);
        Summary year = results.summaryOf(record, 0);
        Map<Long, long[]> absences = attendance.totals(record.list().classId());
        Regime regime = Regime.valueOf(year.regime());
        Map<Long, TranscriptContent> contents = new LinkedHashMap<>();
        Map<Long, String> incomplete = new LinkedHashMap<>();
        for (int i = 0; i < year.students().size(); i++) {
            StudentView student = record.list().students().get(i);
            StudentResult y = year.students().get(i);
            StudentResult t1 = term1.students().get(i);
            StudentResult t2 = term2.students().get(i);
            long[] away = absences.getOrDefault(student.id(), new long[2]);
            contents.put(student.id(), content(record, regime, student, year, t1, t2, y, away));
            String missing = missing(regime, year, y);
            if (missing != null) {
                incomplete.put(student.id(), student.fullName() + ": " + missing);
            }
        }
        return new ClassYear(contents, incomplete);
    }

    private TranscriptContent content(
            ClassRecord record,
            Regime regime,
            StudentView student,
            Summary year,
            StudentResult t1,
            StudentResult t2,
            StudentResult y,
            long[] away) {
        boolean primary = regime.name().startsWith("PRIMARY");
        List<SubjectLine> subjects = new ArrayList<>();
        for (var subject : year.subjects()) {
            String test = null;
            if (primary) {
                test = gradebooks
                        .marksOf(
                                record.list().classId(),
                                subject.code(),
                                2,
                                record.list().grade(),
                                student.id())
                        .cells()
                        .get("TEST");
            }
            subjects.add(new SubjectLine(
                    subject.name(),
                    shown(t1.subjects().get(subject.code())),
                    shown(t2.subjects().get(subject.code())),
                    shown(y.subjects().get(subject.code())),
                    test == null || test.isEmpty() ? null : test));
        }
        List<Rating> personal = new ArrayList<>();
        List<String> codes = year.personalCodes();
        for (int i = 0; i < codes.size(); i++) {
            String level = y.personal().get(codes.get(i));
            // TT27 lists the five qualities before the ten competencies; TT30 the three capacities before the four
            // qualities.
            boolean quality = regime == Regime.PRIMARY_TT27_2020 ? i < 5 : i >= 3;
            personal.add(new Rating(
                    quality ? "Phẩm chất" : "Năng lực",
                    label("quality." + codes.get(i), codes.get(i)),
                    level == null ? null : level.replace("D", "Đ")));
        }
        Pupil pupil = new Pupil(
                student.fullName(),
                student.birthDate() == null ? null : DATE.format(student.birthDate()),
                student.gender() == null ? null : student.gender().vietnamese(),
                student.ethnicity(),
                student.personalId(),
                student.address(),
                student.fatherName(),
                student.motherName(),
                student.guardianName());
        String titleCode = y.title();
        return new TranscriptContent(
                record.authorityName(),
                record.schoolName(),
                record.list().startYear(),
                record.list().grade(),
                record.list().name(),
                regime.name(),
                pupil,
                subjects,
                personal,
                standing(t1),
                standing(t2),
                standing(y),
                titleCode == null ? null : label("results.title." + titleCode, titleCode),
                y.decision() == null ? null : label("results.decision." + y.decision(), y.decision()),
                y.reassessSubjects().isEmpty() ? null : year.reassessNames(y),
                away[0],
                away[1],
                y.comment(),
                record.homeroomTeacher(),
                record.principal());
    }

    private Standing standing(StudentResult line) {
        return new Standing(
                line.learning() == null ? null : label("results.level." + line.learning(), line.learning()),
                line.conduct() == null ? null : label("results.level." + line.conduct(), line.conduct()));
    }

    /** What the year lacks before it can be final, or null: the result the regime decides the year on. */
    private String missing(Regime regime, Summary year, StudentResult y) {
        List<String> lacking = new ArrayList<>();
        year.subjects().stream().filter(s -> y.subjects().get(s.code()) == null).forEach(s -> lacking.add(s.name()));
        if (regime == Regime.SECONDARY_TT22_2021) {
            if (y.conduct() == null) {
                lacking.add(reader("transcript.missing.conduct"));
            } else if (lacking.isEmpty() && y.decision() == null) {
                lacking.add(reader("transcript.missing.decision"));
            }
        } else if (regime == Regime.PRIMARY_TT27_2020 && lacking.isEmpty() && y.learning() == null) {
            lacking.add(reader("transcript.missing.personal"));
        }
        return lacking.isEmpty()
                ? null
                : messages.getMessage(
                        "transcript.missing",
                        new Object[] {String.join(", ", lacking)},
                        org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A word of a refusal, in the reader's language (the printed transcript itself stays Vietnamese). */
    private String reader(String key) {
        return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A score with the decimal comma the form prints; Đ/CĐ spelled out; primary levels as they are. */
    private static String shown(String result) {
        if (result == null) {
            return null;
        }
        if (result.equals("D")) {
            return "Đ";
        }
        if (result.equals("CD")) {
            return "CĐ";
        }
        return result.replace('.', ',');
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, VIETNAMESE);
    }
}
