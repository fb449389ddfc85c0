package vn.eduvn.registry.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.ScopedUser;
import vn.eduvn.registry.school.SchoolClass;
import vn.eduvn.registry.school.Schools;
import vn.eduvn.registry.student.Student;
import vn.eduvn.registry.student.StudentHistory;
import vn.eduvn.registry.student.StudentRepository;
import vn.eduvn.registry.student.StudentStatus;
import vn.eduvn.registry.student.StudentTally;
import vn.eduvn.registry.transfer.Transfer.Status;

/**
 * Transfers between schools of the system. The receiving school asks, naming the student by identifier and
 * date of birth; the sending school approves (the student moves, with the step recorded on both sides) or
 * refuses with a note. Each school acts only on its own side.
 */
@Service
@Transactional
public class Transfers {

    private final TransferRepository transfers;

    private final StudentRepository students;

    private final StudentHistory history;

    private final Schools schools;

    private final Units units;

    private final Access access;

    private final StudentTally tally;

    Transfers(
            TransferRepository transfers,
            StudentRepository students,
            StudentHistory history,
            Schools schools,
            Units units,
            Access access,
            StudentTally tally) {
        this.tally = tally;
        this.transfers = transfers;
        this.students = students;
        this.history = history;
        this.schools = schools;
        this.units = units;
        this.access = access;
    }

    /** The receiving school asks for a student enrolled at another school. */
    public TransferView request(long toSchoolId, TransferRequest request) {
        schools.require(toSchoolId, Schools.KEEPERS);
        List<FieldProblem> problems = new ArrayList<>();
        String personalId =
                request.personalId() == null ? "" : request.personalId().trim();
        if (!personalId.matches("\\d{12}")) {
            problems.add(new FieldProblem("personalId", "validation.personalId"));
        }
        if (request.birthDate() == null) {
            problems.add(new FieldProblem("birthDate", "validation.required"));
        }
        String reason = request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty()) {
            problems.add(new FieldProblem("reason", "validation.required"));
        } else if (reason.length() > 300) {
            problems.add(new FieldProblem("reason", "student.error.tooLong", 300));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        SchoolClass toClass =
                request.classId() == null ? null : schools.classOf(toSchoolId, request.classId(), "classId");
        // Identifier and birth date must both match; a mismatch and an unknown student read the same.
        Student student = students.findByPersonalId(personalId)
                .filter(s -> request.birthDate().equals(s.birthDate()))
                .orElseThrow(() -> DomainException.invalid("personalId", "transfer.error.noSuchStudent"));
        if (student.schoolUnitId() == toSchoolId) {
            throw DomainException.conflict("personalId", "transfer.error.alreadyHere");
        }
        if (student.status() != StudentStatus.ENROLLED) {
            throw DomainException.conflict("personalId", "transfer.error.notEnrolled");
        }
        if (transfers.existsByStudentIdAndStatus(student.id(), Status.REQUESTED)) {
            throw DomainException.conflict("personalId", "transfer.error.pending");
        }
        Transfer transfer = transfers.save(new Transfer(
                student.id(),
                student.schoolUnitId(),
                toSchoolId,
                toClass == null ? null : toClass.id(),
                reason,
                actor()));
        return view(transfer, new HashMap<>());
    }

    /** The sending school lets the student go: the student joins the receiving school at once. */
    public TransferView approve(long fromSchoolId, long transferId, String note) {
        schools.require(fromSchoolId, Schools.KEEPERS);
        Transfer transfer = waiting(transferId, fromSchoolId, true);
        Student student = students.findById(transfer.studentId())
                .filter(s -> s.schoolUnitId() == fromSchoolId && s.status() == StudentStatus.ENROLLED)
                .orElseThrow(() -> DomainException.conflict(null, "transfer.error.notEnrolled"));
        String fromClass = student.classId() == null
                ? null
                : schools.findClass(student.classId()).map(SchoolClass::name).orElse(null);
        SchoolClass toClass = transfer.toClassId() == null
                ? null
                : schools.findClass(transfer.toClassId()).orElse(null);
        student.moveToSchool(transfer.toSchoolUnitId(), toClass == null ? null : toClass.id());
        history.transferred(student, fromSchoolId, fromClass, toClass, transfer.reason());
        transfer.decide(Status.APPROVED, actor(), blankToNull(note));
        tally.touch(fromSchoolId);
        tally.touch(transfer.toSchoolUnitId());
        return view(transfer, new HashMap<>());
    }

    /** The sending school refuses, saying why. */
    public TransferView reject(long fromSchoolId, long transferId, String note) {
        schools.require(fromSchoolId, Schools.KEEPERS);
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("note", "transfer.error.noteRequired");
        }
        Transfer transfer = waiting(transferId, fromSchoolId, true);
        transfer.decide(Status.REJECTED, actor(), note.trim());
        return view(transfer, new HashMap<>());
    }

    /** The receiving school withdraws its request while it waits. */
    public TransferView cancel(long toSchoolId, long transferId) {
        schools.require(toSchoolId, Schools.KEEPERS);
        Transfer transfer = waiting(transferId, toSchoolId, false);
        transfer.decide(Status.CANCELLED, actor(), null);
        return view(transfer, new HashMap<>());
    }

    /** Both sides of a school's transfers: those it sends (students leaving) and those it asked for. */
    @Transactional(readOnly = true)
    public SchoolTransfers of(long schoolId) {
        schools.require(schoolId, Schools.READERS);
        Map<Long, String> names = new HashMap<>();
        return new SchoolTransfers(
                transfers.findByFromSchoolUnitIdOrderByIdDesc(schoolId).stream()
                        .map(t -> view(t, names))
                        .toList(),
                transfers.findByToSchoolUnitIdOrderByIdDesc(schoolId).stream()
                        .map(t -> view(t, names))
                        .toList());
    }

    /** Transfers out of a school (to decide) and into it (asked for). */
    public record SchoolTransfers(List<TransferView> outgoing, List<TransferView> incoming) {}

    private Transfer waiting(long transferId, long schoolId, boolean sendingSide) {
        Transfer transfer = transfers
                .findById(transferId)
                .filter(t -> (sendingSide ? t.fromSchoolUnitId() : t.toSchoolUnitId()) == schoolId)
                .orElseThrow(() -> DomainException.notFound("transfer.error.notFound"));
        if (transfer.status() != Status.REQUESTED) {
            throw DomainException.conflict(null, "transfer.error.decided");
        }
        return transfer;
    }

    private TransferView view(Transfer t, Map<Long, String> names) {
        Student s = students.findById(t.studentId()).orElseThrow();
        String toClass = t.toClassId() == null
                ? null
                : schools.findClass(t.toClassId()).map(SchoolClass::name).orElse(null);
        String fromClass = t.status() == Status.REQUESTED && s.classId() != null
                ? schools.findClass(s.classId()).map(SchoolClass::name).orElse(null)
                : null;
        return new TransferView(
                t.id(),
                s.id(),
                s.personalId(),
                s.fullName(),
                s.birthDate(),
                t.fromSchoolUnitId(),
                name(t.fromSchoolUnitId(), names),
                fromClass,
                t.toSchoolUnitId(),
                name(t.toSchoolUnitId(), names),
                toClass,
                t.status().name(),
                t.reason(),
                t.requestedBy(),
                t.requestedAt(),
                t.decidedBy(),
                t.decidedAt(),
                t.decisionNote());
    }

    private String name(long unitId, Map<Long, String> names) {
        return names.computeIfAbsent(
                unitId, id -> units.find(id).map(UnitView::name).orElse("#" + id));
    }

    private String actor() {
        return access.currentUser().map(ScopedUser::username).orElse("system");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
