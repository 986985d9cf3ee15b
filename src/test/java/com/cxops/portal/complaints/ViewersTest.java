package com.cxops.portal.complaints;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ViewersTest extends SpringTestBase {

    @Autowired
    Viewers viewers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_team_joined_behind_the_portals_back_counts_after_the_time_limit_and_a_team_change_counts_at_once() {
        String agent = unique("h6-v");
        long id = testStaff.ensure(agent, Role.AGENT).getId();
        String teamName = "h6-team " + agent;
        jdbc.update("INSERT INTO team (name, version) VALUES (?, 0)", teamName);
        long team = jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, teamName);
        clock.set(Instant.parse("2046-05-02T08:00:00Z"));
        actAs(agent, Role.AGENT);
        viewers.forgetAll();
        assertThat(viewers.current().teamIds()).isEmpty();

        jdbc.update("INSERT INTO team_member (team_id, staff_id) VALUES (?, ?)", team, id);
        assertThat(viewers.current().teamIds()).isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(viewers.current().teamIds()).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(viewers.current().teamIds()).containsExactly(team);

        jdbc.update("UPDATE team SET lead_id = ? WHERE id = ?", id, team);
        assertThat(viewers.current().lead()).isFalse();
        viewers.forgetAll();
        assertThat(viewers.current().lead()).isTrue();
    }

    @Test
    void a_viewer_read_at_a_later_time_than_the_clock_shows_is_read_again() {
        String agent = unique("h6-v");
        long id = testStaff.ensure(agent, Role.AGENT).getId();
        String teamName = "h6-team " + agent;
        jdbc.update("INSERT INTO team (name, version) VALUES (?, 0)", teamName);
        long team = jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, teamName);
        Instant t = Instant.parse("2046-05-02T09:00:00Z");
        clock.set(t);
        actAs(agent, Role.AGENT);
        viewers.forgetAll();
        assertThat(viewers.current().teamIds()).isEmpty();
        jdbc.update("INSERT INTO team_member (team_id, staff_id) VALUES (?, ?)", team, id);
        clock.set(t.minusSeconds(5));
        assertThat(viewers.current().teamIds()).containsExactly(team);
    }
}
