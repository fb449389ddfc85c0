package vn.eduvn.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.eduvn.platform.DomainException;

/** Every shared vector through the engines with the default settings, and the regime each class year takes. */
class AssessmentEnginesTest {

    private final Evaluations evaluations = new Evaluations(AssessmentSettings.defaults());

    private final JsonMapper json = JsonMapper.builder().build();

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> vectors() {
        return AssessmentVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everySharedVectorPasses(String name, JsonNode vector) {
        Map<String, Object> result = evaluations.evaluate(
                vector.get("regime").asString(), vector.get("function").asString(), vector.get("input"));
        AssessmentVectors.assertMatches(vector.get("expected"), json.valueToTree(result), name);
    }

    @Test
    void theFileHasEveryVectorAndTheCopyInTheRepositoryIsTheSharedOne() throws Exception {
        assertThat(AssessmentVectors.file().get("vectors").size()).isGreaterThanOrEqualTo(101);
        if (Files.exists(AssessmentVectors.SHARED)) {
            try (InputStream copy = getClass().getResourceAsStream(AssessmentVectors.COPY)) {
                assertThat(new String(copy.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(AssessmentVectors.SHARED));
            }
        }
    }

    @Test
    void eachClassYearTakesTheRegimeOfSectionB() {
        AssessmentSettings defaults = AssessmentSettings.defaults();
        assertThat(Regime.of(1, 2019, defaults)).isEqualTo(Regime.PRIMARY_TT30_TT22_2016);
        assertThat(Regime.of(1, 2020, defaults)).isEqualTo(Regime.PRIMARY_TT27_2020);
        assertThat(Regime.of(5, 2023, defaults)).isEqualTo(Regime.PRIMARY_TT30_TT22_2016);
        assertThat(Regime.of(5, 2024, defaults)).isEqualTo(Regime.PRIMARY_TT27_2020);
        assertThat(Regime.of(6, 2019, defaults)).isEqualTo(Regime.SECONDARY_TT58_2011);
        assertThat(Regime.of(6, 2020, defaults)).isEqualTo(Regime.SECONDARY_TT58_TT26_2020);
        assertThat(Regime.of(6, 2021, defaults)).isEqualTo(Regime.SECONDARY_TT22_2021);
        assertThat(Regime.of(9, 2023, defaults)).isEqualTo(Regime.SECONDARY_TT58_TT26_2020);
        assertThat(Regime.of(12, 2024, defaults)).isEqualTo(Regime.SECONDARY_TT22_2021);
        assertThat(Regime.of(11, 2022, defaults)).isEqualTo(Regime.SECONDARY_TT58_TT26_2020);
        AssessmentSettings tt26Later = new AssessmentSettings(
                defaults.primary(), defaults.tt58(), defaults.tt22(), new AssessmentSettings.RegimeChoice(false));
        assertThat(Regime.of(9, 2020, tt26Later)).isEqualTo(Regime.SECONDARY_TT58_2011);
        assertThat(Regime.of(9, 2026, defaults)).isEqualTo(Regime.SECONDARY_TT22_2021);
    }

    @Test
    void theOtherReadingOfTheAdjacentLevelGivesKhaWhereTheDefaultGivesDat() throws Exception {
        AssessmentSettings defaults = AssessmentSettings.defaults();
        Evaluations other = new Evaluations(new AssessmentSettings(
                defaults.primary(),
                defaults.tt58(),
                new AssessmentSettings.Tt22(AssessmentSettings.AdjustTarget.TARGET_MINUS_ONE, true, true, true),
                defaults.regime()));
        JsonNode input = json.readTree("""
                {"subjectAverages": {"TOAN": 8.5, "NGU_VAN": 8.0, "NGOAI_NGU_1": 8.2, "GDCD": 9.0, "LS_DL": 8.0, "KHTN": 8.1,
                 "CONG_NGHE": 7.0, "TIN_HOC": 3.0}, "commentResults": {"GDTC": "D"}}""");
        assertThat(evaluations
                        .evaluate("SECONDARY_TT22_2021", "learningResultTT22", input)
                        .get("level"))
                .isEqualTo("DAT");
        assertThat(other.evaluate("SECONDARY_TT22_2021", "learningResultTT22", input)
                        .get("level"))
                .isEqualTo("KHA");
    }

    @Test
    void inputsTheEnginesCannotTakeAreRefusedNamingTheField() throws Exception {
        assertThatThrownBy(() -> evaluations.evaluate(
                        "SECONDARY_TT22_2021",
                        "subjectSemesterAverage",
                        json.readTree("{\"regular\": [8, 11], \"midterm\": 7, \"endterm\": 8}")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("input.regular[1]"));
        assertThatThrownBy(() -> evaluations.evaluate(
                        "SECONDARY_TT22_2021",
                        "subjectSemesterAverage",
                        json.readTree("{\"regular\": [8.25], \"midterm\": 7, \"endterm\": 8}")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("input.regular[0]"));
        assertThatThrownBy(() -> evaluations.evaluate("SECONDARY_TT22_2021", "hocLucTT58", json.readTree("{}")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("function"));
        assertThatThrownBy(() -> evaluations.evaluate("PRIMARY_TT99", "x", json.readTree("{}")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("regime"));
        assertThatThrownBy(() -> evaluations.evaluate(
                        "SECONDARY_TT58_2011",
                        "promotionTT58",
                        json.readTree("{\"hocLuc\": \"XUAT_SAC\", \"hanhKiem\": \"TOT\", \"absentSessions\": 0}")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("input.hocLuc"));
        assertThatThrownBy(() -> evaluations.evaluate("PRIMARY_TT27_2020", "primaryYearEndTT27", json.readTree("""
                {"grade": 1, "subjects": [{"code": "TIENG_VIET", "level": "T"}, {"code": "TOAN", "level": "T", "testScore": 9}],
                 "qualities": {}, "competencies": {}}""")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("input.subjects.TIENG_VIET.testScore"));
    }
}
