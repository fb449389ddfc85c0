package vn.eduvn.registry.student;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.Gender;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.school.Ethnicities;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.SchoolClassRepository;
import vn.eduvn.registry.school.Schools;

/**
 * Finds a school's students by name without diacritics or by identifier, in Vietnamese class-list order.
 */
@Service
@Transactional(readOnly = true)
public class StudentDirectory {

    private final StudentRepository students;

    private final SchoolClassRepository classes;

    private final Ethnicities ethnicities;

    private final Schools schools;

    StudentDirectory(
            StudentRepository students, SchoolClassRepository classes, Ethnicities ethnicities, Schools schools) {
        this.students = students;
        this.classes = classes;
        this.ethnicities = ethnicities;
        this.schools = schools;
    }

    public Page<StudentView> search(long schoolUnitId, String query, Long classId, Pageable page) {
        schools.require(schoolUnitId, Schools.READERS);
        Map<Long, String> classNames = new HashMap<>();
        return students.search(schoolUnitId, classId, VietnameseText.fold(query), page)
                .map(s -> view(s, classNames));
    }

    /** All students of the school, in class-list order, for exports. */
    public List<StudentView> all(long schoolUnitId) {
        schools.require(schoolUnitId, Schools.READERS);
        Map<Long, String> classNames = new HashMap<>();
        return students.findAllOfSchool(schoolUnitId).stream()
                .map(s -> view(s, classNames))
                .toList();
    }

    /**
     * The enrolled students of a class in class-list order, without a scope check: for callers that have
     * already established the user may read this class (its teachers).
     */
    public List<StudentView> classList(long schoolUnitId, long classId) {
        Map<Long, String> classNames = new HashMap<>();
        return students.search(schoolUnitId, classId, "", Pageable.unpaged()).stream()
                .filter(s -> s.status() == StudentStatus.ENROLLED)
                .map(s -> view(s, classNames))
                .toList();
    }

    StudentView view(Student s, Map<Long, String> classNames) {
        String className = s.classId() == null
                ? null
                : classNames.computeIfAbsent(
                        s.classId(),
                        id -> classes.findById(id).map(SchoolClass::name).orElse(""));
        return new StudentView(
                s.id(),
                s.schoolUnitId(),
                s.personalId(),
                s.fullName(),
                s.birthDate(),
                Gender.ofCode(s.gender()),
                ethnicities.name(s.ethnicityCode()),
                s.classId(),
                className,
                s.status().name(),
                s.religionCode(),
                s.disabilityCode(),
                s.policyCode(),
                s.residenceCommune(),
                s.address(),
                s.fatherName(),
                s.fatherPhone(),
                s.motherName(),
                s.motherPhone(),
                s.guardianName(),
                s.guardianPhone(),
                s.parentEmail(),
                s.heldBack());
    }
}
