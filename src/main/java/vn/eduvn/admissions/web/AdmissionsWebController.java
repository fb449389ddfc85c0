package vn.eduvn.admissions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.eduvn.admissions.campaign.CampaignView;
import vn.eduvn.admissions.campaign.Campaigns;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;
import vn.eduvn.platform.Access;
import vn.eduvn.platform.DomainException;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.Grant;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.Role;

/**
 * The admissions home of staff: an official's campaigns and the form to create one; a school's campaigns with a
 * link to the list of its applicants.
 */
@Controller
class AdmissionsWebController {

    private final Campaigns campaigns;

    private final Units units;

    private final Access access;

    AdmissionsWebController(Campaigns campaigns, Units units, Access access) {
        this.campaigns = campaigns;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/admissions")
    String campaigns(Model model) {
        return page(model, null, List.of());
    }

    @PostMapping("/admissions")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        try {
            long owner = Long.parseLong(form.getFirst("ownerUnitId"));
            CampaignView created = campaigns.create(owner, CampaignFormParser.parse(form));
            return "redirect:/admissions/" + created.id();
        } catch (InvalidFields invalid) {
            response.setStatus(422);
            return page(model, form, invalid.problems());
        } catch (DomainException refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            response.setStatus(422);
            return page(model, form, List.of(new FieldProblem("form", refused.messageKey(), refused.args())));
        } catch (NumberFormatException noOwner) {
            response.setStatus(422);
            return page(model, form, List.of(new FieldProblem("ownerUnitId", "admission.page.error.owner")));
        }
    }

    /** What a new grade-6 campaign starts from; the official changes what differs. */
    private static java.util.Map<String, String> defaults() {
        return java.util.Map.of(
                "grade",
                "6",
                "maxChoices",
                "1",
                "zoneRule",
                "ALL",
                "lateEntryYears",
                "3",
                "weights",
                "TOAN=1; NGU_VAN=1; NGOAI_NGU=1",
                "choicePremiums",
                "0; 1; 2",
                "tieBreak",
                "TOAN, NGU_VAN",
                "schoolYear",
                String.valueOf(java.time.Year.now().getValue() + 1));
    }

    private String page(Model model, MultiValueMap<String, String> form, List<FieldProblem> problems) {
        List<Grant> official = access.grants(Role.DEPARTMENT_OFFICIAL, Role.SYSTEM_ADMIN);
        List<CampaignView> visible = campaigns.visible();
        model.addAttribute("campaigns", visible);
        model.addAttribute("official", !official.isEmpty());
        model.addAttribute("owners", official);
        model.addAttribute(
                "mySchools",
                units.visible().stream()
                        .filter(u -> "SCHOOL".equals(u.typeCode()))
                        .filter(u -> access.reaches(u.path(), Role.PRINCIPAL, Role.CLERK))
                        .toList());
        model.addAttribute(
                "schools",
                official.isEmpty()
                        ? List.<UnitView>of()
                        : units.visible().stream()
                                .filter(u -> "SCHOOL".equals(u.typeCode()))
                                .toList());
        model.addAttribute("v", form == null ? defaults() : form.toSingleValueMap());
        model.addAttribute("checked", form == null ? List.of() : form.getOrDefault("school", List.of()));
        model.addAttribute("problems", problems);
        return "admissions/campaigns";
    }
}
