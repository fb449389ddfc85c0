package vn.eduvn.registry.student;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.school.Schools;

/**
 * Parents' and guardians' accounts linked to students by the school's clerk or principal; a linked account
 * reads its children's records and nobody else's.
 */
@Service
@Transactional
public class Guardians {

    private final GuardianLinkRepository links;

    private final StudentRepository students;

    private final StudentDirectory directory;

    private final Schools schools;

    private final Access access;

    Guardians(
            GuardianLinkRepository links,
            StudentRepository students,
            StudentDirectory directory,
            Schools schools,
            Access access) {
        this.links = links;
        this.students = students;
        this.directory = directory;
        this.schools = schools;
        this.access = access;
    }

    public void link(long schoolUnitId, long studentId, String username) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        Student student = students.findById(studentId)
                .filter(s -> s.schoolUnitId() == schoolUnitId)
                .orElseThrow(() -> DomainException.notFound("student.error.notFound"));
        if (username == null || !username.trim().matches("[A-Za-z0-9._-]{3,60}")) {
            throw DomainException.invalid("username", "guardian.error.username");
        }
        String account = username.trim().toLowerCase(Locale.ROOT);
        if (links.findByStudentIdAndAccountUsername(student.id(), account).isEmpty()) {
            links.save(new GuardianLink(student.id(), account));
        }
    }

    public void unlink(long schoolUnitId, long studentId, String username) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        students.findById(studentId)
                .filter(s -> s.schoolUnitId() == schoolUnitId)
                .orElseThrow(() -> DomainException.notFound("student.error.notFound"));
        links.findByStudentIdAndAccountUsername(studentId, username.trim().toLowerCase(Locale.ROOT))
                .ifPresent(links::delete);
    }

    @Transactional(readOnly = true)
    public List<String> accountsOf(long schoolUnitId, long studentId) {
        schools.require(schoolUnitId, Schools.READERS);
        return links.findByStudentId(studentId).stream()
                .map(GuardianLink::accountUsername)
                .sorted()
                .toList();
    }

    /** The signed-in user's children (students linked to their account) that are still enrolled somewhere. */
    @Transactional(readOnly = true)
    public List<StudentView> myChildren() {
        String me = access.currentUser().map(ScopedUser::username).orElse("");
        HashMap<Long, String> classNames = new HashMap<>();
        return links.findByAccountUsername(me).stream()
                .map(l -> students.findById(l.studentId()).orElse(null))
                .filter(s -> s != null)
                .map(s -> directory.view(s, classNames))
                .toList();
    }

    /** One of the signed-in user's children; any other student reads as not found. */
    @Transactional(readOnly = true)
    public StudentView myChild(long studentId) {
        return myChildren().stream()
                .filter(s -> s.id() == studentId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("student.error.notFound"));
    }
}
