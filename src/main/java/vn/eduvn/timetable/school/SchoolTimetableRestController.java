package vn.eduvn.timetable.school;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.eduvn.timetable.format.TimetableProblem;

/** A school's timetable over the API: its problem, and its solves in the background. */
@RestController
class SchoolTimetableRestController {

    private final TimetableRuns runs;

    SchoolTimetableRestController(TimetableRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/api/v1/schools/{id}/timetable/problem")
    TimetableProblem problem(@PathVariable long id) {
        return runs.problem(id);
    }

    @PostMapping("/api/v1/schools/{id}/timetable/runs")
    ResponseEntity<Map<String, Object>> start(@PathVariable long id, @RequestParam(defaultValue = "60") int seconds) {
        long run = runs.start(id, seconds);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", run, "status", "RUNNING"));
    }

    @GetMapping("/api/v1/schools/{id}/timetable/runs/{run}")
    TimetableRuns.RunView run(@PathVariable long id, @PathVariable long run) {
        return runs.get(id, run);
    }

    @PostMapping("/api/v1/schools/{id}/timetable/runs/{run}/stop")
    ResponseEntity<Void> stop(@PathVariable long id, @PathVariable long run) {
        runs.stop(id, run);
        return ResponseEntity.noContent().build();
    }

}
