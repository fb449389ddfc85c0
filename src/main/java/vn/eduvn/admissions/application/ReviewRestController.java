package vn.eduvn.admissions.application;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A school's review of the applicants who put it first: verified, or a correction asked of the parent. */
@RestController
class ReviewRestController {

    private final Applications applications;

    private final ApplicantSheets sheets;

    ReviewRestController(Applications applications, ApplicantSheets sheets) {
        this.applications = applications;
        this.sheets = sheets;
    }

    record Correction(String note) {}

    @GetMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications")
    List<ApplicationView> applicants(@PathVariable long schoolId, @PathVariable long campaignId) {
        return applications.ofSchool(campaignId, schoolId);
    }

    @GetMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications/export")
    org.springframework.http.ResponseEntity<byte[]> export(@PathVariable long schoolId, @PathVariable long campaignId) {
        return vn.eduvn.platform.sheets.Downloads.file(
                sheets.school(campaignId, schoolId), vn.eduvn.platform.sheets.Downloads.XLSX, "ho-so-tuyen-sinh.xlsx");
    }

    @GetMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/evidence")
    org.springframework.http.ResponseEntity<byte[]> evidence(
            @PathVariable long schoolId, @PathVariable long campaignId, @PathVariable long applicationId) {
        return EvidenceDownload.of(applications.evidence(campaignId, schoolId, applicationId));
    }

    @PostMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/verify")
    ApplicationView verify(
            @PathVariable long schoolId, @PathVariable long campaignId, @PathVariable long applicationId) {
        return applications.verify(campaignId, schoolId, applicationId);
    }

    @PostMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/correction")
    ApplicationView correction(
            @PathVariable long schoolId,
            @PathVariable long campaignId,
            @PathVariable long applicationId,
            @RequestBody Correction correction) {
        return applications.askCorrection(campaignId, schoolId, applicationId, correction.note());
    }
}
