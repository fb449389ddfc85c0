package vn.eduvn.admissions.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.eduvn.admissions.placement.AdmissionProblem.TiePolicy;
import vn.eduvn.platform.FieldProblem;

/**
 * Everything an official decides about a campaign before its window opens: grade and method, the schools and their
 * quotas, the zones (which communes of residence belong to which zone, and which zone each school is in), how many
 * choices and which must be in the home zone, priority groups, how scores add up and how ties are settled, and the
 * calendar. Zones may open later than the campaign, to stagger opening day.
 */
public record CampaignSettings(
        String name,
        int grade,
        int schoolYear,
        Method method,
        int maxChoices,
        ZoneRule zoneRule,
        int lateEntryYears,
        Map<String, BigDecimal> weights,
        List<BigDecimal> choicePremiums,
        BigDecimal minimumTotal,
        TiePolicy tiePolicy,
        List<String> tieBreak,
        Long lotterySeed,
        List<SchoolQuota> schools,
        List<Zone> zones,
        List<PriorityGroup> priorityGroups,
        Instant opensAt,
        Instant closesAt,
        Instant resultsAt) {

    /** How places are decided. */
    public enum Method {
        /** Grades 1 and 6: selection by residence zone; an oversubscribed school draws a public, seeded lottery. */
        ZONED,
        /** Grade 10: entrance exam (thi tuyển). */
        EXAM,
        /** Grade 10: selection on lower-secondary results (xét tuyển), entered as a score. */
        SELECTION,
        /** Grade 10: both (kết hợp). */
        EXAM_AND_SELECTION
    }

    /** Which choices must be schools of the applicant's home zone. */
    public enum ZoneRule {
        /** Every choice (grades 1 and 6). */
        ALL,
        /** Every choice but the last; a single choice may be anywhere (Hanoi's grade-10 rule). */
        ALL_BUT_LAST,
        /** No zone rule. */
        NONE
    }

    public record SchoolQuota(long unitId, String name, int quota, String zone) {}

    /** A zone: its communes of residence (codes of the 2025 administrative units) and, when staggered, its own opening. */
    public record Zone(String code, String name, List<String> areas, Instant opensAt) {}

    public record PriorityGroup(String code, String name, BigDecimal points) {}

    CampaignSettings closingAt(Instant newClosesAt) {
        return new CampaignSettings(
                name,
                grade,
                schoolYear,
                method,
                maxChoices,
                zoneRule,
                lateEntryYears,
                weights,
                choicePremiums,
                minimumTotal,
                tiePolicy,
                tieBreak,
                lotterySeed,
                schools,
                zones,
                priorityGroups,
                opensAt,
                newClosesAt,
                resultsAt);
    }

    /** The age of a child entering the grade, counted by calendar year. */
    public int entryAge() {
        return switch (grade) {
            case 1 -> 6;
            case 6 -> 11;
            default -> 15;
        };
    }

    public Optional<SchoolQuota> school(long unitId) {
        return list(schools).stream().filter(s -> s.unitId() == unitId).findFirst();
    }

    /** The zone a commune of residence belongs to, if any. */
    public Optional<Zone> zoneOf(String areaCode) {
        return list(zones).stream()
                .filter(z -> list(z.areas()).contains(areaCode))
                .findFirst();
    }

    public Optional<PriorityGroup> priorityGroup(String code) {
        return list(priorityGroups).stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** When applications open for a zone: its own opening when staggered, else the campaign's. */
    public Instant opensAt(Zone zone) {
        return zone != null && zone.opensAt() != null ? zone.opensAt() : opensAt;
    }

    /** Every problem of the settings at once (the schools' place in the tree is checked by the caller). */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new FieldProblem("name", "admission.campaign.error.name"));
        }
        if (grade != 1 && grade != 6 && grade != 10) {
            problems.add(new FieldProblem("grade", "admission.campaign.error.grade"));
        }
        if (schoolYear < 2000 || schoolYear > 2100) {
            problems.add(new FieldProblem("schoolYear", "admission.campaign.error.schoolYear"));
        }
        if (method == null || (grade == 10) == (method == Method.ZONED)) {
            problems.add(new FieldProblem("method", "admission.campaign.error.method"));
        }
        if (maxChoices < 1 || maxChoices > 10) {
            problems.add(new FieldProblem("maxChoices", "admission.campaign.error.maxChoices"));
        }
        if (zoneRule == null) {
            problems.add(new FieldProblem("zoneRule", "admission.campaign.error.zoneRule"));
        }
        if (lateEntryYears < 0 || lateEntryYears > 5) {
            problems.add(new FieldProblem("lateEntryYears", "admission.campaign.error.lateEntryYears"));
        }
        if (method != Method.ZONED && method != null) {
            if (weights == null
                    || weights.isEmpty()
                    || weights.values().stream().anyMatch(w -> w == null || w.signum() < 0)) {
                problems.add(new FieldProblem("weights", "admission.error.weights"));
            }
            if (list(choicePremiums).size() < maxChoices
                    || choicePremiums.stream().anyMatch(p -> p == null || p.signum() < 0)) {
                problems.add(new FieldProblem("choicePremiums", "admission.campaign.error.premiums", maxChoices));
            }
            if (tiePolicy == null) {
                problems.add(new FieldProblem("tiePolicy", "admission.error.tiePolicy"));
            }
        }
        if (lotterySeed == null && (method == Method.ZONED || tiePolicy == TiePolicy.TIEBREAK)) {
            problems.add(new FieldProblem("lotterySeed", "admission.error.lotterySeed"));
        }
        Set<Long> seen = new HashSet<>();
        Set<String> zoneCodes = new HashSet<>();
        list(zones).forEach(z -> zoneCodes.add(z.code()));
        List<SchoolQuota> quotas = list(schools);
        if (quotas.isEmpty()) {
            problems.add(new FieldProblem("schools", "admission.campaign.error.noSchool"));
        }
        for (int i = 0; i < quotas.size(); i++) {
            SchoolQuota s = quotas.get(i);
            if (!seen.add(s.unitId())) {
                problems.add(new FieldProblem(
                        "schools[" + i + "].unitId", "admission.campaign.error.repeatedSchool", s.unitId()));
            }
            if (s.quota() < 0) {
                problems.add(
                        new FieldProblem("schools[" + i + "].quota", "admission.error.quota", s.name(), s.quota()));
            }
            if (zoneRule != ZoneRule.NONE && (s.zone() == null || !zoneCodes.contains(s.zone()))) {
                problems.add(new FieldProblem(
                        "schools[" + i + "].zone", "admission.campaign.error.schoolZone", s.name(), s.zone()));
            }
        }
        Set<String> areas = new HashSet<>();
        for (int i = 0; i < list(zones).size(); i++) {
            Zone z = zones.get(i);
            if (z.code() == null || z.code().isBlank()) {
                problems.add(new FieldProblem("zones[" + i + "].code", "admission.campaign.error.zoneCode"));
            }
            for (String area : list(z.areas())) {
                if (!areas.add(area)) {
                    problems.add(
                            new FieldProblem("zones[" + i + "].areas", "admission.campaign.error.areaTwice", area));
                }
            }
        }
        for (int i = 0; i < list(priorityGroups).size(); i++) {
            PriorityGroup g = priorityGroups.get(i);
            if (g.code() == null || g.points() == null || g.points().signum() < 0) {
                problems.add(new FieldProblem("priorityGroups[" + i + "]", "admission.campaign.error.priorityGroup"));
            }
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            problems.add(new FieldProblem("closesAt", "admission.campaign.error.window"));
        }
        return problems;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
