package vn.eduvn.admissions.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.eduvn.admissions.application.ApplicantSheets;
import vn.eduvn.admissions.application.Applications;
import vn.eduvn.admissions.application.ScoreImport;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.admissions.run.PlacementRuns;
import vn.eduvn.platform.sheets.Downloads;
import vn.eduvn.platform.sheets.ImportMode;
import vn.eduvn.platform.web.Dates;
import vn.eduvn.platform.web.FormRefusal;

/**
 * A campaign as its officials run it after creating it: the calendar, applications by status, scores from the exam
 * board's sheet, placement runs with cut-offs, admitted per choice and empty seats, and publication.
 */
@Controller
class CampaignWebController {

    private final Campaigns campaigns;

    private final Applications applications;

    private final PlacementRuns runs;

    private final ScoreImport scores;

    private final ApplicantSheets sheets;

    CampaignWebController(
            Campaigns campaigns,
            Applications applications,
            PlacementRuns runs,
            ScoreImport scores,
            ApplicantSheets sheets) {
        this.campaigns = campaigns;
        this.applications = applications;
        this.runs = runs;
        this.scores = scores;
        this.sheets = sheets;
    }

    @GetMapping("/admissions/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return Downloads.file(sheets.campaign(id), Downloads.XLSX, "ho-so-tuyen-sinh.xlsx");
    }

    @GetMapping("/admissions/{id}")
    String campaign(@PathVariable long id, Model model) {
        CampaignView campaign = campaigns.managedView(id);
        Map<String, Long> byStatus = applications.countByStatus(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute(
                "total", byStatus.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("runs", runs.runs(id));
        model.addAttribute(
                "schoolNames",
                campaign.settings().schools().stream()
                        .collect(Collectors.toMap(s -> String.valueOf(s.unitId()), s -> s.name(), (a, b) -> a)));
        model.addAttribute("closesAt", LocalDateTime.ofInstant(campaign.closesAt(), Dates.VIETNAM));
        return "admissions/campaign";
    }

    @PostMapping("/admissions/{id}/calendar")
    String reschedule(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
            RedirectAttributes redirect) {
        FormRefusal.attempt(
                redirect,
                "admission.page.rescheduled",
                () -> campaigns.reschedule(id, closesAt.atZone(Dates.VIETNAM).toInstant()));
        return "redirect:/admissions/" + id;
    }

    @PostMapping("/admissions/{id}/scores")
    String importScores(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode,
            RedirectAttributes redirect)
            throws IOException {
        ScoreImport.Report report = scores.importScores(id, file.getInputStream(), ImportMode.of(mode));
        redirect.addFlashAttribute("report", report);
        return "redirect:/admissions/" + id;
    }

    @PostMapping("/admissions/{id}/placements")
    String run(@PathVariable long id, RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "admission.page.placed", () -> runs.run(id));
        return "redirect:/admissions/" + id;
    }

    @PostMapping("/admissions/{id}/placements/{runId}/publish")
    String publish(@PathVariable long id, @PathVariable long runId, RedirectAttributes redirect) {
        FormRefusal.attempt(redirect, "admission.page.published", () -> runs.publish(id, runId));
        return "redirect:/admissions/" + id;
    }
}
