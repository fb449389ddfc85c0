package vn.eduvn.admissions.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.admissions.application.ApplicationForm;
import vn.eduvn.admissions.application.ApplicationView;
import vn.eduvn.admissions.application.Applications;
import vn.eduvn.admissions.application.Evidence;
import vn.eduvn.admissions.application.Receipt;
import vn.eduvn.admissions.campaign.Campaign;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.admissions.run.PlacementRuns;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.RetryLater;
import vn.eduvn.platform.web.FormRefusal;

/**
 * The parents' portal (cổng tuyển sinh), no account needed and usable on a phone: campaigns, the application form
 * with every problem shown beside its field and nothing typed lost, the receipt, the lookup by receipt and date of
 * birth (with changes while the window is open and the result once published), and the public lists.
 */
@Controller
class PortalWebController {

    private final Campaigns campaigns;

    private final Applications applications;

    private final PlacementRuns runs;

    private final PortalGuard guard;

    private final ResidenceAreas areas;

    PortalWebController(
            Campaigns campaigns,
            Applications applications,
            PlacementRuns runs,
            PortalGuard guard,
            ResidenceAreas areas) {
        this.campaigns = campaigns;
        this.applications = applications;
        this.runs = runs;
        this.guard = guard;
        this.areas = areas;
    }

    @GetMapping("/tuyen-sinh")
    String campaigns(Model model) {
        model.addAttribute(
                "campaigns", campaigns.all().stream().map(PublicCampaign::of).toList());
        return "admissions/portal/campaigns";
    }

    @GetMapping("/tuyen-sinh/{id}")
    String campaign(@PathVariable long id, Model model) {
        model.addAttribute("form", ApplicationForm.blank());
        return form(campaigns.find(id), UUID.randomUUID().toString(), null, model);
    }

    @PostMapping("/tuyen-sinh/{id}")
    String apply(
            @PathVariable long id,
            @RequestParam String idempotencyKey,
            @ModelAttribute("form") ApplicationForm form,
            BindingResult result,
            @RequestParam(required = false) MultipartFile evidence,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        CampaignView campaign = campaigns.find(id);
        ApplicationForm compacted = form.compacted();
        Evidence file = evidence(evidence, result);
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(campaign, idempotencyKey, null, model);
        }
        try {
            Receipt receipt = guard.submission(request.getRemoteAddr(), () -> {
                Receipt filed = applications.submit(id, idempotencyKey, compacted);
                if (file != null) {
                    applications.attachEvidence(
                            filed.receiptNumber(), compacted.birthDate(), file.fileName(), file.content());
                }
                return filed;
            });
            redirect.addFlashAttribute("receipt", receipt);
            redirect.addFlashAttribute("childName", compacted.fullName());
            return "redirect:/tuyen-sinh/" + id + "/bien-nhan";
        } catch (RetryLater busy) {
            response.setStatus(busy.status().value());
            response.setHeader("Retry-After", String.valueOf(busy.retryAfterSeconds()));
            return form(campaign, idempotencyKey, busy, model);
        } catch (DomainException refused) {
            response.setStatus(422);
            FormRefusal.show(refused, result);
            return form(campaign, idempotencyKey, null, model);
        }
    }

    /** The uploaded evidence checked before anything is filed, or null when none was chosen; a bad file is a form error. */
    private static Evidence evidence(MultipartFile upload, BindingResult result) throws IOException {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        try {
            return Evidence.of(upload.getOriginalFilename(), upload.getBytes());
        } catch (InvalidFields bad) {
            bad.problems().forEach(p -> result.reject(p.key(), p.args(), p.key()));
            return null;
        }
    }

    private String form(CampaignView campaign, String idempotencyKey, RetryLater busy, Model model) {
        model.addAttribute("campaign", PublicCampaign.of(campaign));
        model.addAttribute("open", campaign.phase() == Campaign.Phase.OPEN);
        model.addAttribute("areas", areas.of(campaign));
        model.addAttribute("idempotencyKey", idempotencyKey);
        model.addAttribute("busy", busy);
        model.addAttribute(
                "choiceSlots",
                java.util.stream.IntStream.range(0, campaign.settings().maxChoices())
                        .boxed()
                        .toList());
        return "admissions/portal/campaign";
    }

    @GetMapping("/tuyen-sinh/{id}/bien-nhan")
    String receipt(@PathVariable long id, Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/tuyen-sinh/tra-cuu";
        }
        model.addAttribute("campaign", PublicCampaign.of(campaigns.find(id)));
        return "admissions/portal/receipt";
    }

    @GetMapping("/tuyen-sinh/tra-cuu")
    String lookupForm() {
        return "admissions/portal/lookup";
    }

    @PostMapping("/tuyen-sinh/tra-cuu")
    String lookup(
            @RequestParam String receiptNumber,
            @RequestParam(required = false) LocalDate birthDate,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("receiptNumber", receiptNumber);
        model.addAttribute("birthDate", birthDate);
        try {
            guard.beforeLookup(request.getRemoteAddr());
        } catch (RetryLater tooMany) {
            response.setStatus(tooMany.status().value());
            model.addAttribute("lookupError", tooMany);
            return "admissions/portal/lookup";
        }
        ApplicationView found = birthDate == null
                ? null
                : applications.lookup(receiptNumber, birthDate).orElse(null);
        if (found == null) {
            guard.lookupFailed(request.getRemoteAddr());
            response.setStatus(404);
            model.addAttribute("notFound", true);
            return "admissions/portal/lookup";
        }
        CampaignView campaign = campaigns.find(found.campaignId());
        model.addAttribute("filed", found);
        model.addAttribute("campaign", PublicCampaign.of(campaign));
        model.addAttribute("open", campaign.phase() == Campaign.Phase.OPEN);
        return "admissions/portal/lookup";
    }

    /** The form of a filed application, to change it; reached only with its receipt and date of birth. */
    @PostMapping("/tuyen-sinh/tra-cuu/sua")
    String editForm(
            @RequestParam String receiptNumber,
            @RequestParam LocalDate birthDate,
            Model model,
            HttpServletRequest request) {
        ApplicationView found =
                guard.lookup(request.getRemoteAddr(), () -> applications.lookup(receiptNumber, birthDate));
        model.addAttribute("form", found.toForm());
        model.addAttribute("receiptNumber", found.receiptNumber());
        return form(campaigns.find(found.campaignId()), null, null, model);
    }

    @PostMapping("/tuyen-sinh/ho-so/{receipt}")
    String change(
            @PathVariable String receipt,
            @ModelAttribute("form") ApplicationForm form,
            BindingResult result,
            @RequestParam(required = false) MultipartFile evidence,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        ApplicationForm compacted = form.compacted();
        Evidence file = evidence(evidence, result);
        ApplicationView found =
                guard.lookup(request.getRemoteAddr(), () -> applications.lookup(receipt, compacted.birthDate()));
        CampaignView campaign = campaigns.find(found.campaignId());
        model.addAttribute("receiptNumber", found.receiptNumber());
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(campaign, null, null, model);
        }
        try {
            ApplicationView changed = guard.submission(request.getRemoteAddr(), () -> {
                ApplicationView saved = applications.change(receipt, compacted.birthDate(), compacted);
                return file == null
                        ? saved
                        : applications.attachEvidence(receipt, compacted.birthDate(), file.fileName(), file.content());
            });
            redirect.addFlashAttribute(
                    "receipt",
                    new Receipt(
                            changed.receiptNumber(),
                            changed.status(),
                            changed.campaignId(),
                            changed.submittedAt(),
                            true));
            redirect.addFlashAttribute("childName", changed.fullName());
            redirect.addFlashAttribute("changed", true);
            return "redirect:/tuyen-sinh/" + campaign.id() + "/bien-nhan";
        } catch (RetryLater busy) {
            response.setStatus(busy.status().value());
            return form(campaign, null, busy, model);
        } catch (DomainException refused) {
            response.setStatus(422);
            FormRefusal.show(refused, result);
            return form(campaign, null, null, model);
        }
    }

    @GetMapping("/tuyen-sinh/{id}/truong/{schoolId}")
    String list(@PathVariable long id, @PathVariable long schoolId, Model model) {
        CampaignView campaign = campaigns.find(id);
        model.addAttribute("campaign", PublicCampaign.of(campaign));
        model.addAttribute(
                "school",
                campaign.settings()
                        .school(schoolId)
                        .orElseThrow(() -> DomainException.notFound("admission.campaign.error.notFound", id)));
        model.addAttribute("applicants", applications.publicList(id, schoolId));
        model.addAttribute("published", campaign.phase() == Campaign.Phase.PUBLISHED);
        return "admissions/portal/list";
    }

    @GetMapping("/tuyen-sinh/{id}/ket-qua")
    String results(@PathVariable long id, Model model) {
        CampaignView campaign = campaigns.find(id);
        model.addAttribute("campaign", PublicCampaign.of(campaign));
        model.addAttribute("run", runs.published(id).orElse(null));
        return "admissions/portal/results";
    }
}
