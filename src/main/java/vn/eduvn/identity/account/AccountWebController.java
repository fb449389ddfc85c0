package vn.eduvn.identity.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.org.Units;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.Role;
import vn.eduvn.platform.web.FormRefusal;

/** Account administration pages for system administrators. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AccountWebController {

    private static final String FORM = "identity/account-form";

    private static final String DETAIL = "identity/account";

    private final AccountService accounts;

    private final Units units;

    AccountWebController(AccountService accounts, Units units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/accounts")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", accounts.search(q, PageRequest.of(Math.max(page, 0), 50, Sort.by("username"))));
        return "identity/accounts";
    }

    @GetMapping("/accounts/new")
    String newAccount(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("form", new NewAccountForm("", "", "", unitId, "", null));
        return form(model, unitId);
    }

    @PostMapping("/accounts")
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form.homeUnitId());
        }
        try {
            AccountView created = accounts.create(
                    form.username(), form.displayName(), form.email(), form.homeUnitId(), form.password(), form.role());
            redirect.addFlashAttribute("success", "account.created");
            return "redirect:/accounts/" + created.id();
        } catch (DomainException e) {
            FormRefusal.show(e, result);
            return form(model, form.homeUnitId());
        }
    }

    @GetMapping("/accounts/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, null));
        }
        return DETAIL;
    }

    @PostMapping("/accounts/{id}/grants")
    String grant(
            @PathVariable long id,
            @Valid @ModelAttribute("grantForm") GrantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.grant(id, form.role(), form.unitId());
                redirect.addFlashAttribute("success", "account.granted");
                return "redirect:/accounts/" + id;
            } catch (DomainException e) {
                if ("error.account.notFound".equals(e.messageKey())) {
                    throw e;
                }
                FormRefusal.show(e, result);
            }
        }
        return detail(id, model);
    }

    @PostMapping("/accounts/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        accounts.revoke(id, grantId);
        redirect.addFlashAttribute("success", "account.revoked");
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(id));
        return "redirect:/accounts/" + id;
    }

    private String form(Model model, Long unitId) {
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("unit", unitId == null ? null : units.find(unitId).orElse(null));
        return FORM;
    }

    record NewAccountForm(
            @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size.max}")
            String username,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
            String displayName,

            @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size.max}")
            String email,

            @NotNull(message = "{validation.required}") Long homeUnitId,
            @NotBlank(message = "{validation.required}") String password,
            Role role) {}

    record GrantForm(
            @NotNull(message = "{validation.required}") Role role,
            @NotNull(message = "{validation.required}") Long unitId) {}
}
