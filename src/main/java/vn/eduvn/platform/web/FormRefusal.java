package vn.eduvn.platform.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.InvalidFields;

/**
 * Puts a refusal on the form that caused it, so the page comes back with the message beside the field and
 * everything the user typed, or as a message on the page a button redirects back to. A "not found" is no form
 * error: it stays a 404 page.
 */
public final class FormRefusal {

    private FormRefusal() {}

    public static void show(DomainException e, BindingResult form) {
        if (e.status().value() == 404 && e.field() == null) {
            throw e;
        }
        if (e instanceof InvalidFields invalid) {
            invalid.problems().forEach(p -> form.rejectValue(p.field(), p.key(), p.args(), p.key()));
        } else if (e.field() != null && form.getFieldType(e.field()) != null) {
            form.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            form.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    /**
     * Runs a one-button form's action: its success message, or its refusal, becomes the alert of the page the
     * browser is redirected back to.
     */
    public static void attempt(RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (DomainException e) {
            flash(e, redirect);
        }
    }

    /** For a one-button form that redirects back: the refusal becomes the page's alert. */
    public static void flash(DomainException e, RedirectAttributes redirect) {
        if (e.status().value() == 404) {
            throw e;
        }
        // A form shows what is wrong, not only that something is: every named problem, the first as the alert.
        if (e instanceof vn.eduvn.platform.InvalidFields invalid
                && !invalid.problems().isEmpty()) {
            redirect.addFlashAttribute("failure", invalid.problems().get(0).key());
            redirect.addFlashAttribute("failureArgs", invalid.problems().get(0).args());
            if (invalid.problems().size() > 1) {
                redirect.addFlashAttribute(
                        "failureMore",
                        invalid.problems().subList(1, invalid.problems().size()).stream()
                                .map(p -> new Object[] {p.key(), p.args()})
                                .toList());
            }
            return;
        }
        redirect.addFlashAttribute("failure", e.messageKey());
        redirect.addFlashAttribute("failureArgs", e.args());
    }
}
