package vn.eduvn.admissions.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.admissions.application.ApplicantSheets;
import vn.eduvn.admissions.application.Applications;
import vn.eduvn.admissions.application.EvidenceDownload;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.platform.sheets.Downloads;
import vn.eduvn.platform.web.FormRefusal;

/** A school's review of the children who put it first: verify, or ask the parent for a correction with a note. */
@Controller
class ReviewWebController {

    private final Campaigns campaigns;

    private final Applications applications;

    private final ApplicantSheets sheets;

    ReviewWebController(Campaigns campaigns, Applications applications, ApplicantSheets sheets) {
        this.campaigns = campaigns;
        this.applications = applications;
        this.sheets = sheets;
    }

    @GetMapping("/schools/{schoolId}/admissions/{campaignId}/export")
    ResponseEntity<byte[]> export(@PathVariable long schoolId, @PathVariable long campaignId) {
        return Downloads.file(sheets.school(campaignId, schoolId), Downloads.XLSX, "ho-so-tuyen-sinh.xlsx");
    }

    @GetMapping("/schools/{schoolId}/admissions/{campaignId}")
    String applicants(@PathVariable long schoolId, @PathVariable long campaignId, Model model) {
        model.addAttribute("applicants", applications.ofSchool(campaignId, schoolId));
        var campaign = campaigns.find(campaignId);
        model.addAttribute("campaign", campaign);
        model.addAttribute("school", campaign.settings().school(schoolId).orElseThrow());
        return "admissions/review";
    }

    @GetMapping("/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/evidence")
    ResponseEntity<byte[]> evidence(
            @PathVariable long schoolId, @PathVariable long campaignId, @PathVariable long applicationId) {
        return EvidenceDownload.of(applications.evidence(campaignId, schoolId, applicationId));
    }

    @PostMapping("/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/verify")
    String verify(
            @PathVariable long schoolId,
            @PathVariable long campaignId,
            @PathVariable long applicationId,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect, "admission.page.verified", () -> applications.verify(campaignId, schoolId, applicationId));
        return "redirect:/schools/" + schoolId + "/admissions/" + campaignId;
    }

    @PostMapping("/schools/{schoolId}/admissions/{campaignId}/applications/{applicationId}/correction")
    String correction(
            @PathVariable long schoolId,
            @PathVariable long campaignId,
            @PathVariable long applicationId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect,
                "admission.page.correctionAsked",
                () -> applications.askCorrection(campaignId, schoolId, applicationId, note));
        return "redirect:/schools/" + schoolId + "/admissions/" + campaignId;
    }
}
