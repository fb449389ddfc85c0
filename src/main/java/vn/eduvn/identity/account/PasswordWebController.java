package vn.eduvn.identity.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;

/** Any signed-in user changes their own password. */
@Controller
class PasswordWebController {

    private static final String VIEW = "identity/password";

    private final AccountService accounts;

    PasswordWebController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return VIEW;
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changeOwnPassword(form.currentPassword(), form.newPassword(), form.confirmation());
        } catch (DomainException e) {
            FormRefusal.show(e, result);
            return VIEW;
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }

    record PasswordForm(
            @NotBlank(message = "{validation.required}") String currentPassword,
            @NotBlank(message = "{validation.required}") String newPassword,
            @NotBlank(message = "{validation.required}") String confirmation) {}
}
