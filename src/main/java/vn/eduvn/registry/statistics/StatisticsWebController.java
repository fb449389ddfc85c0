package vn.eduvn.registry.statistics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The live statistics page of a unit (a Department, a commune, a school). */
@Controller
class StatisticsWebController {

    private final RegistryStatistics statistics;

    StatisticsWebController(RegistryStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/units/{id}/statistics")
    String statistics(@PathVariable long id, Model model) {
        model.addAttribute("counts", statistics.of(id));
        return "registry/statistics";
    }
}
