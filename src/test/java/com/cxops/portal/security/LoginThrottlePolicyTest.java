package com.cxops.portal.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Failures at the given minutes after T0, newest first as the repository gives them. */
    private static List<Instant> failuresAt(int... minutes) {
        List<Instant> list = new ArrayList<>();
        for (int i = minutes.length - 1; i >= 0; i--) {
            list.add(T0.plus(Duration.ofMinutes(minutes[i])));
        }
        return list;
    }

    @Test
    void four_failures_do_not_lock() {
        assertThat(policy.lockedUntil(failuresAt(0, 1, 2, 3), T0.plusSeconds(240))).isEmpty();
    }

    @Test
    void the_fifth_failure_within_fifteen_minutes_locks_for_fifteen_minutes_from_it() {
        assertThat(policy.lockedUntil(failuresAt(0, 1, 2, 3, 4), T0.plus(Duration.ofMinutes(5))))
                .contains(T0.plus(Duration.ofMinutes(19)));
    }

    @Test
    void five_failures_spread_over_exactly_fifteen_minutes_do_not_lock() {
        assertThat(policy.lockedUntil(failuresAt(0, 4, 8, 12, 15), T0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void five_failures_just_inside_the_window_lock() {
        List<Instant> failures = failuresAt(4, 8, 12, 14);
        failures.add(T0.plusSeconds(1));
        assertThat(policy.lockedUntil(failures, T0.plus(Duration.ofMinutes(14)))).isPresent();
    }

    @Test
    void the_lock_ends_after_the_lockout() {
        assertThat(policy.lockedUntil(failuresAt(0, 1, 2, 3, 4), T0.plus(Duration.ofMinutes(19)))).isEmpty();
        assertThat(policy.lockedUntil(failuresAt(0, 1, 2, 3, 4), T0.plus(Duration.ofMinutes(19)).minusMillis(1))).isPresent();
    }

    @Test
    void an_older_burst_no_longer_locks_once_its_lockout_passed() {
        assertThat(policy.lockedUntil(failuresAt(0, 1, 2, 3, 4, 40), T0.plus(Duration.ofMinutes(41)))).isEmpty();
    }

    @Test
    void lookback_covers_window_and_lockout() {
        assertThat(policy.lookback()).isEqualTo(Duration.ofMinutes(30));
    }
}
