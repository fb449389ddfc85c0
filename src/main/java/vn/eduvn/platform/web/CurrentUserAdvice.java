package vn.eduvn.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.ScopedUser;

/** Gives every page the signed-in user, for the navigation bar and role-dependent links. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final Access access;

    CurrentUserAdvice(Access access) {
        this.access = access;
    }

    @ModelAttribute("currentUser")
    ScopedUser currentUser() {
        return access.currentUser().orElse(null);
    }

    /**
     * Which menu a user gets, from their grants: records (units, schools, admissions) for administrators,
     * officials, principals and clerks; their classes and timetable for teachers; their children for parents.
     * Each page still checks scope itself.
     */
    @ModelAttribute("menu")
    Menu menu() {
        var grants = access.grants(Role.values());
        boolean records = grants.stream()
                .anyMatch(g -> g.role() == Role.SYSTEM_ADMIN
                        || g.role() == Role.DEPARTMENT_OFFICIAL
                        || g.role() == Role.PRINCIPAL
                        || g.role() == Role.CLERK);
        Long school = grants.stream()
                .filter(g -> g.role() == Role.PRINCIPAL || g.role() == Role.CLERK)
                .map(vn.eduvn.platform.Grant::unitId)
                .findFirst()
                .orElse(null);
        Long department = grants.stream()
                .filter(g -> g.role() == Role.DEPARTMENT_OFFICIAL)
                .map(vn.eduvn.platform.Grant::unitId)
                .findFirst()
                .orElse(null);
        return new Menu(
                records,
                grants.stream().anyMatch(g -> g.role() == Role.TEACHER),
                grants.stream().anyMatch(g -> g.role() == Role.PARENT || g.role() == Role.STUDENT),
                school,
                department,
                grants.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN || g.role() == Role.PRINCIPAL));
    }

    /** The menu's sections: a school leader's school and an official's unit get direct links to their academics. */
    record Menu(
            boolean records, boolean teaching, boolean family, Long leaderSchool, Long officialUnit, boolean audit) {}

    /** Whether to show the administration links; each page still checks scope itself. */
    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return !access.grants(Role.SYSTEM_ADMIN).isEmpty();
    }
}
