package vn.eduvn.assessment.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.assessment.AssessmentSettings;
import vn.eduvn.assessment.Regime;
import vn.eduvn.assessment.engine.Levels.Checkpoint;
import vn.eduvn.assessment.engine.Levels.Comment;
import vn.eduvn.assessment.engine.PrimaryEngine;
import vn.eduvn.assessment.engine.Scores;
import vn.eduvn.assessment.engine.Tt22Engine;
import vn.eduvn.assessment.engine.Tt58Engine;
import vn.eduvn.assessment.window.TermWindows;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.platform.audit.AuditUnit;
import vn.eduvn.registry.ClassList;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.TeachingAssignmentView;

/**
 * A teacher's gradebooks: the grid of a class × subject × term for the teacher the principal assigned to it,
 * with the columns the regime needs, every cell checked as it is typed, saved on its own with optimistic
 * locking (two people on one cell are told, never silently overwritten), and each student's result recomputed
 * at once.
 */
@Service
@Transactional
public class Gradebooks {

    /** Registry codes of the subjects TT22/2021 assesses by comment only (Art 5(3)). */
    private static final Set<String> COMMENT_GRADED =
            Set.of("GDTC", "NGHE_THUAT", "AM_NHAC", "MI_THUAT", "GD_DIA_PHUONG", "HDTN_HN");

    /** Registry codes that the assessment rules spell differently. */
    private static final Map<String, String> RULE_CODES =
            Map.of("TIN_CONG_NGHE", "TIN_HOC_CONG_NGHE", "TN_XH", "TNXH", "GD_DIA_PHUONG", "GDDP");

    private final GradebookRepository gradebooks;

    private final MarkRepository marks;

    private final RegistryApi registry;

    private final AssessmentSettings settings;

    private final Access access;

    private final TermWindows windows;

    Gradebooks(
            GradebookRepository gradebooks,
            MarkRepository marks,
            RegistryApi registry,
            AssessmentSettings settings,
            Access access,
            TermWindows windows) {
        this.windows = windows;
        this.gradebooks = gradebooks;
        this.marks = marks;
        this.registry = registry;
        this.settings = settings;
        this.access = access;
    }

    /** What a cell holds and the version the page must send back when it changes it. */
    public record Cell(String value, long version) {}

    /** One student's line: the cells by column and the result they give (null until the marks are complete). */
    public record Line(long studentId, String personalId, String fullName, Map<String, Cell> cells, String result) {}

    /** The grid as the page and the API show it. */
    public record GradebookView(
            long id,
            long classId,
            String className,
            String subjectCode,
            String subjectName,
            int term,
            int startYear,
            String regime,
            String kind,
            boolean locked,
            List<String> columns,
            List<Line> lines,
            boolean editable) {}

    /** What a save answers: the cell as stored and the student's result now. */
    public record SavedCell(long studentId, String column, String value, long version, String result) {}

    /** The teacher's own gradebook to fill in, or, for the school's leaders and officials, the class's gradebook to read. */
    public GradebookView openOrRead(long classId, String subjectCode, int term) {
        return registry.teaches(classId, subjectCode)
                ? open(classId, subjectCode, term)
                : read(classId, subjectCode, term);
    }

    /** The gradebook of one of the signed-in teacher's assignments, opened on first use. */
    public GradebookView open(long classId, String subjectCode, int term) {
        if (term != 1 && term != 2) {
            throw DomainException.invalid("term", "gradebook.error.term");
        }
        TeachingAssignmentView assignment = assignment(classId, subjectCode);
        ClassList list = registry.myClass(classId);
        Gradebook book = gradebooks
                .findByClassIdAndSubjectCodeAndTerm(classId, subjectCode, term)
                .orElseGet(() -> create(list, assignment, term));
        return view(book, list, assignment.subjectName());
    }

    /** What an import of a gradebook sheet did: cells written, rows refused, and each problem. */
    public record Imported(
            int cells, int rejected, List<vn.eduvn.platform.sheets.SheetError> errors, boolean applied) {}

    /**
     * Re-imports a gradebook sheet as exported (Mã định danh, then the columns): every cell checked like a typed
     * one, every problem reported with its row and column; nothing is written when a row is bad unless the
     * teacher chose the valid rows. An empty cell leaves the mark as it is.
     */
    public Imported importSheet(
            long gradebookId,
            java.io.InputStream file,
            boolean validRows,
            org.springframework.context.MessageSource messages) {
        GradebookView view = view(gradebookId);
        Gradebook book = gradebooks.findById(gradebookId).orElseThrow();
        refuseIfClosed(book);
        vn.eduvn.platform.sheets.RowProblems problems = new vn.eduvn.platform.sheets.RowProblems(messages);
        vn.eduvn.platform.sheets.ImportSheet sheet =
                vn.eduvn.platform.sheets.ImportSheet.read(file, List.of("Mã định danh"), view.columns(), problems);
        if (sheet == null) {
            return new Imported(0, 0, problems.list(), false);
        }
        Map<String, Long> byPersonalId = new HashMap<>();
        view.lines().forEach(l -> byPersonalId.put(l.personalId(), l.studentId()));
        Kind kind = kind(book);
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        // Checked first on scratch marks, so that a refused row leaves the stored ones untouched.
        Map<Integer, List<String[]>> rows = new LinkedHashMap<>();
        Map<String, Mark> existing = new HashMap<>();
        marks.findByGradebookId(book.id()).forEach(m -> existing.put(m.studentId() + "/" + m.columnKey(), m));
        for (vn.eduvn.platform.sheets.ImportSheet.SheetRow row : sheet.rows()) {
            Long student = byPersonalId.get(row.identifier("Mã định danh"));
            if (student == null) {
                problems.add(row.number(), "Mã định danh", "gradebook.error.notInClass");
                continue;
            }
            List<String[]> cells = new ArrayList<>();
            for (String column : view.columns()) {
                if (!row.has(column)) {
                    continue;
                }
                try {
                    fill(new Mark(book.id(), student, column), kind, column, row.text(column), user);
                    cells.add(new String[] {String.valueOf(student), column, row.text(column)});
                } catch (DomainException e) {
                    problems.add(row.number(), column, e.messageKey(), e.args());
                }
            }
            rows.put(row.number(), cells);
        }
        java.util.Set<Integer> bad = problems.rows();
        if (!problems.isEmpty() && !validRows) {
            return new Imported(0, bad.size(), problems.list(), false);
        }
        AuditUnit.set(new vn.eduvn.platform.UnitRef(book.schoolUnitId(), null));
        int written = 0;
        for (var entry : rows.entrySet()) {
            if (bad.contains(entry.getKey())) {
                continue;
            }
            for (String[] cell : entry.getValue()) {
                long student = Long.parseLong(cell[0]);
                Mark mark = existing.getOrDefault(student + "/" + cell[1], new Mark(book.id(), student, cell[1]));
                fill(mark, kind, cell[1], cell[2], user);
                marks.save(mark);
                written++;
            }
        }
        return new Imported(written, bad.size(), problems.list(), true);
    }

    /**
     * An opened gradebook by id: the signed-in teacher's own to fill in, or, read-only, any gradebook of a school
     * whose records the user reads (its principal, clerk, an official above it).
     */
    @Transactional(readOnly = true)
    public GradebookView view(long gradebookId) {
        Gradebook book = gradebooks
                .findById(gradebookId)
                .orElseThrow(() -> DomainException.notFound("gradebook.error.notFound"));
        if (registry.teaches(book.classId(), book.subjectCode())) {
            TeachingAssignmentView assignment = assignment(book.classId(), book.subjectCode());
            return view(book, registry.myClass(book.classId()), assignment.subjectName());
        }
        return read(book.classId(), book.subjectCode(), book.term());
    }

    /**
     * A class's gradebook of a subject and term, read-only, for the school's leaders and officials above it; a
     * gradebook the teacher has not opened yet reads as its empty columns.
     */
    @Transactional(readOnly = true)
    public GradebookView read(long classId, String subjectCode, int term) {
        if (term != 1 && term != 2) {
            throw DomainException.invalid("term", "gradebook.error.term");
        }
        // A teacher of the school who does not teach this subject here finds no such gradebook, as before.
        vn.eduvn.registry.ClassRecord record = registry.classRecordToRead(classId)
                .orElseThrow(() -> DomainException.notFound("gradebook.error.notAssigned"));
        TeachingAssignmentView assignment = record.subjects().stream()
                .filter(a -> a.subjectCode().equals(subjectCode))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("gradebook.error.notFound"));
        ClassList list = record.list();
        Gradebook book = gradebooks
                .findByClassIdAndSubjectCodeAndTerm(classId, subjectCode, term)
                .orElseGet(() -> draft(
                        list.schoolUnitId(),
                        classId,
                        list.grade(),
                        list.startYear(),
                        subjectCode,
                        assignment.periodsPerWeek(),
                        term));
        GradebookView view = view(book, list, assignment.subjectName());
        return new GradebookView(
                view.id(),
                view.classId(),
                view.className(),
                view.subjectCode(),
                view.subjectName(),
                view.term(),
                view.startYear(),
                view.regime(),
                view.kind(),
                true,
                view.columns(),
                view.lines(),
                false);
    }

    /** How far one gradebook of a school's term is filled: the marks in, of the marks its columns ask for. */
    public record Filling(long classId, String subjectCode, boolean opened, long entered, long expected) {}

    /**
     * The filling of every gradebook of a school's term, from two queries; the teacher's comment column is not
     * counted, since a comment is not required. Callers check who may read the school.
     */
    @Transactional(readOnly = true)
    public List<Filling> fillings(
            long schoolUnitId, int term, Map<Long, Integer> gradeOfClass, Map<Long, Long> studentsOfClass) {
        Map<Long, Long> entered = new HashMap<>();
        for (Mark m : marks.findOfSchoolTerm(schoolUnitId, term)) {
            if (!REMARK.equals(m.columnKey()) && m.text() != null && !m.text().isEmpty()) {
                entered.merge(m.gradebookId(), 1L, Long::sum);
            }
        }
        List<Filling> fillings = new ArrayList<>();
        for (Gradebook book : gradebooks.findBySchoolUnitIdAndTerm(schoolUnitId, term)) {
            int grade = gradeOfClass.getOrDefault(book.classId(), 0);
            long columns =
                    columns(book, grade).stream().filter(c -> !REMARK.equals(c)).count();
            fillings.add(new Filling(
                    book.classId(),
                    book.subjectCode(),
                    true,
                    entered.getOrDefault(book.id(), 0L),
                    columns * studentsOfClass.getOrDefault(book.classId(), 0L)));
        }
        return fillings;
    }

    /** Saves one cell; an empty value clears it. */
    public SavedCell save(long gradebookId, long studentId, String column, String value, long seenVersion) {
        Gradebook book = gradebooks
                .findById(gradebookId)
                .orElseThrow(() -> DomainException.notFound("gradebook.error.notFound"));
        // Saves are the busiest request of the system: one read answers who teaches, who is enrolled and the
        // grade; only a refused save asks again to say why.
        int grade = registry.entryGrade(book.classId(), book.subjectCode(), studentId);
        if (grade == 0) {
            if (!registry.teaches(book.classId(), book.subjectCode())) {
                throw DomainException.notFound("gradebook.error.notAssigned");
            }
            if (!registry.isEnrolledIn(studentId, book.classId())) {
                throw DomainException.invalid("studentId", "gradebook.error.notInClass");
            }
            grade = registry.gradeOf(book.classId());
        }
        AuditUnit.set(new vn.eduvn.platform.UnitRef(book.schoolUnitId(), null));
        refuseIfClosed(book);
        Kind kind = kind(book);
        if (!columns(book, grade).contains(column)) {
            throw DomainException.invalid("column", "gradebook.error.column", column);
        }
        Mark mark = marks.findByGradebookIdAndStudentIdAndColumnKey(gradebookId, studentId, column)
                .orElse(null);
        long current = mark == null ? 0 : mark.cellVersion();
        if (current != seenVersion) {
            throw DomainException.conflict(
                    "value",
                    "gradebook.error.changed",
                    mark == null ? "" : mark.text(),
                    mark == null ? "" : mark.updatedBy());
        }
        String typed = value == null ? "" : value.trim();
        if (typed.isEmpty()) {
            if (mark != null) {
                marks.delete(mark);
            }
            marks.flush();
            return new SavedCell(studentId, column, "", 0, result(book, grade, marksOf(book, studentId)));
        }
        if (mark == null) {
            mark = new Mark(gradebookId, studentId, column);
        }
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        fill(mark, kind, column, typed, user);
        marks.saveAndFlush(mark);
        return new SavedCell(
                studentId, column, mark.text(), mark.cellVersion(), result(book, grade, marksOf(book, studentId)));
    }

    private TeachingAssignmentView assignment(long classId, String subjectCode) {
        return registry.myTeachingAssignments().stream()
                .filter(a -> a.classId() == classId && a.subjectCode().equals(subjectCode))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("gradebook.error.notAssigned"));
    }

    private Gradebook create(ClassList list, TeachingAssignmentView assignment, int term) {
        return create(
                list.schoolUnitId(),
                list.classId(),
                list.grade(),
                list.startYear(),
                assignment.subjectCode(),
                assignment.periodsPerWeek(),
                term);
    }

    private Gradebook create(
            long schoolUnitId,
            long classId,
            int grade,
            int startYear,
            String subjectCode,
            BigDecimal periodsPerWeek,
            int term) {
        AuditUnit.set(new vn.eduvn.platform.UnitRef(schoolUnitId, null));
        Gradebook book = draft(schoolUnitId, classId, grade, startYear, subjectCode, periodsPerWeek, term);
        if (sealed(classId)) {
            book.seal();
        }
        return gradebooks.save(book);
    }

    /** The gradebook a class, subject and term would open with, not stored. */
    private Gradebook draft(
            long schoolUnitId,
            long classId,
            int grade,
            int startYear,
            String subjectCode,
            BigDecimal periodsPerWeek,
            int term) {
        Regime regime = Regime.of(grade, startYear, settings);
        if (regime == Regime.SECONDARY_TT58_2011) {
            throw DomainException.conflict(null, "gradebook.error.regime", regime.name());
        }
        boolean primary = regime.name().startsWith("PRIMARY");
        boolean comment = !primary && COMMENT_GRADED.contains(subjectCode);
        int periodsPerYear = periodsPerWeek
                .multiply(BigDecimal.valueOf(35))
                .setScale(0, RoundingMode.HALF_UP)
                .intValue();
        int regular = primary
                ? 0
                : new Tt22Engine(settings.tt22())
                        .regularTestCount(periodsPerYear)
                        .count();
        return new Gradebook(schoolUnitId, classId, subjectCode, startYear, term, regime, comment, regular);
    }

    /**
     * Seals every gradebook of a class once the principal has finalised its year's transcripts; gradebooks
     * opened later are born sealed.
     */
    public void seal(long classId) {
        gradebooks.findByClassId(classId).forEach(book -> {
            book.seal();
            gradebooks.save(book);
        });
    }

    /** Whether the class's year is final (its transcripts finalised): its records take no change. */
    @Transactional(readOnly = true)
    public boolean sealed(long classId) {
        return gradebooks.existsByClassIdAndLockedTrue(classId);
    }

    /** Refuses a change to a class's records (conduct, comments, attendance) once its year is final. */
    public void refuseIfSealed(long classId) {
        if (sealed(classId)) {
            throw DomainException.conflict(null, "transcript.error.sealed");
        }
    }

    /** The columns a new gradebook of this class, subject and term has (for callers that fill it in bulk). */
    public List<String> columnsFor(
            long schoolUnitId,
            long classId,
            int grade,
            int startYear,
            String subjectCode,
            BigDecimal periodsPerWeek,
            int term) {
        Gradebook book = gradebooks
                .findByClassIdAndSubjectCodeAndTerm(classId, subjectCode, term)
                .orElseGet(() -> create(schoolUnitId, classId, grade, startYear, subjectCode, periodsPerWeek, term));
        return columns(book, grade);
    }

    /**
     * Marks entered by the system rather than a teacher (the demo province's term): checked like a teacher's,
     * written under the current (system) user.
     */
    public void enter(long classId, String subjectCode, int term, int grade, Map<Long, Map<String, String>> byStudent) {
        Gradebook book = gradebooks
                .findByClassIdAndSubjectCodeAndTerm(classId, subjectCode, term)
                .orElseThrow(() -> DomainException.notFound("gradebook.error.notFound"));
        Kind kind = kind(book);
        String user = access.currentUser().map(ScopedUser::username).orElse("system");
        List<String> columns = columns(book, grade);
        byStudent.forEach((studentId, cells) -> cells.forEach((column, typed) -> {
            if (!columns.contains(column)) {
                throw DomainException.invalid("column", "gradebook.error.column", column);
            }
            Mark mark = new Mark(book.id(), studentId, column);
            fill(mark, kind, column, typed, user);
            marks.save(mark);
        }));
    }

    private enum Kind {
        SCORE,
        COMMENT,
        PRIMARY,
        PRIMARY_TEST,
        PRIMARY_REMARK
    }

    /** The column of a primary mark book where the teacher writes their comment (nhận xét) on the pupil's learning. */
    static final String REMARK = "NX";

    private static Kind kind(Gradebook book) {
        return book.regime().name().startsWith("PRIMARY")
                ? Kind.PRIMARY
                : book.commentGraded() ? Kind.COMMENT : Kind.SCORE;
    }

    /**
     * Secondary: TX1…TXn, GK, CK. Primary: the level, the test when the subject is tested at the term's end, and the
     * teacher's comment.
     */
    private List<String> columns(Gradebook book, int grade) {
        List<String> columns = new ArrayList<>();
        if (kind(book) == Kind.PRIMARY) {
            columns.add("LEVEL");
            if (tested(book, grade)) {
                columns.add("TEST");
            }
            columns.add(REMARK);
            return columns;
        }
        for (int i = 1; i <= book.regularCount(); i++) {
            columns.add("TX" + i);
        }
        columns.add("GK");
        columns.add("CK");
        return columns;
    }

    private boolean tested(Gradebook book, int grade) {
        PrimaryEngine engine = book.regime() == Regime.PRIMARY_TT27_2020
                ? PrimaryEngine.tt27(settings.primary())
                : PrimaryEngine.tt30(settings.primary());
        String code = RULE_CODES.getOrDefault(book.subjectCode(), book.subjectCode());
        return !engine.periodicTestSubjects(
                        grade, book.term() == 1 ? Checkpoint.CHK1 : Checkpoint.CN, List.of(code), Set.of())
                .isEmpty();
    }

    /** The student's result from their marks: the semester average, Đ/CĐ, or the primary level; null while incomplete. */
    private String result(Gradebook book, int grade, Map<String, Mark> byColumn) {
        Kind kind = kind(book);
        if (kind == Kind.PRIMARY) {
            Mark level = byColumn.get("LEVEL");
            return level == null ? null : level.gradeCode();
        }
        List<String> regular = new ArrayList<>();
        for (int i = 1; i <= book.regularCount(); i++) {
            regular.add("TX" + i);
        }
        if (!byColumn.keySet().containsAll(regular) || !byColumn.containsKey("GK") || !byColumn.containsKey("CK")) {
            return null;
        }
        Tt22Engine engine = new Tt22Engine(settings.tt22());
        if (kind == Kind.COMMENT) {
            List<Tt58Engine.Assessment> assessments = new ArrayList<>();
            regular.forEach(c -> assessments.add(new Tt58Engine.Assessment(
                    "TX", Comment.valueOf(byColumn.get(c).gradeCode()))));
            assessments.add(new Tt58Engine.Assessment(
                    "GK", Comment.valueOf(byColumn.get("GK").gradeCode())));
            assessments.add(new Tt58Engine.Assessment(
                    "CK", Comment.valueOf(byColumn.get("CK").gradeCode())));
            return engine.commentSemester(book.regularCount(), assessments).name();
        }
        return engine.semesterAverage(
                        regular.stream().map(c -> byColumn.get(c).score()).toList(),
                        byColumn.get("GK").score(),
                        byColumn.get("CK").score())
                .toPlainString();
    }

    /** Each student's result in a subject and term (a term average, Đ/CĐ or a primary level); absent while incomplete. */
    @Transactional(readOnly = true)
    public Map<Long, String> results(long classId, String subjectCode, int term, int grade) {
        Map<Long, String> results = new HashMap<>();
        gradebooks
                .findByClassIdAndSubjectCodeAndTerm(classId, subjectCode, term)
                .ifPresent(book -> {
                    Map<Long, Map<String, Mark>> byStudent = new HashMap<>();
                    marks.findByGradebookId(book.id())
                            .forEach(m -> byStudent
                                    .computeIfAbsent(m.studentId(), s -> new HashMap<>())
                                    .put(m.columnKey(), m));
                    byStudent.forEach((student, own) -> {
                        String result = result(book, grade, own);
                        if (result != null) {
                            results.put(student, result);
                        }
                    });
                });
        return results;
    }

    /** A student's result in one subject (a term average, Đ/CĐ or a primary level). */
    public record SubjectResult(
            long classId, long studentId, String subjectCode, boolean commentGraded, String result) {}

    /**
     * Every student's result in every subject of a school's term, from two queries (the school's gradebooks and
     * their marks), as a school-wide recomputation needs; only complete results are returned.
     */
    @Transactional(readOnly = true)
    public List<SubjectResult> schoolResults(long schoolUnitId, int term, Map<Long, Integer> gradeOfClass) {
        Map<Long, Gradebook> books = new HashMap<>();
        gradebooks.findBySchoolUnitIdAndTerm(schoolUnitId, term).forEach(b -> books.put(b.id(), b));
        Map<Long, Map<Long, Map<String, Mark>>> byBook = new HashMap<>();
        for (Mark m : marks.findOfSchoolTerm(schoolUnitId, term)) {
            byBook.computeIfAbsent(m.gradebookId(), b -> new HashMap<>())
                    .computeIfAbsent(m.studentId(), s -> new HashMap<>())
                    .put(m.columnKey(), m);
        }
        List<SubjectResult> results = new ArrayList<>();
        byBook.forEach((bookId, students) -> {
            Gradebook book = books.get(bookId);
            int grade = gradeOfClass.getOrDefault(book.classId(), 0);
            students.forEach((student, own) -> {
                String result = result(book, grade, own);
                if (result != null) {
                    results.add(new SubjectResult(
                            book.classId(), student, book.subjectCode(), book.commentGraded(), result));
                }
            });
        });
        return results;
    }

    /** One student's marks in a subject and term as the contact book shows them, with the result they give. */
    public record StudentMarks(Map<String, String> cells, String result) {}

    /** A student's marks in one gradebook (empty when the gradebook is not opened yet); callers check who may read. */
    @Transactional(readOnly = true)
    public StudentMarks marksOf(long classId, String subjectCode, int term, int grade, long studentId) {
        return gradebooks
                .findByClassIdAndSubjectCodeAndTerm(classId, subjectCode, term)
                .map(book -> {
                    Map<String, Mark> own = marksOf(book, studentId);
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (String column : columns(book, grade)) {
                        cells.put(
                                column,
                                own.containsKey(column) ? own.get(column).text() : "");
                    }
                    return new StudentMarks(cells, result(book, grade, own));
                })
                .orElse(new StudentMarks(Map.of(), null));
    }

    /** The code the assessment rules use for a registry subject code. */
    public static String ruleCode(String subjectCode) {
        return RULE_CODES.getOrDefault(subjectCode, subjectCode);
    }

    /** Whether the subject is comment-graded in this class's regime (Đ/CĐ rather than scores). */
    public static boolean commentGraded(String subjectCode) {
        return COMMENT_GRADED.contains(subjectCode);
    }

    private Map<String, Mark> marksOf(Gradebook book, long studentId) {
        Map<String, Mark> byColumn = new HashMap<>();
        marks.findByGradebookIdAndStudentId(book.id(), studentId).forEach(m -> byColumn.put(m.columnKey(), m));
        return byColumn;
    }

    private GradebookView view(Gradebook book, ClassList list, String subjectName) {
        List<String> columns = columns(book, list.grade());
        Map<Long, Map<String, Mark>> byStudent = new HashMap<>();
        if (book.id() != null) {
            marks.findByGradebookId(book.id())
                    .forEach(m -> byStudent
                            .computeIfAbsent(m.studentId(), s -> new HashMap<>())
                            .put(m.columnKey(), m));
        }
        List<Line> lines = new ArrayList<>();
        for (StudentView s : list.students()) {
            Map<String, Mark> own = byStudent.getOrDefault(s.id(), Map.of());
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (String column : columns) {
                Mark m = own.get(column);
                cells.put(column, m == null ? new Cell("", 0) : new Cell(m.text(), m.cellVersion()));
            }
            lines.add(new Line(s.id(), s.personalId(), s.fullName(), cells, result(book, list.grade(), own)));
        }
        boolean closed = closedBecause(book) != null;
        return new GradebookView(
                book.id() == null ? 0 : book.id(),
                list.classId(),
                list.name(),
                book.subjectCode(),
                subjectName,
                book.term(),
                book.startYear(),
                book.regime().name(),
                kind(book).name(),
                closed,
                columns,
                lines,
                true);
    }

    /** Checks what was typed for the column's kind and puts it in the mark. */
    private static void fill(Mark mark, Kind kind, String column, String typed, String user) {
        Kind cell = kind != Kind.PRIMARY
                ? kind
                : column.equals("TEST") ? Kind.PRIMARY_TEST : column.equals(REMARK) ? Kind.PRIMARY_REMARK : kind;
        switch (cell) {
            case SCORE -> mark.set(score(typed), null, user);
            case COMMENT -> mark.set(null, comment(typed), user);
            case PRIMARY -> mark.set(null, level(typed), user);
            case PRIMARY_TEST -> mark.set(primaryTest(typed), null, user);
            case PRIMARY_REMARK -> mark.remark(remark(typed), user);
        }
    }

    /** Why the gradebook takes no entries now (locked, or outside the term's entry period), or null. */
    private String closedBecause(Gradebook book) {
        return book.locked()
                ? "gradebook.error.locked"
                : windows.refusal(book.schoolUnitId(), book.startYear(), book.term());
    }

    private void refuseIfClosed(Gradebook book) {
        String refusal = closedBecause(book);
        if (refusal != null) {
            throw DomainException.conflict(null, refusal);
        }
    }

    /** A secondary score: 0 to 10, at most one decimal; a comma is read as the decimal point. */
    static BigDecimal score(String typed) {
        BigDecimal score;
        try {
            score = new BigDecimal(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("value", "gradebook.error.notANumber", typed);
        }
        if (score.signum() < 0
                || score.compareTo(BigDecimal.TEN) > 0
                || score.stripTrailingZeros().scale() > 1) {
            throw DomainException.invalid("value", "gradebook.error.score", typed);
        }
        return score.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal primaryTest(String typed) {
        BigDecimal score;
        try {
            score = new BigDecimal(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("value", "gradebook.error.notANumber", typed);
        }
        if (!Scores.validPrimaryTestScore(score)) {
            throw DomainException.invalid("value", "gradebook.error.primaryTest", typed);
        }
        return score.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static String comment(String typed) {
        String folded = vn.eduvn.platform.text.VietnameseText.fold(typed).toUpperCase(java.util.Locale.ROOT);
        return switch (folded) {
            case "D" -> "D";
            case "CD" -> "CD";
            default -> throw DomainException.invalid("value", "gradebook.error.comment", typed);
        };
    }

    private static String remark(String typed) {
        if (typed.length() > 500) {
            throw DomainException.invalid("value", "student.error.tooLong", 500);
        }
        return typed;
    }

    private static String level(String typed) {
        String upper = typed.toUpperCase(java.util.Locale.ROOT);
        return switch (upper) {
            case "T", "H", "C" -> upper;
            default -> throw DomainException.invalid("value", "gradebook.error.level", typed);
        };
    }
}
