package vn.eduvn.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.eduvn.assessment.engine.Levels.Checkpoint;
import vn.eduvn.assessment.engine.Levels.Comment;
import vn.eduvn.assessment.engine.Levels.Completion;
import vn.eduvn.assessment.engine.Levels.HanhKiem;
import vn.eduvn.assessment.engine.Levels.HocLuc;
import vn.eduvn.assessment.engine.Levels.Quality;
import vn.eduvn.assessment.engine.Levels.Tt22;
import vn.eduvn.assessment.engine.MissingInput;
import vn.eduvn.assessment.engine.PrimaryEngine;
import vn.eduvn.assessment.engine.PrimaryEngine.SubjectResult;
import vn.eduvn.assessment.engine.Scores;
import vn.eduvn.assessment.engine.Tt22Engine;
import vn.eduvn.assessment.engine.Tt58Engine;
import vn.eduvn.platform.DomainException;

/**
 * Runs one engine function on a JSON input, exactly as the shared vectors name them ({@code regime},
 * {@code function}, {@code input}), and answers in the shape of the vectors' {@code expected}. This is how other
 * software and auditors check the engines, and how the vector test drives them.
 */
@Service
public class Evaluations {

    private final Map<Regime, Map<String, Function<EvaluationInput, Map<String, Object>>>> functions =
            new LinkedHashMap<>();

    public Evaluations(AssessmentSettings settings) {
        PrimaryEngine tt30 = PrimaryEngine.tt30(settings.primary());
        PrimaryEngine tt27 = PrimaryEngine.tt27(settings.primary());
        primary(Regime.PRIMARY_TT30_TT22_2016, tt30);
        primary(Regime.PRIMARY_TT27_2020, tt27);
        functions.get(Regime.PRIMARY_TT30_TT22_2016).put("primaryYearEndTT30", in -> {
            PrimaryEngine.Tt30YearEnd r = tt30.yearEndTt30(
                    in.integer("grade", 1, 5),
                    subjects(in, "subjects"),
                    in.has("activities") ? subjects(in, "activities") : List.of(),
                    in.codeMap("competencies", Quality.class),
                    in.codeMap("qualities", Quality.class),
                    in.optionalTexts("electiveSubjects"));
            return result(
                    "completedGradeProgram",
                    r.completedGradeProgram(),
                    "excellentCommendation",
                    r.excellentCommendation());
        });
        functions.get(Regime.PRIMARY_TT27_2020).put("primaryYearEndTT27", in -> {
            PrimaryEngine.Tt27YearEnd r = tt27.yearEndTt27(
                    in.integer("grade", 1, 5),
                    subjects(in, "subjects"),
                    in.has("activities") ? subjects(in, "activities") : List.of(),
                    in.codeMap("competencies", Quality.class),
                    in.codeMap("qualities", Quality.class),
                    in.optionalTexts("electiveSubjects"),
                    in.bool("nominatedForOutstanding", false));
            return result(
                    "educationResult",
                    r.educationResult(),
                    "completedGradeProgram",
                    r.completedGradeProgram(),
                    "title",
                    r.title());
        });
        tt58(Regime.SECONDARY_TT58_2011, Tt58Engine.original(settings.tt58()));
        tt58(Regime.SECONDARY_TT58_TT26_2020, Tt58Engine.amendedByTt26(settings.tt58()));
        tt22(new Tt22Engine(settings.tt22()));
    }

    /** The regimes and, for each, the functions it answers. */
    public Map<Regime, Set<String>> catalogue() {
        Map<Regime, Set<String>> catalogue = new LinkedHashMap<>();
        functions.forEach((regime, byName) -> catalogue.put(regime, byName.keySet()));
        return catalogue;
    }

    public Map<String, Object> evaluate(String regime, String function, JsonNode input) {
        Regime chosen = null;
        for (Regime r : Regime.values()) {
            if (r.name().equals(regime)) {
                chosen = r;
            }
        }
        if (chosen == null) {
            throw DomainException.invalid("regime", "assessment.error.regime", String.valueOf(regime));
        }
        Function<EvaluationInput, Map<String, Object>> f = functions.get(chosen).get(function);
        if (f == null) {
            throw DomainException.invalid(
                    "function", "assessment.error.function", String.valueOf(function), chosen.name());
        }
        try {
            return f.apply(new EvaluationInput(input, "input"));
        } catch (MissingInput e) {
            throw DomainException.invalid("input." + e.field(), "assessment.error.required", "input." + e.field());
        }
    }

    private void primary(Regime regime, PrimaryEngine engine) {
        Map<String, Function<EvaluationInput, Map<String, Object>>> byName = new LinkedHashMap<>();
        byName.put("validatePrimaryTestScore", in -> result("valid", Scores.validPrimaryTestScore(in.number("score"))));
        byName.put(
                "periodicTestSubjects",
                in -> result(
                        "subjects",
                        engine.periodicTestSubjects(
                                in.integer("grade", 1, 5),
                                in.code("checkpoint", Checkpoint.class),
                                in.texts("subjectsStudied"),
                                in.optionalTexts("electiveSubjects"))));
        functions.put(regime, byName);
    }

    private void tt58(Regime regime, Tt58Engine engine) {
        Map<String, Function<EvaluationInput, Map<String, Object>>> byName = new LinkedHashMap<>();
        byName.put("regularTestCount", in -> {
            Tt58Engine.RegularCount count = engine.isAmendedByTt26()
                    ? engine.regularTestCount(null, in.integer("periodsPerYear", 0, 1000))
                    : engine.regularTestCount(in.number("periodsPerWeek"), null);
            return result("count", count.count(), "kind", count.kind());
        });
        byName.put(
                "subjectSemesterAverage",
                in -> result(
                        "average",
                        engine.isAmendedByTt26()
                                ? engine.semesterAverage(in.scores("regular"), in.score("midterm"), in.score("endterm"))
                                : engine.semesterAverage(
                                        in.scores("regular"), in.scores("periodic"), in.score("semesterExam"))));
        byName.put(
                "subjectYearAverage",
                in -> result("average", engine.yearAverage(in.score("semester1"), in.score("semester2"))));
        byName.put(
                "commentSubjectSemester",
                in -> result(
                        "result",
                        engine.commentSemester(in.integer("requiredCount", 0, 50), assessments(in))
                                .name()));
        byName.put(
                "commentSubjectYear",
                in -> result(
                        "result",
                        engine.commentYear(
                                        in.code("semester1", Comment.class),
                                        in.code("semester2", Comment.class),
                                        in.has("assessments") ? assessments(in) : null)
                                .name()));
        byName.put("hocLucTT58", in -> {
            Tt58Engine.Rank rank = engine.hocLuc(
                    in.scoreMap("subjectAverages"),
                    in.codeMap("commentResults", Comment.class),
                    in.optionalText("specializedSubject"));
            return result(
                    "overallAverage",
                    rank.overallAverage(),
                    "rawLevel",
                    rank.rawLevel().name(),
                    "level",
                    rank.level().name(),
                    "adjusted",
                    rank.adjusted());
        });
        byName.put("promotionTT58", in -> {
            Tt58Engine.Promotion p = engine.promotion(
                    in.code("hocLuc", HocLuc.class),
                    in.code("hanhKiem", HanhKiem.class),
                    in.integer("absentSessions", 0, 400),
                    in.has("subjectAverages") ? in.scoreMap("subjectAverages") : Map.of(),
                    in.codeMap("commentResults", Comment.class));
            return p.retakeEligibleSubjects() == null
                    ? result("decision", p.decision())
                    : result("decision", p.decision(), "retakeEligibleSubjects", p.retakeEligibleSubjects());
        });
        byName.put(
                "titleTT58",
                in -> result(
                        "title", engine.title(in.code("hocLuc", HocLuc.class), in.code("hanhKiem", HanhKiem.class))));
        functions.put(regime, byName);
    }

    private void tt22(Tt22Engine engine) {
        Map<String, Function<EvaluationInput, Map<String, Object>>> byName = new LinkedHashMap<>();
        byName.put("regularTestCount", in -> {
            Tt58Engine.RegularCount count = engine.regularTestCount(in.integer("periodsPerYear", 0, 1000));
            return result("count", count.count(), "kind", count.kind());
        });
        byName.put(
                "subjectSemesterAverage",
                in -> result(
                        "average",
                        engine.semesterAverage(in.scores("regular"), in.score("midterm"), in.score("endterm"))));
        byName.put(
                "subjectYearAverage",
                in -> result("average", engine.yearAverage(in.score("semester1"), in.score("semester2"))));
        byName.put(
                "commentSubjectSemester",
                in -> result(
                        "result",
                        engine.commentSemester(in.integer("requiredRegular", 0, 50), assessments(in))
                                .name()));
        byName.put(
                "commentSubjectYear",
                in -> result(
                        "result",
                        engine.commentYear(in.code("semester1", Comment.class), in.code("semester2", Comment.class))
                                .name()));
        byName.put("learningResultTT22", in -> {
            Tt22Engine.Result r =
                    engine.learningResult(in.scoreMap("subjectAverages"), in.codeMap("commentResults", Comment.class));
            return result("rawLevel", r.rawLevel().name(), "level", r.level().name(), "adjusted", r.adjusted());
        });
        byName.put("conductYearTT22", in -> {
            List<String> results = new ArrayList<>();
            JsonNode cases = in.array("cases");
            for (int i = 0; i < cases.size(); i++) {
                JsonNode pair = cases.get(i);
                if (!pair.isArray() || pair.size() != 2) {
                    throw DomainException.invalid(
                            "input.cases[" + i + "]", "assessment.error.pair", "input.cases[" + i + "]");
                }
                results.add(engine.conductYear(
                                EvaluationInput.code(pair.get(0), "input.cases[" + i + "][0]", Tt22.class),
                                EvaluationInput.code(pair.get(1), "input.cases[" + i + "][1]", Tt22.class))
                        .name());
            }
            return result("results", results);
        });
        byName.put("promotionTT22", in -> {
            Tt22Engine.Promotion p = engine.promotion(
                    in.code("conductYear", Tt22.class),
                    in.code("learningYear", Tt22.class),
                    in.integer("absentSessions", 0, 400),
                    in.has("subjectAverages") ? in.scoreMap("subjectAverages") : Map.of(),
                    in.codeMap("commentResults", Comment.class));
            return p.reassessEligibleSubjects() == null
                    ? result("decision", p.decision())
                    : result("decision", p.decision(), "reassessEligibleSubjects", p.reassessEligibleSubjects());
        });
        byName.put(
                "titleTT22",
                in -> result(
                        "title",
                        engine.title(
                                in.code("conductYear", Tt22.class),
                                in.code("learningYear", Tt22.class),
                                in.has("subjectAverages") ? in.scoreMap("subjectAverages") : Map.of())));
        functions.put(Regime.SECONDARY_TT22_2021, byName);
    }

    private static List<SubjectResult> subjects(EvaluationInput in, String name) {
        List<SubjectResult> subjects = new ArrayList<>();
        for (EvaluationInput subject : in.objects(name)) {
            BigDecimal score = subject.has("testScore") ? subject.number("testScore") : null;
            subjects.add(new SubjectResult(subject.text("code"), subject.code("level", Completion.class), score));
        }
        return subjects;
    }

    private static List<Tt58Engine.Assessment> assessments(EvaluationInput in) {
        List<Tt58Engine.Assessment> assessments = new ArrayList<>();
        for (EvaluationInput a : in.objects("assessments")) {
            assessments.add(new Tt58Engine.Assessment(a.text("kind"), a.code("result", Comment.class)));
        }
        return assessments;
    }

    /** The answer as an ordered map, so that a null (no title) is written as null, like the vectors. */
    private static Map<String, Object> result(Object... keysAndValues) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return result;
    }
}
