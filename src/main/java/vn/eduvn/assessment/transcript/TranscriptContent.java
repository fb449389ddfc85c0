package vn.eduvn.assessment.transcript;

import java.util.List;

/**
 * What a transcript (học bạ) of one school year prints, in the words printed: frozen as JSON when the principal
 * finalises it, so the PDF, the verification page and the hash read the same content forever, whatever later
 * changes to labels or rules.
 *
 * @param year the year's standing (term I, term II, the year) as "learning" and "conduct" or, at primary, the
 *        educational result
 */
public record TranscriptContent(
        String authority,
        String school,
        int startYear,
        int grade,
        String className,
        String regime,
        Pupil pupil,
        List<SubjectLine> subjects,
        List<Rating> personal,
        Standing term1,
        Standing term2,
        Standing year,
        String title,
        String decision,
        String reassess,
        long absencesExcused,
        long absencesUnexcused,
        String comment,
        String homeroomTeacher,
        String principal) {

    /** The student as the transcript names them. */
    public record Pupil(
            String fullName,
            String birthDate,
            String gender,
            String ethnicity,
            String personalId,
            String address,
            String father,
            String mother,
            String guardian) {}

    /** A subject's results: each term's, the year's, and at primary the year-end test score. */
    public record SubjectLine(String name, String term1, String term2, String year, String test) {}

    /** A quality or competency (primary), which of the two it is ("Phẩm chất", "Năng lực"), and the level reached. */
    public record Rating(String group, String name, String level) {}

    /** A column of the standing table. */
    public record Standing(String learning, String conduct) {}

    public boolean primary() {
        return grade <= 5;
    }

    /** The level of education, as headings print it. */
    public String levelName() {
        return grade <= 5 ? "TIỂU HỌC" : grade <= 9 ? "TRUNG HỌC CƠ SỞ" : "TRUNG HỌC PHỔ THÔNG";
    }

    public String schoolYear() {
        return startYear + "-" + (startYear + 1);
    }
}
