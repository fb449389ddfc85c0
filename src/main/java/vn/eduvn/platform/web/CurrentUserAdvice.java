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

    /** Whether to show the administration links; each page still checks scope itself. */
    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return !access.grants(Role.SYSTEM_ADMIN).isEmpty();
    }
}
