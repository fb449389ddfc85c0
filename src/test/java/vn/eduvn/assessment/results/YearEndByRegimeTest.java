package vn.eduvn.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eduvn.assessment.AssessmentSettings;
import vn.eduvn.assessment.Regime;
import vn.eduvn.assessment.engine.Levels.Completion;
import vn.eduvn.assessment.engine.PrimaryEngine;
import vn.eduvn.assessment.engine.Tt58Engine;
import vn.eduvn.registry.StudentView;

/**
 * The class results of the two older regimes, which no class of the current school year follows (the page of a
 * TT27 and of a TT22 class is checked in {@link ClassResultsPageTest}): TT30 primary and TT58 secondary year ends.
 */
class YearEndByRegimeTest {

    private static final StudentView PUPIL = new StudentView(
            7,
            1,
            "033216000007",
            "Lê Văn An",
            null,
            null,
            null,
            1L,
            "5A1",
            "ENROLLED",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false);

    private static final ClassResults.StudentResult LINE = new ClassResults.StudentResult(
            7, "Lê Văn An", Map.of(), null, null, false, null, null, null, List.of(), Map.of(), null);

    @Test
    void aTt30PupilWithEveryLevelAtTAndTestsOfNineCompletesWithTheCommendation() {
        PrimaryEngine engine = PrimaryEngine.tt30(settings().primary());
        List<PrimaryEngine.SubjectResult> subjects = List.of(
                new PrimaryEngine.SubjectResult("TIENG_VIET", Completion.T, new BigDecimal("9")),
                new PrimaryEngine.SubjectResult("TOAN", Completion.T, new BigDecimal("10")),
                new PrimaryEngine.SubjectResult("DAO_DUC", Completion.T, null));
        ClassResults.StudentResult end = PrimaryTt30.yearEnd(engine, 2, LINE, subjects, List.of(), personal("T"));
        assertThat(end.learning()).isEqualTo("HOAN_THANH");
        assertThat(end.title()).isEqualTo("HOAN_THANH_XUAT_SAC");
        assertThat(end.decision()).isEqualTo("PROMOTED");

        Map<String, String> oneC = personal("T");
        oneC.put("HOP_TAC", "C");
        assertThat(PrimaryTt30.yearEnd(engine, 2, LINE, subjects, List.of(), oneC)
                        .learning())
                .isEqualTo("CHUA_HOAN_THANH");

        Map<String, String> missing = personal("T");
        missing.remove("HOP_TAC");
        assertThat(PrimaryTt30.yearEnd(engine, 2, LINE, subjects, List.of(), missing)
                        .learning())
                .isNull();
        assertThat(ClassResults.conductScale(Regime.PRIMARY_TT30_TT22_2016)).isEmpty();
    }

    @Test
    void aTt58PupilIsRankedOnHocLucAndHanhKiemAndGetsTheTitleAndPromotion() {
        Tt58Engine engine = Tt58Engine.original(settings().tt58());
        List<ClassResults.Subject> subjects = List.of(
                new ClassResults.Subject("TOAN", "Toán", false),
                new ClassResults.Subject("NGU_VAN", "Ngữ văn", false),
                new ClassResults.Subject("THE_DUC", "Thể dục", true));
        Map<String, String> results = new LinkedHashMap<>(Map.of("TOAN", "8.5", "NGU_VAN", "8.0", "THE_DUC", "D"));
        ClassResults.StudentResult year = SecondaryTt58.judge(engine, PUPIL, subjects, results, "TOT", 0, 2);
        assertThat(year.learning()).isEqualTo("GIOI");
        assertThat(year.title()).isEqualTo("HOC_SINH_GIOI");
        assertThat(year.decision()).isEqualTo("PROMOTED");

        results.put("TOAN", "3.0");
        results.put("NGU_VAN", "4.0");
        ClassResults.StudentResult weak = SecondaryTt58.judge(engine, PUPIL, subjects, results, "KHA", 0, 2);
        assertThat(weak.learning()).isEqualTo("YEU");
        assertThat(weak.decision()).isEqualTo("RETAKE");
        assertThat(weak.reassessSubjects()).containsExactly("NGU_VAN", "TOAN");
        assertThat(ClassResults.conductScale(Regime.SECONDARY_TT58_2011)).containsExactly("TOT", "KHA", "TB", "YEU");
    }

    private static Map<String, String> personal(String level) {
        Map<String, String> all = new HashMap<>();
        ClassResults.TT30_PERSONAL.forEach(code -> all.put(code, level));
        return all;
    }

    private static AssessmentSettings settings() {
        return AssessmentSettings.defaults();
    }
}
