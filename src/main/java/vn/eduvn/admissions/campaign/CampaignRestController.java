package vn.eduvn.admissions.campaign;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns for the officials who run them (a Department, or a commune for grades 1 and 6). */
@RestController
class CampaignRestController {

    private final Campaigns campaigns;

    CampaignRestController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    record Calendar(Instant closesAt) {}

    /** Creates a campaign owned by {@code unitId}, the official's Department or commune. */
    @PostMapping("/api/v1/admissions/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView create(@RequestParam long unitId, @RequestBody CampaignSettings settings) {
        return campaigns.create(unitId, settings);
    }

    @GetMapping("/api/v1/admissions/campaigns")
    List<CampaignView> list() {
        return campaigns.visible();
    }

    @GetMapping("/api/v1/admissions/campaigns/{id}")
    CampaignView get(@PathVariable long id) {
        return campaigns.managedView(id);
    }

    /** Changes the settings; refused once the window has opened. */
    @PutMapping("/api/v1/admissions/campaigns/{id}")
    CampaignView change(@PathVariable long id, @RequestBody CampaignSettings settings) {
        return campaigns.change(id, settings);
    }

    /** Moves the closing time (an extension on a jammed opening day), until results are published. */
    @PutMapping("/api/v1/admissions/campaigns/{id}/calendar")
    CampaignView reschedule(@PathVariable long id, @RequestBody Calendar calendar) {
        return campaigns.reschedule(id, calendar.closesAt());
    }
}
