package vn.eduvn.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.eduvn.platform.DomainException;

/**
 * The {@code input} of an evaluation, read field by field: numbers from their text into BigDecimal (never
 * through a double), codes checked against their enum, and every refusal naming the field it is about.
 */
final class EvaluationInput {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private final JsonNode node;

    private final String path;

    EvaluationInput(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw DomainException.invalid(path, "assessment.error.object", path);
        }
        this.node = node;
        this.path = path;
    }

    private String field(String name) {
        return path + "." + name;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    private JsonNode required(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw DomainException.invalid(field(name), "assessment.error.required", field(name));
        }
        return value;
    }

    /** Any number, exactly as written. */
    BigDecimal number(String name) {
        return number(required(name), field(name));
    }

    private static BigDecimal number(JsonNode value, String field) {
        if (!value.isNumber()) {
            throw DomainException.invalid(field, "assessment.error.number", field);
        }
        return new BigDecimal(value.asString());
    }

    /** A secondary score: 0 to 10 with at most one decimal. */
    BigDecimal score(String name) {
        return score(required(name), field(name));
    }

    private static BigDecimal score(JsonNode value, String field) {
        BigDecimal score = number(value, field);
        if (score.signum() < 0
                || score.compareTo(TEN) > 0
                || score.stripTrailingZeros().scale() > 1) {
            throw DomainException.invalid(field, "assessment.error.score", field, score.toPlainString());
        }
        return score;
    }

    List<BigDecimal> scores(String name) {
        JsonNode array = array(name);
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            scores.add(score(array.get(i), field(name) + "[" + i + "]"));
        }
        return scores;
    }

    int integer(String name, int min, int max) {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || value.intValue() < min || value.intValue() > max) {
            throw DomainException.invalid(field(name), "assessment.error.range", field(name), min, max);
        }
        return value.intValue();
    }

    String text(String name) {
        JsonNode value = required(name);
        if (!value.isString() || value.asString().isBlank()) {
            throw DomainException.invalid(field(name), "assessment.error.text", field(name));
        }
        return value.asString();
    }

    /** A code or null when the field is absent or null. */
    String optionalText(String name) {
        return has(name) ? text(name) : null;
    }

    <E extends Enum<E>> E code(String name, Class<E> type) {
        return code(required(name), field(name), type);
    }

    static <E extends Enum<E>> E code(JsonNode value, String field, Class<E> type) {
        String text = value.isString() ? value.asString() : "";
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw DomainException.invalid(field, "assessment.error.code", field, value.toString());
    }

    boolean bool(String name, boolean absent) {
        if (!has(name)) {
            return absent;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw DomainException.invalid(field(name), "assessment.error.boolean", field(name));
        }
        return value.booleanValue();
    }

    JsonNode array(String name) {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw DomainException.invalid(field(name), "assessment.error.array", field(name));
        }
        return value;
    }

    List<String> texts(String name) {
        List<String> texts = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isString()) {
                throw DomainException.invalid(
                        field(name) + "[" + i + "]", "assessment.error.text", field(name) + "[" + i + "]");
            }
            texts.add(array.get(i).asString());
        }
        return texts;
    }

    Set<String> optionalTexts(String name) {
        return has(name) ? new LinkedHashSet<>(texts(name)) : Set.of();
    }

    /** An array of objects, each read as an input of its own. */
    List<EvaluationInput> objects(String name) {
        List<EvaluationInput> objects = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; i < array.size(); i++) {
            objects.add(new EvaluationInput(array.get(i), field(name) + "[" + i + "]"));
        }
        return objects;
    }

    /** {code: score} with secondary scores. */
    Map<String, BigDecimal> scoreMap(String name) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        JsonNode object = objectNode(name);
        for (var entry : object.properties()) {
            map.put(entry.getKey(), score(entry.getValue(), field(name) + "." + entry.getKey()));
        }
        return map;
    }

    /** {code: level} of an enum; absent means empty. */
    <E extends Enum<E>> Map<String, E> codeMap(String name, Class<E> type) {
        Map<String, E> map = new LinkedHashMap<>();
        if (!has(name)) {
            return map;
        }
        for (var entry : objectNode(name).properties()) {
            map.put(entry.getKey(), code(entry.getValue(), field(name) + "." + entry.getKey(), type));
        }
        return map;
    }

    private JsonNode objectNode(String name) {
        JsonNode value = required(name);
        if (!value.isObject()) {
            throw DomainException.invalid(field(name), "assessment.error.object", field(name));
        }
        return value;
    }
}
