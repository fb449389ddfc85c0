package vn.eduvn.admissions.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.eduvn.admissions.campaign.CampaignSettings.ZoneRule;

/** Which choices must be schools of the home zone, as Hanoi's grade-10 rule and the zoned grades say. */
class ZoneRuleTest {

    @Test
    void hanoisRuleFreesOnlyTheLastOfSeveralChoicesAndASingleChoice() {
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL_BUT_LAST, 0, 3)).isTrue();
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL_BUT_LAST, 1, 3)).isTrue();
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL_BUT_LAST, 2, 3)).isFalse();
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL_BUT_LAST, 0, 2)).isTrue();
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL_BUT_LAST, 1, 2)).isFalse();
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL_BUT_LAST, 0, 1))
                .as("a single choice may be anywhere")
                .isFalse();
    }

    @Test
    void zonedGradesKeepEveryChoiceAtHomeAndNoRuleKeepsNone() {
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL, 0, 1)).isTrue();
        assertThat(Eligibility.mustBeHome(ZoneRule.ALL, 2, 3)).isTrue();
        assertThat(Eligibility.mustBeHome(ZoneRule.NONE, 0, 3)).isFalse();
    }
}
