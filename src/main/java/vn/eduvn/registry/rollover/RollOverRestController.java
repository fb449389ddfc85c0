package vn.eduvn.registry.rollover;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roll-over through the API: the plan, then the run from the year the plan names. */
@RestController
class RollOverRestController {

    private final YearRollOver rollOver;

    RollOverRestController(YearRollOver rollOver) {
        this.rollOver = rollOver;
    }

    @GetMapping("/api/v1/schools/{id}/rollover")
    Summary plan(@PathVariable long id) {
        return Summary.of(rollOver.plan(id));
    }

    @PostMapping("/api/v1/schools/{id}/rollover")
    Summary run(@PathVariable long id, @RequestParam int fromYear) {
        return Summary.of(rollOver.run(id, fromYear));
    }

    record Summary(
            int fromYear,
            int toYear,
            int promoted,
            int repeating,
            int graduating,
            boolean done,
            java.util.List<YearRollOver.ClassPlan> classes) {

        static Summary of(YearRollOver.Plan plan) {
            return new Summary(
                    plan.fromYear(),
                    plan.toYear(),
                    plan.promoted(),
                    plan.repeating(),
                    plan.graduating(),
                    plan.done(),
                    plan.classes());
        }
    }
}
