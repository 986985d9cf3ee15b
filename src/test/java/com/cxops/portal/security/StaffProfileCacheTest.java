package com.cxops.portal.security;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StaffProfileCacheTest extends SpringTestBase {

    @Autowired
    StaffProfileCache profiles;
    @Autowired
    JdbcTemplate jdbc;

    private void rename(String username, String name) {
        jdbc.update("UPDATE staff_member SET display_name = ? WHERE username = ?", name, username);
    }

    private String name(String username) {
        return profiles.get(username).orElseThrow().displayName();
    }

    @Test
    void a_name_changed_behind_the_portals_back_shows_once_the_time_to_live_is_over_and_an_eviction_shows_it_at_once() {
        String user = unique("h6-p");
        long id = testStaff.ensure(user, Role.AGENT).getId();
        clock.set(Instant.parse("2046-05-01T08:00:00Z"));
        profiles.evict(user);
        String first = name(user);

        rename(user, "h6 Renamed");
        assertThat(name(user)).isEqualTo(first);
        clock.advance(StaffProfileCache.TTL.minusSeconds(1));
        assertThat(name(user)).isEqualTo(first);
        assertThat(profiles.get(id).orElseThrow().displayName()).isEqualTo(first);
        clock.advance(Duration.ofSeconds(2));
        assertThat(name(user)).isEqualTo("h6 Renamed");

        rename(user, "h6 Again");
        assertThat(name(user)).isEqualTo("h6 Renamed");
        profiles.evict(user);
        assertThat(name(user)).isEqualTo("h6 Again");
        assertThat(profiles.get(id).orElseThrow().displayName()).isEqualTo("h6 Again");
    }

    @Test
    void an_entry_read_at_a_later_time_than_the_clock_shows_is_read_again() {
        String user = unique("h6-p");
        testStaff.ensure(user, Role.AGENT);
        Instant t = Instant.parse("2046-05-01T09:00:00Z");
        clock.set(t);
        profiles.evict(user);
        name(user);
        rename(user, "h6 Earlier");
        clock.set(t.minusSeconds(5));
        assertThat(name(user)).isEqualTo("h6 Earlier");
    }

    @Test
    void a_name_that_is_nobodys_is_remembered_as_such_until_the_time_to_live_is_over() {
        clock.set(Instant.parse("2046-05-01T10:00:00Z"));
        String nobody = unique("h6-n");
        assertThat(profiles.get(nobody)).isEmpty();
        testStaff.ensure(nobody, Role.AGENT);
        assertThat(profiles.get(nobody)).isEmpty();
        clock.advance(StaffProfileCache.TTL.plusSeconds(1));
        assertThat(profiles.get(nobody)).isPresent();
    }
}
