package vn.eduvn.registry.assignment;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.registry.ClassView;
import vn.eduvn.registry.TeachingAssignmentView;

/** Classes (with homeroom teachers) and teaching assignments of a school's current year, as JSON. */
@RestController
class AssignmentRestController {

    private final TeachingAssignments assignments;

    AssignmentRestController(TeachingAssignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/schools/{id}/classes")
    List<ClassView> classes(@PathVariable long id) {
        return assignments.classes(id);
    }

    /** The signed-in teacher's own teaching assignments, at every school they teach at. */
    @GetMapping("/api/v1/me/teaching-assignments")
    List<TeachingAssignmentView> mine() {
        return assignments.mine();
    }

    @GetMapping("/api/v1/me/classes/{classId}")
    vn.eduvn.registry.ClassList myClass(@PathVariable long classId) {
        return assignments.myClass(classId);
    }

    @GetMapping("/api/v1/schools/{id}/teaching-assignments")
    List<TeachingAssignmentView> assignments(@PathVariable long id) {
        return assignments.assignments(id);
    }
}
