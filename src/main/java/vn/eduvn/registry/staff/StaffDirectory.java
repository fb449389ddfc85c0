package vn.eduvn.registry.staff;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.text.VietnameseText;
import vn.eduvn.registry.StaffView;
import vn.eduvn.registry.school.CodeLists;
import vn.eduvn.registry.school.Schools;

/** A school's staff records: read by officials and the school's leaders, kept by its principal or clerk. */
@Service
@Transactional
public class StaffDirectory {

    private final StaffRepository staff;

    private final Schools schools;

    private final CodeLists codes;

    private final Units units;

    private final Access access;

    StaffDirectory(StaffRepository staff, Schools schools, CodeLists codes, Units units, Access access) {
        this.staff = staff;
        this.schools = schools;
        this.codes = codes;
        this.units = units;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<StaffView> search(long schoolUnitId, String query) {
        schools.require(schoolUnitId, Schools.READERS);
        return staff.search(schoolUnitId, VietnameseText.fold(query)).stream()
                .map(StaffDirectory::view)
                .toList();
    }

    /** Adds a member of staff, or updates the one with this personal identifier at this school. */
    public StaffView save(long schoolUnitId, StaffForm form) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        check("position", "position", form.position());
        check("qualification", "qualification", form.qualification());
        check("titleRank", "title_rank", form.titleRank());
        check("contractType", "contract", form.contractType());
        if (form.mainSubject() != null && !form.mainSubject().isBlank() && !codes.isSubject(form.mainSubject())) {
            throw DomainException.invalid("mainSubject", "error.code.unknown", form.mainSubject());
        }
        if (form.secondSubject() != null && !form.secondSubject().isBlank() && !codes.isSubject(form.secondSubject())) {
            throw DomainException.invalid("secondSubject", "error.code.unknown", form.secondSubject());
        }
        if (form.status() != null && !form.status().isBlank()) {
            check("status", "staff_status", form.status());
        }
        Staff member =
                staff.findByPersonalId(form.personalId()).orElseGet(() -> new Staff(schoolUnitId, form.personalId()));
        if (member.schoolUnitId() != schoolUnitId) {
            String other = units.find(member.schoolUnitId())
                    .filter(u -> access.reaches(u.path()))
                    .map(UnitView::name)
                    .orElse(null);
            throw other == null
                    ? DomainException.conflict("personalId", "error.staff.otherSchoolHidden")
                    : DomainException.conflict("personalId", "error.staff.otherSchool", other);
        }
        if (form.accountUsername() != null && !form.accountUsername().isBlank()) {
            String username = form.accountUsername().trim().toLowerCase(java.util.Locale.ROOT);
            boolean taken = staff.findByAccountUsername(username).stream()
                    .anyMatch(other -> !other.personalId().equals(form.personalId()));
            if (taken) {
                throw DomainException.conflict("accountUsername", "error.staff.accountTaken", username);
            }
        }
        member.describe(form);
        return view(staff.save(member));
    }

    /** Links a member of staff to the account they sign in with. */
    public void linkAccount(long schoolUnitId, String personalId, String username) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        Staff member = staff.findByPersonalId(personalId)
                .filter(s -> s.schoolUnitId() == schoolUnitId)
                .orElseThrow(() -> DomainException.invalid("personalId", "error.staff.notAtSchool"));
        member.linkAccount(username);
    }

    /** The staff records of the signed-in user (one per school they work at). */
    @Transactional(readOnly = true)
    public List<Staff> ofCurrentUser() {
        return access.currentUser()
                .map(u -> staff.findByAccountUsername(u.username()))
                .orElse(List.of());
    }

    /** The staff records of the signed-in user, as views. */
    @Transactional(readOnly = true)
    public List<StaffView> mine() {
        return ofCurrentUser().stream().map(StaffDirectory::view).toList();
    }

    /** The signed-in user's username, if anyone is signed in. */
    public java.util.Optional<String> currentUsername() {
        return access.currentUser().map(u -> u.username());
    }

    /** A member of this school's staff, for homeroom and teaching assignments. */
    @Transactional(readOnly = true)
    public Staff memberOf(long schoolUnitId, long staffId, String field) {
        return staff.findById(staffId)
                .filter(s -> s.schoolUnitId() == schoolUnitId)
                .orElseThrow(() -> DomainException.invalid(field, "error.staff.notAtSchool"));
    }

    private void check(String field, String list, String code) {
        if (!codes.contains(list, code)) {
            throw DomainException.invalid(field, "error.code.unknown", code);
        }
    }

    static StaffView view(Staff s) {
        return new StaffView(
                s.id(),
                s.schoolUnitId(),
                s.personalId(),
                s.fullName(),
                s.birthDate(),
                vn.eduvn.registry.Gender.ofCode(s.gender()),
                s.position(),
                s.qualification(),
                s.titleRank(),
                s.mainSubject(),
                s.secondSubject(),
                s.contractType(),
                s.status(),
                s.phone(),
                s.email());
    }
}
