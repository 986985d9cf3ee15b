package com.cxops.portal.surveys;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-30T10:00:00Z");
    private static final Duration QUIET = Duration.ofDays(30);

    @Test
    void quiet_period_ends_at_exactly_n_days() {
        assertThat(SurveyRules.refusal(false, "a@b.c", NOW.minus(Duration.ofDays(30)), NOW, QUIET, false)).isEmpty();
        assertThat(SurveyRules.refusal(false, "a@b.c", NOW.minus(Duration.ofDays(30)).plusNanos(1000), NOW, QUIET, false))
                .contains(SkipReason.QUIET_PERIOD);
        assertThat(SurveyRules.refusal(false, "a@b.c", null, NOW, QUIET, false)).isEmpty();
    }

    @Test
    void an_urgent_csat_may_break_the_quiet_period_but_never_an_opt_out() {
        assertThat(SurveyRules.refusal(false, "a@b.c", NOW.minus(Duration.ofDays(1)), NOW, QUIET, true)).isEmpty();
        assertThat(SurveyRules.refusal(true, "a@b.c", null, NOW, QUIET, true)).contains(SkipReason.OPTED_OUT);
    }

    @Test
    void opted_out_and_no_email_are_refused() {
        assertThat(SurveyRules.refusal(true, "a@b.c", null, NOW, QUIET, false)).contains(SkipReason.OPTED_OUT);
        assertThat(SurveyRules.refusal(false, " ", null, NOW, QUIET, false)).contains(SkipReason.NO_EMAIL);
        assertThat(SurveyRules.refusal(false, null, null, NOW, QUIET, false)).contains(SkipReason.NO_EMAIL);
    }

    @Test
    void page_shows_the_first_name_at_most() {
        assertThat(SurveyRules.firstName("Anna Smith")).isEqualTo("Anna");
        assertThat(SurveyRules.firstName("张伟")).isEmpty();
        assertThat(SurveyRules.firstName(null)).isEmpty();
    }

    @Test
    void tokens_carry_256_random_bits_and_are_stored_as_a_hash() {
        String a = SurveyTokens.newToken();
        String b = SurveyTokens.newToken();
        assertThat(a).hasSize(SurveyTokens.LENGTH).isNotEqualTo(b);
        assertThat(SurveyTokens.wellFormed(a)).isTrue();
        assertThat(SurveyTokens.hash(a)).hasSize(64).isNotEqualTo(a).isEqualTo(SurveyTokens.hash(a));
        assertThat(SurveyTokens.wellFormed(a + "x")).isFalse();
        assertThat(SurveyTokens.wellFormed("<script>" + a.substring(8))).isFalse();
        assertThat(SurveyTokens.wellFormed(null)).isFalse();
    }

    @Test
    void comments_are_tagged_with_themes_in_both_languages() {
        List<ThemeMatcher.Theme> themes = List.of(
                new ThemeMatcher.Theme("delivery", ThemeMatcher.split("late, Courier，快递")),
                new ThemeMatcher.Theme("price", ThemeMatcher.split("expensive,贵")));
        assertThat(ThemeMatcher.match("The COURIER was late", themes)).isEqualTo(Set.of("delivery"));
        assertThat(ThemeMatcher.match("快递太慢，而且太贵了", themes)).containsExactly("delivery", "price");
        assertThat(ThemeMatcher.match("all good", themes)).isEmpty();
        assertThat(ThemeMatcher.match(null, themes)).isEmpty();
    }
}
