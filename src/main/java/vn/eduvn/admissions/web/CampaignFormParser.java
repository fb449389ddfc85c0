package vn.eduvn.admissions.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import vn.eduvn.admissions.campaign.CampaignSettings;
import vn.eduvn.admissions.campaign.CampaignSettings.Method;
import vn.eduvn.admissions.campaign.CampaignSettings.PriorityGroup;
import vn.eduvn.admissions.campaign.CampaignSettings.SchoolQuota;
import vn.eduvn.admissions.campaign.CampaignSettings.Zone;
import vn.eduvn.admissions.campaign.CampaignSettings.ZoneRule;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;
import vn.eduvn.platform.FieldProblem;
import vn.eduvn.platform.InvalidFields;
import vn.eduvn.platform.web.Dates;

/**
 * Reads the campaign form as an official fills it: plain fields, the checked schools with their quota and zone, and
 * three short text areas a clerk can type without training — zones as {@code VT | Tuyến Vũ Tiên | 13279, 13282}
 * (and, to stagger opening day, {@code | 2027-06-12T07:00} for the zone's own opening),
 * priority groups as {@code UT1 | Nhóm 1 | 2}, papers as {@code TOAN=1; NGU_VAN=1}. Every unreadable value is named.
 */
final class CampaignFormParser {

    private final MultiValueMap<String, String> form;

    private final List<FieldProblem> problems = new ArrayList<>();

    private CampaignFormParser(MultiValueMap<String, String> form) {
        this.form = form;
    }

    static CampaignSettings parse(MultiValueMap<String, String> form) {
        CampaignFormParser p = new CampaignFormParser(form);
        CampaignSettings settings = p.settings();
        if (!p.problems.isEmpty()) {
            throw new InvalidFields(p.problems);
        }
        return settings;
    }

    private CampaignSettings settings() {
        int grade = integer("grade", 6);
        Method method = grade == 10 ? enumOf(Method.class, "method", Method.EXAM) : Method.ZONED;
        List<SchoolQuota> schools = new ArrayList<>();
        for (String id : form.getOrDefault("school", List.of())) {
            schools.add(new SchoolQuota(Long.parseLong(id), null, integer("quota_" + id, -1), text("zone_" + id)));
        }
        return new CampaignSettings(
                text("name"),
                grade,
                integer("schoolYear", 0),
                method,
                integer("maxChoices", 1),
                enumOf(ZoneRule.class, "zoneRule", ZoneRule.ALL),
                integer("lateEntryYears", 0),
                method == Method.ZONED ? Map.of() : weights(),
                method == Method.ZONED ? List.of() : premiums(),
                BigDecimal.ZERO,
                enumOf(TiePolicy.class, "tiePolicy", TiePolicy.ALL_OR_NONE),
                list(text("tieBreak"), ","),
                longOrNull("lotterySeed"),
                schools,
                zones(),
                priorityGroups(),
                instant("opensAt"),
                instant("closesAt"),
                null);
    }

    private Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String pair : list(text("weights"), ";")) {
            String[] kv = pair.split("=");
            BigDecimal w = kv.length == 2 ? decimal(kv[1]) : null;
            if (w == null) {
                problems.add(new FieldProblem("weights", "admission.page.error.weights", pair));
            } else {
                weights.put(kv[0].strip(), w);
            }
        }
        return weights;
    }

    private List<BigDecimal> premiums() {
        List<BigDecimal> premiums = new ArrayList<>();
        for (String p : list(text("choicePremiums"), ";")) {
            BigDecimal value = decimal(p);
            if (value == null) {
                problems.add(new FieldProblem("choicePremiums", "admission.page.error.number", p));
            } else {
                premiums.add(value);
            }
        }
        return premiums;
    }

    private List<Zone> zones() {
        List<Zone> zones = new ArrayList<>();
        for (String line : lines("zones")) {
            String[] parts = line.split("\\|");
            if (parts.length != 3 && parts.length != 4) {
                problems.add(new FieldProblem("zones", "admission.page.error.zoneLine", line));
            } else {
                zones.add(new Zone(
                        parts[0].strip(),
                        parts[1].strip(),
                        list(parts[2], ","),
                        parts.length == 4 ? zoneOpening(parts[3].strip()) : null));
            }
        }
        return zones;
    }

    private List<PriorityGroup> priorityGroups() {
        List<PriorityGroup> groups = new ArrayList<>();
        for (String line : lines("priorityGroups")) {
            String[] parts = line.split("\\|");
            BigDecimal points = parts.length == 3 ? decimal(parts[2]) : null;
            if (points == null) {
                problems.add(new FieldProblem("priorityGroups", "admission.page.error.priorityLine", line));
            } else {
                groups.add(new PriorityGroup(parts[0].strip(), parts[1].strip(), points));
            }
        }
        return groups;
    }

    /** A zone's own opening time, to stagger opening day by zone. */
    private Instant zoneOpening(String value) {
        try {
            return LocalDateTime.parse(value).atZone(Dates.VIETNAM).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem("zones", "admission.page.error.dateTime", value));
            return null;
        }
    }

    private String text(String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<String> lines(String field) {
        String value = text(field);
        return value == null
                ? List.of()
                : Arrays.stream(value.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    private static List<String> list(String value, String separator) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(separator))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private int integer(String field, int fallback) {
        String value = text(field);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "admission.page.error.number", value));
            return fallback;
        }
    }

    private Long longOrNull(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "admission.page.error.number", value));
            return null;
        }
    }

    private static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private <E extends Enum<E>> E enumOf(Class<E> type, String field, E fallback) {
        String value = text(field);
        try {
            return value == null ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "admission.page.error.choice", value));
            return fallback;
        }
    }

    private Instant instant(String field) {
        String value = text(field);
        try {
            return value == null
                    ? null
                    : LocalDateTime.parse(value).atZone(Dates.VIETNAM).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem(field, "admission.page.error.dateTime", value));
            return null;
        }
    }
}
