package vn.eduvn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared test vectors, read as they are: from {@code ../shared/domain/assessment-vectors.json} when the
 * shared folder sits beside the checkout, else from the copy kept in the test resources (the two are checked
 * to be the same whenever both are there).
 */
final class AssessmentVectors {

    static final Path SHARED = Path.of("../shared/domain/assessment-vectors.json");

    static final String COPY = "/assessment/assessment-vectors.json";

    /** The result sets the file compares without regard to order. */
    private static final Set<String> SETS = Set.of("subjects", "retakeEligibleSubjects", "reassessEligibleSubjects");

    private AssessmentVectors() {}

    static JsonNode file() {
        try {
            if (Files.exists(SHARED)) {
                return JsonMapper.builder().build().readTree(Files.readString(SHARED));
            }
            try (InputStream copy = AssessmentVectors.class.getResourceAsStream(COPY)) {
                return JsonMapper.builder().build().readTree(copy);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> all() {
        List<Arguments> vectors = new ArrayList<>();
        for (JsonNode vector : file().get("vectors")) {
            vectors.add(Arguments.of(
                    vector.get("id").asString() + " " + vector.get("function").asString(), vector));
        }
        return vectors.stream();
    }

    /** Every field of the vector's {@code expected} matches the answer: numbers by value, sets by content. */
    static void assertMatches(JsonNode expected, JsonNode actual, String id) {
        for (String field : expected.propertyNames()) {
            JsonNode want = expected.get(field);
            JsonNode got = actual.get(field);
            assertThat(got).as(id + " " + field + " present").isNotNull();
            if (want.isNull()) {
                assertThat(got.isNull())
                        .as(id + " " + field + " is null, got " + got)
                        .isTrue();
            } else if (want.isNumber()) {
                assertThat(got.isNumber())
                        .as(id + " " + field + " is a number, got " + got)
                        .isTrue();
                assertThat(new BigDecimal(got.asString()))
                        .as(id + " " + field)
                        .isEqualByComparingTo(new BigDecimal(want.asString()));
            } else if (want.isArray() && SETS.contains(field)) {
                assertThat(texts(got)).as(id + " " + field).containsExactlyInAnyOrderElementsOf(texts(want));
            } else {
                assertThat(got).as(id + " " + field).isEqualTo(want);
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }
}
