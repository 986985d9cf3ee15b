package com.cxops.portal.concierge;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OccasionRulesTest {

    private static final LocalDate LEAP_BIRTHDAY = LocalDate.of(2000, 2, 29);

    @Test
    void a_29_february_birthday_is_kept_on_28_february_in_other_years() {
        assertThat(OccasionRules.inYear(LEAP_BIRTHDAY, 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(OccasionRules.fallsOn(LEAP_BIRTHDAY, LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(OccasionRules.fallsOn(LEAP_BIRTHDAY, LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void in_a_leap_year_a_29_february_birthday_is_on_29_february_only() {
        assertThat(OccasionRules.fallsOn(LEAP_BIRTHDAY, LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(OccasionRules.fallsOn(LEAP_BIRTHDAY, LocalDate.of(2028, 2, 28))).isFalse();
    }

    @Test
    void an_anniversary_starts_in_the_year_after() {
        LocalDate registered = LocalDate.of(2026, 5, 4);
        assertThat(OccasionRules.fallsOn(registered, registered)).isFalse();
        assertThat(OccasionRules.fallsOn(registered, LocalDate.of(2027, 5, 4))).isTrue();
        assertThat(OccasionRules.next(registered, LocalDate.of(2026, 6, 1))).contains(LocalDate.of(2027, 5, 4));
    }

    @Test
    void next_occasion_wraps_over_the_year_end() {
        assertThat(OccasionRules.next(LocalDate.of(1980, 1, 2), LocalDate.of(2026, 12, 30))).contains(LocalDate.of(2027, 1, 2));
        assertThat(OccasionRules.next(LocalDate.of(1980, 12, 30), LocalDate.of(2026, 12, 30))).contains(LocalDate.of(2026, 12, 30));
        assertThat(OccasionRules.next(null, LocalDate.of(2026, 12, 30))).isEmpty();
    }
}
