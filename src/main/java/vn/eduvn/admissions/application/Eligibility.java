package vn.eduvn.admissions.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.eduvn.admissions.campaign.CampaignSettings;
import vn.eduvn.admissions.campaign.CampaignSettings.SchoolQuota;
import vn.eduvn.admissions.campaign.CampaignSettings.Zone;
import vn.eduvn.admissions.campaign.CampaignSettings.ZoneRule;
import vn.eduvn.org.AdministrativeUnits;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.PersonalIdentifier;

/**
 * Whether a child may apply as the form says, checked at once so that the parent sees every problem before sending:
 * the identifier, the age for the grade (counted by calendar year; older children only with a reason and within the
 * campaign's late-entry years), the commune of residence and its zone, and the choices against the zone rule.
 */
@Component
class Eligibility {

    private static final Pattern PHONE = Pattern.compile("0\\d{9}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AdministrativeUnits areas;

    private final boolean checkIdStructure;

    Eligibility(
            AdministrativeUnits areas,
            @Value("${eduvn.registry.personal-id.check-structure:true}") boolean checkIdStructure) {
        this.areas = areas;
        this.checkIdStructure = checkIdStructure;
    }

    /** Every problem of the form at once (none when the child may apply as the form says). */
    List<FieldProblem> check(CampaignSettings campaign, ApplicationForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        child(campaign, form, problems);
        if (blank(form.residenceArea()) || areas.commune(form.residenceArea()).isEmpty()) {
            problems.add(new FieldProblem("residenceArea", "admission.apply.error.area"));
        } else if (campaign.zoneRule() != ZoneRule.NONE
                && campaign.zoneOf(form.residenceArea()).isEmpty()) {
            problems.add(new FieldProblem("residenceArea", "admission.apply.error.outsideZones"));
        }
        text(problems, "address", form.address(), 300);
        text(problems, "guardianName", form.guardianName(), 100);
        if (blank(form.guardianPhone())
                || !PHONE.matcher(form.guardianPhone().strip()).matches()) {
            problems.add(new FieldProblem("guardianPhone", "admission.apply.error.phone"));
        }
        if (blank(form.guardianEmail())
                || form.guardianEmail().length() > 150
                || !EMAIL.matcher(form.guardianEmail().strip()).matches()) {
            problems.add(new FieldProblem("guardianEmail", "admission.apply.error.email"));
        }
        if (!blank(form.priorityGroup())
                && campaign.priorityGroup(form.priorityGroup()).isEmpty()) {
            problems.add(new FieldProblem("priorityGroup", "admission.apply.error.priorityGroup"));
        }
        choices(campaign, form, problems);
        return problems;
    }

    private void child(CampaignSettings campaign, ApplicationForm form, List<FieldProblem> problems) {
        text(problems, "fullName", form.fullName(), 100);
        if (form.female() == null) {
            problems.add(new FieldProblem("female", "admission.apply.error.sex"));
        }
        if (form.birthDate() == null) {
            problems.add(new FieldProblem("birthDate", "admission.apply.error.birthDate"));
        } else {
            int age = campaign.schoolYear() - form.birthDate().getYear();
            int standardYear = campaign.schoolYear() - campaign.entryAge();
            if (age < campaign.entryAge()) {
                problems.add(new FieldProblem(
                        "birthDate", "admission.apply.error.tooYoung", campaign.grade(), String.valueOf(standardYear)));
            } else if (age > campaign.entryAge() + campaign.lateEntryYears()) {
                problems.add(new FieldProblem(
                        "birthDate",
                        "admission.apply.error.tooOld",
                        campaign.grade(),
                        String.valueOf(standardYear - campaign.lateEntryYears())));
            } else if (age > campaign.entryAge() && blank(form.lateEntryReason())) {
                problems.add(new FieldProblem(
                        "lateEntryReason", "admission.apply.error.lateReason", String.valueOf(standardYear)));
            }
        }
        if (!PersonalIdentifier.hasTwelveDigits(form.personalId())) {
            problems.add(new FieldProblem("personalId", "admission.apply.error.personalId"));
        } else if (checkIdStructure
                && form.birthDate() != null
                && form.female() != null
                && PersonalIdentifier.structureProblem(form.personalId(), form.birthDate(), form.female()) != null) {
            problems.add(new FieldProblem("personalId", "admission.apply.error.personalIdMismatch"));
        }
    }

    private void choices(CampaignSettings campaign, ApplicationForm form, List<FieldProblem> problems) {
        List<Long> choices = form.choices() == null ? List.of() : form.choices();
        if (choices.isEmpty() || choices.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("choices", "admission.apply.error.noChoice"));
            return;
        }
        if (choices.size() > campaign.maxChoices()) {
            problems.add(new FieldProblem("choices", "admission.apply.error.tooManyChoices", campaign.maxChoices()));
        }
        Optional<Zone> home = blank(form.residenceArea()) ? Optional.empty() : campaign.zoneOf(form.residenceArea());
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < choices.size(); k++) {
            String field = "choices[" + k + "]";
            Optional<SchoolQuota> school = campaign.school(choices.get(k));
            if (school.isEmpty()) {
                problems.add(new FieldProblem(field, "admission.apply.error.unknownSchool", k + 1));
            } else if (!seen.add(choices.get(k))) {
                problems.add(new FieldProblem(
                        field,
                        "admission.apply.error.repeatedChoice",
                        k + 1,
                        school.get().name()));
            } else if (mustBeHome(campaign.zoneRule(), k, choices.size())
                    && home.isPresent()
                    && !home.get().code().equals(school.get().zone())) {
                problems.add(new FieldProblem(
                        field,
                        "admission.apply.error.outOfZone",
                        k + 1,
                        school.get().name(),
                        home.get().name()));
            }
        }
    }

    /** Hanoi's rule keeps the last of several choices free; every other choice is in the home zone. */
    static boolean mustBeHome(ZoneRule rule, int rank, int count) {
        return switch (rule) {
            case ALL -> true;
            case ALL_BUT_LAST -> count > 1 && rank < count - 1;
            case NONE -> false;
        };
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value) || value.strip().length() > max) {
            problems.add(new FieldProblem(field, "admission.apply.error.required." + field, max));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
