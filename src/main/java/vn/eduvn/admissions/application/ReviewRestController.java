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

    ReviewRestController(Applications applications) {
        this.applications = applications;
    }

    record Correction(String note) {
    }

    @GetMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications")
    List<ApplicationView> applicants(@PathVariable long schoolId, @PathVariable long campaignId) {
        return applications.ofSchool(campaignId, schoolId);
    }

    @PostMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/verify")
    ApplicationView verify(@PathVariable long schoolId, @PathVariable long campaignId, @PathVariable long applicationId) {
        return applications.verify(campaignId, schoolId, applicationId);
    }

    @PostMapping("/api/v1/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/correction")
    ApplicationView correction(@PathVariable long schoolId, @PathVariable long campaignId,
            @PathVariable long applicationId, @RequestBody Correction correction) {
        return applications.askCorrection(campaignId, schoolId, applicationId, correction.note());
    }
}
