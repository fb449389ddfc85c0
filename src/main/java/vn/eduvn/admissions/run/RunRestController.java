package vn.eduvn.admissions.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.eduvn.admissions.application.ApplicantSheets;
import vn.eduvn.admissions.application.ApplicationView;
import vn.eduvn.admissions.application.Applications;
import vn.eduvn.admissions.application.ScoreImport;
import vn.eduvn.platform.sheets.Downloads;
import vn.eduvn.platform.sheets.ImportMode;

/**
 * What the campaign's officials do after the window closes: scores (from the exam board's sheet or by hand), direct
 * admissions, placement runs (each kept), and publication of one run.
 */
@RestController
class RunRestController {

    private final PlacementRuns runs;

    private final Applications applications;

    private final ScoreImport scores;

    private final ApplicantSheets sheets;

    RunRestController(PlacementRuns runs, Applications applications, ScoreImport scores, ApplicantSheets sheets) {
        this.runs = runs;
        this.applications = applications;
        this.scores = scores;
        this.sheets = sheets;
    }

    record Direct(boolean direct) {}

    @GetMapping("/api/v1/admissions/campaigns/{id}/applications")
    List<ApplicationView> applications(@PathVariable long id) {
        return applications.ofCampaign(id);
    }

    @GetMapping("/api/v1/admissions/campaigns/{id}/applications/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return Downloads.file(sheets.campaign(id), Downloads.XLSX, "ho-so-tuyen-sinh.xlsx");
    }

    /** Imports scores from an .xlsx sheet; {@code mode=valid-rows} imports the good rows when some are bad. */
    @PostMapping("/api/v1/admissions/campaigns/{id}/scores")
    ResponseEntity<ScoreImport.Report> importScores(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all-or-nothing") String mode)
            throws IOException {
        ScoreImport.Report report = scores.importScores(id, file.getInputStream(), ImportMode.of(mode));
        return Downloads.report(report, report.applied());
    }

    @PutMapping("/api/v1/admissions/campaigns/{id}/applications/{applicationId}/scores")
    ApplicationView scores(
            @PathVariable long id, @PathVariable long applicationId, @RequestBody Map<String, BigDecimal> scores) {
        return applications.recordScores(id, applicationId, scores);
    }

    @PutMapping("/api/v1/admissions/campaigns/{id}/applications/{applicationId}/direct-admission")
    ApplicationView direct(@PathVariable long id, @PathVariable long applicationId, @RequestBody Direct direct) {
        return applications.markDirectAdmission(id, applicationId, direct.direct());
    }

    @PostMapping("/api/v1/admissions/campaigns/{id}/placements")
    @ResponseStatus(HttpStatus.CREATED)
    PlacementRun run(@PathVariable long id) {
        return runs.run(id);
    }

    @GetMapping("/api/v1/admissions/campaigns/{id}/placements")
    List<PlacementRun> runs(@PathVariable long id) {
        return runs.runs(id);
    }

    @GetMapping("/api/v1/admissions/campaigns/{id}/placements/{runId}")
    PlacementRun get(@PathVariable long id, @PathVariable long runId) {
        return runs.get(id, runId);
    }

    @PostMapping("/api/v1/admissions/campaigns/{id}/placements/{runId}/publish")
    PlacementRun publish(@PathVariable long id, @PathVariable long runId) {
        return runs.publish(id, runId);
    }
}
