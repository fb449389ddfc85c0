package vn.eduvn.assessment.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.assessment.AssessmentSettings;
import vn.eduvn.assessment.Regime;
import vn.eduvn.assessment.engine.Levels.Comment;
import vn.eduvn.assessment.engine.Levels.Tt22;
import vn.eduvn.assessment.engine.Scores;
import vn.eduvn.assessment.engine.Tt22Engine;
import vn.eduvn.assessment.gradebook.Gradebooks;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.platform.audit.AuditUnit;
import vn.eduvn.registry.ClassList;
import vn.eduvn.registry.RegistryApi;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.TeachingAssignmentView;

/**
 * The homeroom teacher's view of the whole class (bảng tổng hợp): every subject's result for a term or the
 * year, the learning result with its adjustment, the conduct the teacher gives, and for the year the title and
 * the promotion decision — recomputed from the gradebooks each time, so a changed mark shows at once.
 */
@Service
@Transactional
public class ClassResults {

    private final RegistryApi registry;

    private final Gradebooks gradebooks;

    private final ConductRepository conducts;

    private final AssessmentSettings settings;

    private final Access access;

    private final vn.eduvn.assessment.attendance.Attendance attendance;

    private final QualityRepository qualities;

    private final YearCommentRepository yearComments;

    ClassResults(
            RegistryApi registry,
            Gradebooks gradebooks,
            ConductRepository conducts,
            AssessmentSettings settings,
            Access access,
            vn.eduvn.assessment.attendance.Attendance attendance,
            QualityRepository qualities,
            YearCommentRepository yearComments) {
        this.yearComments = yearComments;
        this.attendance = attendance;
        this.qualities = qualities;
        this.registry = registry;
        this.gradebooks = gradebooks;
        this.conducts = conducts;
        this.settings = settings;
        this.access = access;
    }

    /** A subject of the class: its code and name, and whether it is graded by comment. */
    public record Subject(String code, String name, boolean commentGraded) {}

    /** One student's line; the year's title and decision only when {@code term} is 0 (the year). */
    public record StudentResult(
            long studentId,
            String fullName,
            Map<String, String> subjects,
            String learningRaw,
            String learning,
            boolean adjusted,
            String conduct,
            String title,
            String decision,
            List<String> reassessSubjects,
            Map<String, String> personal,
            String comment) {}

    /** The summary of a class for a term (1, 2) or the year (0). */
    public record Summary(
            long classId,
            long schoolUnitId,
            String className,
            int term,
            String regime,
            boolean computed,
            List<Subject> subjects,
            List<String> personalCodes,
            List<StudentResult> students,
            java.util.Set<Long> nominated,
            List<String> conductScale,
            boolean editable) {

        /** The names of the subjects a student is to re-assess, as the page lists them. */
        public String reassessNames(StudentResult student) {
            return String.join(
                    ", ",
                    student.reassessSubjects().stream()
                            .map(code -> subjects.stream()
                                    .filter(s -> s.code().equals(code))
                                    .map(Subject::name)
                                    .findFirst()
                                    .orElse(code))
                            .toList());
        }
    }

    /** TT27/2020: the five qualities, then the ten core competencies (assessment.md 2.4). */
    static final List<String> TT27_PERSONAL = List.of(
            "YEU_NUOC",
            "NHAN_AI",
            "CHAM_CHI",
            "TRUNG_THUC",
            "TRACH_NHIEM",
            "TU_CHU_TU_HOC",
            "GIAO_TIEP_HOP_TAC",
            "GQVD_SANG_TAO",
            "NGON_NGU",
            "TINH_TOAN",
            "KHOA_HOC",
            "CONG_NGHE",
            "TIN_HOC",
            "THAM_MI",
            "THE_CHAT");

    /** TT30/TT22-2016: the three capacities, then the four qualities (assessment.md 1.4). */
    static final List<String> TT30_PERSONAL = List.of(
            "TU_PHUC_VU_TU_QUAN",
            "HOP_TAC",
            "TU_HOC_GQVD",
            "CHAM_HOC_CHAM_LAM",
            "TU_TIN_TRACH_NHIEM",
            "TRUNG_THUC_KI_LUAT",
            "DOAN_KET_YEU_THUONG");

    /**
     * The conduct levels the homeroom teacher gives in a term: rèn luyện of TT22/2021, hạnh kiểm of TT58; none in a
     * primary class, whose qualities and competencies take that place.
     */
    static List<String> conductScale(Regime regime) {
        return switch (regime) {
            case SECONDARY_TT22_2021 ->
                java.util.Arrays.stream(Tt22.values()).map(Enum::name).toList();
            case SECONDARY_TT58_2011, SECONDARY_TT58_TT26_2020 ->
                java.util.Arrays.stream(vn.eduvn.assessment.engine.Levels.HanhKiem.values())
                        .map(Enum::name)
                        .toList();
            default -> List.of();
        };
    }

    private static List<String> personalCodes(Regime regime) {
        return regime == Regime.PRIMARY_TT27_2020
                ? TT27_PERSONAL
                : regime == Regime.PRIMARY_TT30_TT22_2016 ? TT30_PERSONAL : List.of();
    }

    /** The homeroom teacher writes (or clears) a student's year-end comment, at most 1,000 characters. */
    public void comment(long classId, long studentId, String body) {
        registry.assignmentsOfMyHomeroom(classId);
        ClassList list = registry.myClass(classId);
        if (list.students().stream().noneMatch(s -> s.id() == studentId)) {
            throw DomainException.invalid("studentId", "gradebook.error.notInClass");
        }
        gradebooks.refuseIfSealed(classId);
        String text = body == null ? "" : body.trim();
        if (text.length() > 1000) {
            throw DomainException.invalid("body", "student.error.tooLong", 1000);
        }
        AuditUnit.set(new vn.eduvn.platform.UnitRef(list.schoolUnitId(), null));
        YearComment comment = yearComments
                .findByClassIdAndStudentId(classId, studentId)
                .orElseGet(() -> new YearComment(classId, studentId));
        comment.write(text);
        keep(comment);
    }

    /**
     * TT27/2020: the homeroom teacher proposes (or withdraws) a pupil who completes the year well (HTT) for the title
     * "Học sinh Tiêu biểu"; the year's result gives the title only to a proposed pupil.
     */
    public void nominate(long classId, long studentId, boolean nominated) {
        registry.assignmentsOfMyHomeroom(classId);
        ClassList list = registry.myClass(classId);
        if (list.students().stream().noneMatch(s -> s.id() == studentId)) {
            throw DomainException.invalid("studentId", "gradebook.error.notInClass");
        }
        if (Regime.of(list.grade(), list.startYear(), settings) != Regime.PRIMARY_TT27_2020) {
            throw DomainException.invalid("nominated", "results.error.nomination");
        }
        gradebooks.refuseIfSealed(classId);
        AuditUnit.set(new vn.eduvn.platform.UnitRef(list.schoolUnitId(), null));
        YearComment comment = yearComments
                .findByClassIdAndStudentId(classId, studentId)
                .orElseGet(() -> new YearComment(classId, studentId));
        comment.nominate(nominated);
        keep(comment);
    }

    private void keep(YearComment comment) {
        if (!comment.isEmpty()) {
            yearComments.save(comment);
        } else if (comment.id() != null) {
            yearComments.delete(comment);
        }
    }

    /** The homeroom teacher gives a primary class's qualities and competencies for a term ({student: {code: T/D/C}}). */
    public void ratePersonal(long classId, int term, Map<Long, Map<String, String>> levels) {
        if (term != 1 && term != 2) {
            throw DomainException.invalid("term", "results.error.conductTerm");
        }
        registry.assignmentsOfMyHomeroom(classId);
        ClassList list = registry.myClass(classId);
        List<String> codes = personalCodes(Regime.of(list.grade(), list.startYear(), settings));
        gradebooks.refuseIfSealed(classId);
        AuditUnit.set(new vn.eduvn.platform.UnitRef(list.schoolUnitId(), null));
        Map<String, Quality> stored = new HashMap<>();
        qualities.findByClassIdAndTerm(classId, term).forEach(q -> stored.put(q.studentId() + "/" + q.code(), q));
        levels.forEach((student, byCode) -> {
            if (list.students().stream().noneMatch(s -> s.id() == student)) {
                throw DomainException.invalid("studentId", "gradebook.error.notInClass");
            }
            byCode.forEach((code, level) -> {
                if (!codes.contains(code)) {
                    throw DomainException.invalid("code", "results.error.quality", code);
                }
                Quality q = stored.get(student + "/" + code);
                if (level == null || level.isBlank()) {
                    if (q != null) {
                        qualities.delete(q);
                    }
                    return;
                }
                if (!List.of("T", "D", "C").contains(level)) {
                    throw DomainException.invalid("level", "results.error.qualityLevel", level);
                }
                if (q == null) {
                    q = new Quality(classId, student, term, code);
                }
                q.rate(level);
                qualities.save(q);
            });
        });
    }

    @Transactional(readOnly = true)
    public Summary summary(long classId, int term) {
        if (term < 0 || term > 2) {
            throw DomainException.invalid("term", "results.error.term");
        }
        if (registry.myHomerooms().stream().anyMatch(c -> c.id() == classId)) {
            List<TeachingAssignmentView> assignments = registry.assignmentsOfMyHomeroom(classId);
            return summary(registry.myClass(classId), assignments, term, true);
        }
        // The school's leaders and the officials above it read every class's results, without changing them.
        return summary(
                registry.classRecordToRead(classId).orElseThrow(() -> DomainException.notFound("error.class.notMine")),
                term);
    }

    private Summary summary(vn.eduvn.registry.ClassRecord record, int term) {
        return summary(record.list(), record.subjects(), term, false);
    }

    /** The summary of a class whose record the caller has already read under its own checks (the transcript). */
    @Transactional(readOnly = true)
    public Summary summaryOf(vn.eduvn.registry.ClassRecord record, int term) {
        return summary(record.list(), record.subjects(), term, false);
    }

    private Summary summary(ClassList list, List<TeachingAssignmentView> assignments, int term, boolean editable) {
        long classId = list.classId();
        Regime regime = Regime.of(list.grade(), list.startYear(), settings);
        boolean secondary = !conductScale(regime).isEmpty();
        List<Subject> subjects = assignments.stream()
                .map(a -> new Subject(a.subjectCode(), a.subjectName(), Gradebooks.commentGraded(a.subjectCode())))
                .toList();
        Map<String, Map<Long, String>> byTerm1 = new HashMap<>();
        Map<String, Map<Long, String>> byTerm2 = new HashMap<>();
        for (Subject s : subjects) {
            byTerm1.put(s.code(), gradebooks.results(classId, s.code(), 1, list.grade()));
            byTerm2.put(s.code(), gradebooks.results(classId, s.code(), 2, list.grade()));
        }
        Map<Long, Map<Integer, String>> conduct = new HashMap<>();
        conducts.findByClassId(classId)
                .forEach(c -> conduct.computeIfAbsent(c.studentId(), s -> new HashMap<>())
                        .put(c.term(), c.level()));
        Tt22Engine engine = new Tt22Engine(settings.tt22());
        Map<Long, long[]> absences = attendance.totals(classId);
        List<String> personalCodes = personalCodes(regime);
        Map<Long, Map<String, String>> personal = new HashMap<>();
        if (!personalCodes.isEmpty()) {
            qualities
                    .findByClassIdAndTerm(classId, term == 0 ? 2 : term)
                    .forEach(q -> personal.computeIfAbsent(q.studentId(), x -> new HashMap<>())
                            .put(q.code(), q.level()));
        }
        Map<Long, String> comments = new HashMap<>();
        java.util.Set<Long> nominated = new java.util.HashSet<>();
        yearComments.findByClassId(classId).forEach(c -> {
            if (!c.body().isEmpty()) {
                comments.put(c.studentId(), c.body());
            }
            if (c.nominated()) {
                nominated.add(c.studentId());
            }
        });
        List<StudentResult> lines = new ArrayList<>();
        for (StudentView student : list.students()) {
            Map<String, String> results = new LinkedHashMap<>();
            for (Subject s : subjects) {
                String r1 = byTerm1.get(s.code()).get(student.id());
                String r2 = byTerm2.get(s.code()).get(student.id());
                results.put(s.code(), term == 1 ? r1 : term == 2 ? r2 : year(s, r1, r2));
            }
            Map<Integer, String> own = conduct.getOrDefault(student.id(), Map.of());
            String conductLevel = term == 0 ? yearConduct(regime, engine, own.get(1), own.get(2)) : own.get(term);
            long[] away = absences.getOrDefault(student.id(), new long[2]);
            Map<String, String> own2 = personal.getOrDefault(student.id(), Map.of());
            int absent = (int) (away[0] + away[1]);
            StudentResult line = switch (regime) {
                case SECONDARY_TT22_2021 -> judge(engine, student, subjects, results, conductLevel, term, absent);
                case SECONDARY_TT58_2011, SECONDARY_TT58_TT26_2020 ->
                    SecondaryTt58.judge(tt58(regime), student, subjects, results, conductLevel, term, absent);
                default ->
                    new StudentResult(
                            student.id(),
                            student.fullName(),
                            results,
                            null,
                            null,
                            false,
                            null,
                            null,
                            null,
                            List.of(),
                            own2,
                            null);
            };
            if (secondary) {
                line = withPersonal(line, own2);
            } else if (regime == Regime.PRIMARY_TT27_2020 && term == 0) {
                line = primaryYear(line, list, subjects, own2, nominated.contains(student.id()));
            } else if (regime == Regime.PRIMARY_TT30_TT22_2016 && term == 0) {
                line = primaryYearTt30(line, list, subjects, own2);
            }
            if (term == 0) {
                String comment = comments.get(student.id());
                line = new StudentResult(
                        line.studentId(),
                        line.fullName(),
                        line.subjects(),
                        line.learningRaw(),
                        line.learning(),
                        line.adjusted(),
                        line.conduct(),
                        line.title(),
                        line.decision(),
                        line.reassessSubjects(),
                        line.personal(),
                        comment);
            }
            lines.add(line);
        }
        return new Summary(
                classId,
                list.schoolUnitId(),
                list.name(),
                term,
                regime.name(),
                true,
                subjects,
                personalCodes,
                lines,
                nominated,
                conductScale(regime),
                editable);
    }

    /** The homeroom teacher rates a student's conduct in a term (TOT, KHA, DAT, CHUA_DAT); empty clears it. */
    public void rateConduct(long classId, long studentId, int term, String level) {
        if (term != 1 && term != 2) {
            throw DomainException.invalid("term", "results.error.conductTerm");
        }
        registry.assignmentsOfMyHomeroom(classId);
        ClassList list = registry.myClass(classId);
        if (list.students().stream().noneMatch(s -> s.id() == studentId)) {
            throw DomainException.invalid("studentId", "gradebook.error.notInClass");
        }
        gradebooks.refuseIfSealed(classId);
        AuditUnit.set(new vn.eduvn.platform.UnitRef(list.schoolUnitId(), null));
        Conduct conduct = conducts.findByClassIdAndStudentIdAndTerm(classId, studentId, term)
                .orElse(null);
        if (level == null || level.isBlank()) {
            if (conduct != null) {
                conducts.delete(conduct);
            }
            return;
        }
        if (!conductScale(Regime.of(list.grade(), list.startYear(), settings)).contains(level)) {
            throw DomainException.invalid("level", "results.error.conduct", level);
        }
        if (conduct == null) {
            conduct = new Conduct(classId, studentId, term);
        }
        conduct.rate(level, access.currentUser().map(ScopedUser::username).orElse("system"));
        conducts.save(conduct);
    }

    /**
     * Recomputes every student's learning result of a school's term from the gradebooks (TT22/2021 classes):
     * what closing a term does for the whole school. Answers how many students got a result.
     */
    @Transactional(readOnly = true)
    public int recomputeSchool(long schoolUnitId, int term, Map<Long, Integer> gradeOfClass) {
        Map<Long, Map<String, BigDecimal>> averages = new HashMap<>();
        Map<Long, Map<String, Comment>> comments = new HashMap<>();
        for (Gradebooks.SubjectResult r : gradebooks.schoolResults(schoolUnitId, term, gradeOfClass)) {
            if (r.commentGraded()) {
                comments.computeIfAbsent(r.studentId(), s -> new LinkedHashMap<>())
                        .put(r.subjectCode(), Comment.valueOf(r.result()));
            } else {
                averages.computeIfAbsent(r.studentId(), s -> new LinkedHashMap<>())
                        .put(r.subjectCode(), new BigDecimal(r.result()));
            }
        }
        Tt22Engine engine = new Tt22Engine(settings.tt22());
        int computed = 0;
        for (var student : averages.entrySet()) {
            engine.learningResult(student.getValue(), comments.getOrDefault(student.getKey(), Map.of()));
            computed++;
        }
        return computed;
    }

    /** A student's conduct by term (1, 2), for callers that have checked who may read it (a parent). */
    @Transactional(readOnly = true)
    public Map<Integer, String> conductOf(long classId, long studentId) {
        Map<Integer, String> byTerm = new HashMap<>();
        conducts.findByClassId(classId).stream()
                .filter(c -> c.studentId() == studentId)
                .forEach(c -> byTerm.put(c.term(), c.level()));
        return byTerm;
    }

    private static StudentResult withPersonal(StudentResult r, Map<String, String> personal) {
        return new StudentResult(
                r.studentId(),
                r.fullName(),
                r.subjects(),
                r.learningRaw(),
                r.learning(),
                r.adjusted(),
                r.conduct(),
                r.title(),
                r.decision(),
                r.reassessSubjects(),
                personal,
                r.comment());
    }

    /**
     * TT27/2020 end of year: the subjects' and activities' levels and tests of the year's end (term 2), the
     * qualities and competencies of term 2, into the four-level result; incomplete data gives no result.
     */
    private StudentResult primaryYear(
            StudentResult r, ClassList list, List<Subject> subjects, Map<String, String> personal, boolean nominated) {
        if (personal.size() < TT27_PERSONAL.size()) {
            return r;
        }
        List<vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult> studied = new ArrayList<>();
        List<vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult> activities = new ArrayList<>();
        if (!yearEndLevels(list, subjects, r.studentId(), studied, activities)) {
            return r;
        }
        Map<String, vn.eduvn.assessment.engine.Levels.Quality> qualityLevels = new LinkedHashMap<>();
        Map<String, vn.eduvn.assessment.engine.Levels.Quality> competencyLevels = new LinkedHashMap<>();
        for (int i = 0; i < TT27_PERSONAL.size(); i++) {
            (i < 5 ? qualityLevels : competencyLevels)
                    .put(
                            TT27_PERSONAL.get(i),
                            vn.eduvn.assessment.engine.Levels.Quality.valueOf(personal.get(TT27_PERSONAL.get(i))));
        }
        try {
            var end = vn.eduvn.assessment.engine.PrimaryEngine.tt27(settings.primary())
                    .yearEndTt27(
                            list.grade(),
                            studied,
                            activities,
                            competencyLevels,
                            qualityLevels,
                            java.util.Set.of(),
                            nominated);
            return new StudentResult(
                    r.studentId(),
                    r.fullName(),
                    r.subjects(),
                    end.educationResult(),
                    end.educationResult(),
                    false,
                    r.conduct(),
                    end.title(),
                    end.completedGradeProgram() ? "PROMOTED" : null,
                    List.of(),
                    personal,
                    r.comment());
        } catch (vn.eduvn.assessment.engine.MissingInput e) {
            return r;
        }
    }

    /**
     * TT30 (amended by TT22/2016) end of year: the subjects' and activities' levels and tests of the year's end, the
     * three capacities and four qualities of term 2, into completion of the grade and the excellence commendation.
     */
    private StudentResult primaryYearTt30(
            StudentResult r, ClassList list, List<Subject> subjects, Map<String, String> personal) {
        if (personal.size() < TT30_PERSONAL.size()) {
            return r;
        }
        var studied = new ArrayList<vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult>();
        var activities = new ArrayList<vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult>();
        if (!yearEndLevels(list, subjects, r.studentId(), studied, activities)) {
            return r;
        }
        return PrimaryTt30.yearEnd(
                vn.eduvn.assessment.engine.PrimaryEngine.tt30(settings.primary()),
                list.grade(),
                r,
                studied,
                activities,
                personal);
    }

    /** The year-end (term 2) level and test score of every subject, split into subjects and activities; false when one is missing. */
    private boolean yearEndLevels(
            ClassList list,
            List<Subject> subjects,
            long studentId,
            List<vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult> studied,
            List<vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult> activities) {
        for (Subject s : subjects) {
            Gradebooks.StudentMarks marks = gradebooks.marksOf(list.classId(), s.code(), 2, list.grade(), studentId);
            String level = marks.cells().get("LEVEL");
            if (level == null || level.isEmpty()) {
                return false;
            }
            String test = marks.cells().get("TEST");
            var result = new vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult(
                    Gradebooks.ruleCode(s.code()),
                    vn.eduvn.assessment.engine.Levels.Completion.valueOf(level),
                    test == null || test.isEmpty() ? null : new BigDecimal(test));
            (s.code().equals("HDTN") ? activities : studied).add(result);
        }
        return true;
    }

    private static String year(Subject subject, String term1, String term2) {
        if (term1 == null || term2 == null) {
            return null;
        }
        // Đ/CĐ and primary levels: the year is the second term's; scores: ĐTBmcn.
        return subject.commentGraded() || !term1.matches("\\d+(\\.\\d)?")
                ? term2
                : Scores.yearAverageText(new BigDecimal(term1), new BigDecimal(term2));
    }

    private static String yearConduct(Regime regime, Tt22Engine engine, String term1, String term2) {
        if (term1 == null || term2 == null) {
            return null;
        }
        // TT58 (Điều 5): the year's hạnh kiểm follows the second term's; TT22/2021 has its own rule.
        return regime == Regime.SECONDARY_TT22_2021
                ? engine.conductYear(Tt22.valueOf(term1), Tt22.valueOf(term2)).name()
                : term2;
    }

    private vn.eduvn.assessment.engine.Tt58Engine tt58(Regime regime) {
        return regime == Regime.SECONDARY_TT58_2011
                ? vn.eduvn.assessment.engine.Tt58Engine.original(settings.tt58())
                : vn.eduvn.assessment.engine.Tt58Engine.amendedByTt26(settings.tt58());
    }

    /** A line whose subjects are not all complete yet: the subjects and the conduct as they stand, no result. */
    static StudentResult incomplete(StudentView student, Map<String, String> results, String conduct) {
        return new StudentResult(
                student.id(),
                student.fullName(),
                results,
                null,
                null,
                false,
                conduct,
                null,
                null,
                List.of(),
                Map.of(),
                null);
    }

    /** A secondary pupil's complete results split as the engines read them: scored averages, and Đ/CĐ. */
    record Split(Map<String, BigDecimal> averages, Map<String, Comment> comments) {

        static Split of(List<Subject> subjects, Map<String, String> results) {
            Map<String, BigDecimal> averages = new LinkedHashMap<>();
            Map<String, Comment> comments = new LinkedHashMap<>();
            for (Subject s : subjects) {
                if (s.commentGraded()) {
                    comments.put(s.code(), Comment.valueOf(results.get(s.code())));
                } else {
                    averages.put(s.code(), new BigDecimal(results.get(s.code())));
                }
            }
            return new Split(averages, comments);
        }
    }

    private static StudentResult judge(
            Tt22Engine engine,
            StudentView student,
            List<Subject> subjects,
            Map<String, String> results,
            String conduct,
            int term,
            int absent) {
        if (results.values().stream().anyMatch(r -> r == null)) {
            return incomplete(student, results, conduct);
        }
        Split split = Split.of(subjects, results);
        Map<String, BigDecimal> averages = split.averages();
        Map<String, Comment> comments = split.comments();
        Tt22Engine.Result learning = engine.learningResult(averages, comments);
        String title = null;
        String decision = null;
        List<String> reassess = List.of();
        if (term == 0 && conduct != null) {
            title = engine.title(Tt22.valueOf(conduct), learning.level(), averages);
            Tt22Engine.Promotion promotion =
                    engine.promotion(Tt22.valueOf(conduct), learning.level(), absent, averages, comments);
            decision = promotion.decision();
            reassess = promotion.reassessEligibleSubjects() == null ? List.of() : promotion.reassessEligibleSubjects();
        }
        return new StudentResult(
                student.id(),
                student.fullName(),
                results,
                learning.rawLevel().name(),
                learning.level().name(),
                learning.adjusted(),
                conduct,
                title,
                decision,
                reassess,
                Map.of(),
                null);
    }
}
