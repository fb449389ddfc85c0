package vn.eduvn.registry.transfer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.org.UnitView;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.web.FormRefusal;
import vn.eduvn.registry.school.CodeLists.Code;
import vn.eduvn.registry.school.Schools;

/** A school's transfers page: ask for a student from another school, decide on requests for its own students. */
@Controller
class TransferWebController {

    private final Transfers transfers;

    private final Schools schools;

    private final Access access;

    TransferWebController(Transfers transfers, Schools schools, Access access) {
        this.transfers = transfers;
        this.schools = schools;
        this.access = access;
    }

    @GetMapping("/schools/{id}/transfers")
    String page(@PathVariable long id, Model model) {
        UnitView school = schools.require(id, Schools.READERS);
        model.addAttribute("school", school);
        model.addAttribute("canKeep", access.reaches(school.path(), Schools.KEEPERS));
        model.addAttribute("transfers", transfers.of(id));
        model.addAttribute(
                "classes",
                schools.classes(id, schools.currentYear(id)).stream()
                        .map(c -> new Code(String.valueOf(c.id()), c.name(), c.name()))
                        .toList());
        if (!model.containsAttribute("transferForm")) {
            model.addAttribute("transferForm", TransferRequest.blank());
        }
        return "registry/transfers";
    }

    @PostMapping("/schools/{id}/transfers")
    String request(
            @PathVariable long id,
            @ModelAttribute("transferForm") TransferRequest form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                transfers.request(id, form);
                redirect.addFlashAttribute("success", "transfer.requested");
                return "redirect:/schools/" + id + "/transfers";
            } catch (DomainException e) {
                FormRefusal.show(e, result);
            }
        }
        return page(id, model);
    }

    @PostMapping("/schools/{id}/transfers/{transferId}/approve")
    String approve(
            @PathVariable long id,
            @PathVariable long transferId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return decide(id, redirect, "transfer.approved", () -> transfers.approve(id, transferId, note));
    }

    @PostMapping("/schools/{id}/transfers/{transferId}/reject")
    String reject(
            @PathVariable long id,
            @PathVariable long transferId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return decide(id, redirect, "transfer.rejected", () -> transfers.reject(id, transferId, note));
    }

    @PostMapping("/schools/{id}/transfers/{transferId}/cancel")
    String cancel(@PathVariable long id, @PathVariable long transferId, RedirectAttributes redirect) {
        return decide(id, redirect, "transfer.cancelled", () -> transfers.cancel(id, transferId));
    }

    private String decide(long id, RedirectAttributes redirect, String success, Runnable action) {
        FormRefusal.attempt(redirect, success, action);
        return "redirect:/schools/" + id + "/transfers";
    }
}
