package vn.eduvn.registry.student;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.eduvn.platform.RecordNames;
import vn.eduvn.registry.school.SchoolClassRepository;
import vn.eduvn.registry.staff.StaffRepository;

/** The registry's records as the audit trail names them: pupils, members of staff and classes. */
@Component
class RegistryRecordNames implements RecordNames {

    private final StudentRepository students;

    private final StaffRepository staff;

    private final SchoolClassRepository classes;

    RegistryRecordNames(StudentRepository students, StaffRepository staff, SchoolClassRepository classes) {
        this.students = students;
        this.staff = staff;
        this.classes = classes;
    }

    @Override
    public Optional<String> nameOf(String field, Object id) {
        if (!(id instanceof Number number)) {
            return Optional.empty();
        }
        long key = number.longValue();
        return switch (field) {
            case "studentId" -> students.findById(key).map(Student::fullName);
            case "staffId", "homeroomStaffId" -> staff.findById(key).map(s -> s.fullName());
            case "classId", "toClassId" -> classes.findById(key).map(c -> c.name());
            default -> Optional.empty();
        };
    }
}
