package vn.eduvn.assessment.web;

import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.eduvn.assessment.Evaluations;
import vn.eduvn.assessment.Regime;
import vn.eduvn.platform.DomainException;

/** Any signed-in user (or script with a token) runs an engine function as a test vector names it. */
@RestController
class EvaluationRestController {

    private final Evaluations evaluations;

    EvaluationRestController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** The request of a vector: {@code {"regime", "function", "input"}}. */
    record Evaluation(String regime, String function, JsonNode input) {}

    @PostMapping("/api/v1/assessment/evaluate")
    Map<String, Object> evaluate(@RequestBody Evaluation evaluation) {
        if (evaluation.regime() == null) {
            throw DomainException.invalid("regime", "assessment.error.required", "regime");
        }
        if (evaluation.function() == null) {
            throw DomainException.invalid("function", "assessment.error.required", "function");
        }
        return evaluations.evaluate(evaluation.regime(), evaluation.function(), evaluation.input());
    }

    @GetMapping("/api/v1/assessment/functions")
    Map<Regime, Set<String>> functions() {
        return evaluations.catalogue();
    }
}
