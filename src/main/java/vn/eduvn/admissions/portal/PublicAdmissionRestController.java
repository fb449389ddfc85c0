package vn.eduvn.admissions.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.eduvn.admissions.application.ApplicationForm;
import vn.eduvn.admissions.application.ApplicationView;
import vn.eduvn.admissions.application.Applications;
import vn.eduvn.admissions.application.PublicApplicant;
import vn.eduvn.admissions.application.Receipt;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.admissions.run.PlacementRun;
import vn.eduvn.admissions.run.PlacementRuns;
import vn.eduvn.platform.DomainException;

/**
 * The public side of admissions, with no sign-in: campaigns, filing an application (idempotent with the
 * {@code Idempotency-Key} header), looking it up with the receipt and the child's date of birth, changing it while
 * the window is open, and the public lists.
 */
@RestController
class PublicAdmissionRestController {

    private final Campaigns campaigns;

    private final Applications applications;

    private final PortalGuard guard;

    private final PlacementRuns runs;

    PublicAdmissionRestController(
            Campaigns campaigns, Applications applications, PortalGuard guard, PlacementRuns runs) {
        this.campaigns = campaigns;
        this.applications = applications;
        this.guard = guard;
        this.runs = runs;
    }

    /** What a parent types to find an application: the receipt number and the child's date of birth. */
    record Lookup(String receiptNumber, LocalDate birthDate) {}

    @GetMapping("/api/v1/public/admissions/campaigns")
    List<PublicCampaign> campaigns() {
        return campaigns.all().stream().map(PublicCampaign::of).toList();
    }

    @GetMapping("/api/v1/public/admissions/campaigns/{id}")
    PublicCampaign campaign(@PathVariable long id) {
        return PublicCampaign.of(campaigns.find(id));
    }

    /** Files an application: 201 with the receipt; the same key again answers the same receipt. */
    @PostMapping("/api/v1/public/admissions/campaigns/{id}/applications")
    ResponseEntity<Receipt> apply(
            @PathVariable long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody ApplicationForm form,
            HttpServletRequest request) {
        Receipt receipt = guard.submission(request.getRemoteAddr(), () -> applications.submit(id, key, form));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
                .body(receipt);
    }

    @PostMapping("/api/v1/public/admissions/lookup")
    ApplicationView lookup(@RequestBody Lookup lookup, HttpServletRequest request) {
        return guard.lookup(
                request.getRemoteAddr(), () -> applications.lookup(lookup.receiptNumber(), lookup.birthDate()));
    }

    /** Changes an application; the body is the whole form again, with the child's identifier and date of birth. */
    @PutMapping("/api/v1/public/admissions/applications/{receipt}")
    ApplicationView change(
            @PathVariable String receipt, @RequestBody ApplicationForm form, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        guard.lookup(address, () -> applications.lookup(receipt, form.birthDate()));
        return guard.submission(address, () -> applications.change(receipt, form.birthDate(), form));
    }

    /** Evidence of residence for a filed application: a PDF, JPEG or PNG of at most 5 MB, with the date of birth. */
    @PostMapping("/api/v1/public/admissions/applications/{receipt}/evidence")
    ApplicationView evidence(
            @PathVariable String receipt,
            @org.springframework.web.bind.annotation.RequestParam LocalDate birthDate,
            @org.springframework.web.bind.annotation.RequestParam("file")
                    org.springframework.web.multipart.MultipartFile file,
            HttpServletRequest request)
            throws java.io.IOException {
        String address = request.getRemoteAddr();
        guard.lookup(address, () -> applications.lookup(receipt, birthDate));
        byte[] content = file.getBytes();
        return guard.submission(
                address, () -> applications.attachEvidence(receipt, birthDate, file.getOriginalFilename(), content));
    }

    @GetMapping("/api/v1/public/admissions/campaigns/{id}/results")
    PublicResults results(@PathVariable long id) {
        CampaignView campaign = campaigns.find(id);
        PlacementRun run =
                runs.published(id).orElseThrow(() -> DomainException.notFound("admission.results.notPublished"));
        return new PublicResults(
                id,
                campaign.name(),
                campaign.publishedAt(),
                run.lotterySeed(),
                run.schools().stream()
                        .map(s -> new PublicResults.School(
                                s.unitId(), s.name(), s.quota(), s.admitted(), s.cutoff(), s.emptySeats()))
                        .toList());
    }

    @GetMapping("/api/v1/public/admissions/campaigns/{id}/schools/{schoolId}/applicants")
    List<PublicApplicant> applicants(@PathVariable long id, @PathVariable long schoolId) {
        return applications.publicList(id, schoolId);
    }
}
