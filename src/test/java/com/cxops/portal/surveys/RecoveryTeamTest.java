package com.cxops.portal.surveys;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.tasks.TaskPools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The customer-recovery team is a team that exists: a missing one is refused when set, and one removed after it was
 * chosen sends follow-ups where they would go with none set.
 */
class RecoveryTeamTest extends SurveyTestSupport {

    @AfterEach
    void noRecoveryTeam() {
        // the setting is shared by every test of the run
        setting(SurveySettings.RECOVERY_TEAM, "0");
    }

    private String pool(String token) {
        long invitationId = jdbc.queryForObject("SELECT id FROM survey_invitation WHERE token_hash = ?", Long.class, SurveyTokens.hash(token));
        Long taskId = answers.findByInvitationId(invitationId).orElseThrow().getFollowUpTaskId();
        return jdbc.queryForObject("SELECT pool FROM task WHERE id = ?", String.class, taskId);
    }

    private long storedRecoveryTeam() {
        return Long.parseLong(jdbc.queryForObject("SELECT setting_value FROM setting WHERE setting_key = ?", String.class,
                SurveySettings.RECOVERY_TEAM));
    }

    @Test
    void a_team_that_does_not_exist_is_refused_with_a_message_and_nothing_changes() {
        long before = storedRecoveryTeam();
        long missing = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM team", Long.class);
        assertThatThrownBy(() -> setting(SurveySettings.RECOVERY_TEAM, Long.toString(missing)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.getFieldErrors()).containsEntry("value", "surveys.settings.error.recovery-team"));
        assertThat(storedRecoveryTeam()).isEqualTo(before);
    }

    @Test
    void follow_ups_go_to_the_recovery_team_and_to_the_fallback_once_the_team_is_removed() {
        clock.set(Instant.parse("2041-05-02T08:00:00Z"));
        Team team = team(null);
        setting(SurveySettings.RECOVERY_TEAM, Long.toString(team.getId()));
        actAsNew(Role.ADMIN);
        assertThat(settingsService.choices(SurveySettings.RECOVERY_TEAM))
                .anySatisfy(c -> {
                    assertThat(c.value()).isEqualTo(Long.toString(team.getId()));
                    assertThat(c.label()).isEqualTo(team.getName());
                });

        String first = sentNps(customer());
        publicSurveys.answer(first, "3", "no call back", "en", "10.41.0.1");
        assertThat(pool(first)).isEqualTo(TaskPools.team(team.getId()));

        // the team is removed behind the portal's back (it has no members and no complaints)
        jdbc.update("DELETE FROM team_member WHERE team_id = ?", team.getId());
        jdbc.update("DELETE FROM team WHERE id = ?", team.getId());
        clock.set(Instant.parse("2041-05-03T08:00:00Z"));
        String second = sentNps(customer());
        publicSurveys.answer(second, "1", null, "en", "10.41.0.1");
        // an NPS answer has no complaint team: the concierge pool, as with no recovery team set
        assertThat(pool(second)).isEqualTo(TaskPools.CONCIERGE);
    }
}
