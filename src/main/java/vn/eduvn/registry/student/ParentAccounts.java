package vn.eduvn.registry.student;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.eduvn.identity.IdentityApi;
import vn.eduvn.identity.ParentSignIn;
import vn.eduvn.registry.StudentView;
import vn.eduvn.registry.school.Schools;

/**
 * Parents' accounts made from the registry, as Vietnamese school systems do: every phone number of a father, a
 * mother or a guardian of an enrolled pupil is one family's account (the number is the username), linked to every
 * child who lists it, so a parent of several children sees them all under one sign-in.
 */
@Service
@Transactional
public class ParentAccounts {

    private final StudentDirectory directory;

    private final Guardians guardians;

    private final GuardianLinkRepository links;

    private final Schools schools;

    private final IdentityApi identity;

    ParentAccounts(
            StudentDirectory directory,
            Guardians guardians,
            GuardianLinkRepository links,
            Schools schools,
            IdentityApi identity) {
        this.directory = directory;
        this.guardians = guardians;
        this.links = links;
        this.schools = schools;
        this.identity = identity;
    }

    /** One family as the registry gives it: the phone, who answers it, their email, and their children here. */
    public record Family(
            String phone, String name, String email, List<String> children, List<Long> childIds, boolean linked) {}

    /** A family's sign-in letter: whom it is for, their children, and the username with its one-time password. */
    public record Letter(String name, List<String> children, String username, String password) {}

    /** What making the accounts did: letters for new (or reset) sign-ins, and phones that belong to staff accounts. */
    public record Outcome(List<Letter> letters, int linked, List<String> refused) {}

    /** The school's families, by phone number; pupils whose guardians left no valid mobile number are not among them. */
    @Transactional(readOnly = true)
    public List<Family> families(long schoolUnitId) {
        schools.require(schoolUnitId, Schools.KEEPERS);
        Map<String, List<StudentView>> byPhone = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> emails = new LinkedHashMap<>();
        for (StudentView s : directory.all(schoolUnitId)) {
            if (!"ENROLLED".equals(s.status())) {
                continue;
            }
            contact(s, s.fatherPhone(), s.fatherName(), byPhone, names, emails);
            contact(s, s.motherPhone(), s.motherName(), byPhone, names, emails);
            contact(s, s.guardianPhone(), s.guardianName(), byPhone, names, emails);
        }
        List<Family> families = new ArrayList<>();
        byPhone.forEach((phone, children) -> {
            boolean linked = children.stream()
                    .allMatch(c -> links.findByStudentIdAndAccountUsername(c.id(), phone)
                            .isPresent());
            families.add(new Family(
                    phone,
                    names.get(phone),
                    emails.get(phone),
                    children.stream()
                            .map(c -> c.fullName() + (c.className() == null ? "" : " (" + c.className() + ")"))
                            .toList(),
                    children.stream().map(StudentView::id).toList(),
                    linked));
        });
        return families;
    }

    private static void contact(
            StudentView child,
            String phone,
            String name,
            Map<String, List<StudentView>> byPhone,
            Map<String, String> names,
            Map<String, String> emails) {
        String mobile = mobile(phone);
        if (mobile == null) {
            return;
        }
        List<StudentView> children = byPhone.computeIfAbsent(mobile, p -> new ArrayList<>());
        if (!children.contains(child)) {
            children.add(child);
        }
        if (name != null && !name.isBlank()) {
            names.putIfAbsent(mobile, name.trim());
        }
        if (child.parentEmail() != null && !child.parentEmail().isBlank()) {
            emails.putIfAbsent(mobile, child.parentEmail().trim());
        }
    }

    /** A Vietnamese mobile number as ten digits from 0 (+84 and spaces, dots or dashes taken out), or null. */
    static String mobile(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0[35789]\\d{8}") ? digits : null;
    }

    /**
     * Opens every family's account that is missing and links every child to it; a family that already has its
     * account is only linked to children added since, and gets no new password.
     */
    public Outcome openAll(long schoolUnitId) {
        List<Letter> letters = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int linked = 0;
        for (Family family : families(schoolUnitId)) {
            ParentSignIn signIn =
                    identity.openParentAccount(schoolUnitId, family.phone(), family.name(), family.email());
            if (signIn.refused()) {
                refused.add(family.phone());
                continue;
            }
            for (long child : family.childIds()) {
                if (links.findByStudentIdAndAccountUsername(child, signIn.username())
                        .isEmpty()) {
                    guardians.link(schoolUnitId, child, signIn.username());
                    linked++;
                }
            }
            if (signIn.password() != null) {
                letters.add(new Letter(family.name(), family.children(), signIn.username(), signIn.password()));
            }
        }
        return new Outcome(letters, linked, refused);
    }

    /** A new one-time password for one family, with its letter. */
    public Letter reset(long schoolUnitId, String phone) {
        Family family = families(schoolUnitId).stream()
                .filter(f -> f.phone().equals(phone))
                .findFirst()
                .orElseThrow(() -> vn.eduvn.platform.DomainException.notFound("error.account.notFound"));
        ParentSignIn signIn = identity.resetParentPassword(schoolUnitId, family.phone());
        return new Letter(family.name(), family.children(), signIn.username(), signIn.password());
    }
}
