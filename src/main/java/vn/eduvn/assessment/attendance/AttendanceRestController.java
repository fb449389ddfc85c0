package vn.eduvn.assessment.attendance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The attendance register through the API, for the class's homeroom teacher. */
@RestController
class AttendanceRestController {

    private final Attendance attendance;

    AttendanceRestController(Attendance attendance) {
        this.attendance = attendance;
    }

    record Day(LocalDate day, List<Attendance.Mark> marks) {}

    @GetMapping("/api/v1/homeroom/{classId}/attendance")
    List<Attendance.Line> day(@PathVariable long classId, @RequestParam LocalDate day) {
        return attendance.day(classId, day);
    }

    @PutMapping("/api/v1/homeroom/{classId}/attendance")
    ResponseEntity<Void> record(@PathVariable long classId, @RequestBody Day day) {
        attendance.record(classId, day.day(), day.marks() == null ? List.of() : day.marks());
        return ResponseEntity.noContent().build();
    }
}
