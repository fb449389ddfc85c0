package vn.eduvn.registry;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.student.Student;
import vn.eduvn.registry.student.StudentRepository;

/** The registry as other modules use it (the demo province now; later the gradebook and the timetable). */
@Service
@Transactional
public class RegistryApi {

    private final Schools schools;

    private final StudentRepository students;

    RegistryApi(Schools schools, StudentRepository students) {
        this.schools = schools;
        this.students = students;
    }

    /** Creates or updates a school's profile; needs the school's principal or clerk, or an administrator. */
    public void describeSchool(long unitId, SchoolLevel level, String ownership, int nationalStandard,
            Integer classrooms, Integer computerRooms, Integer computers, boolean fibreInternet) {
        schools.describe(unitId, level, ownership, nationalStandard, classrooms, computerRooms, computers,
                fibreInternet);
    }

    /** Enrols a student in a class of the school's current year (the class is created when missing). */
    public long enrol(long schoolUnitId, String personalId, String fullName, LocalDate birthDate, Gender gender,
            String ethnicityCode, String className) {
        int year = schools.currentYear(schoolUnitId);
        long classId = schools.classNamed(schoolUnitId, year, className).id();
        Student student = students.findByPersonalId(personalId).orElseGet(() -> new Student(schoolUnitId, personalId));
        student.describe(fullName, birthDate, gender.code(), ethnicityCode, classId);
        return students.save(student).id();
    }

    public int currentYear(long schoolUnitId) {
        return schools.currentYear(schoolUnitId);
    }
}
