package com.cxops.portal.base.ui;

import com.cxops.portal.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SlaBadgeTest {

    private static final TranslationProvider I18N = new TranslationProvider();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static SlaBadge.Display badge(Instant due, Instant warn, Instant paused, Locale locale) {
        return SlaBadge.display(due, warn, paused, NOW, SHANGHAI, locale, I18N);
    }

    @Test
    void time_left_before_the_warning_point_is_neutral() {
        SlaBadge.Display d = badge(NOW.plus(Duration.ofMinutes(80)), NOW.plus(Duration.ofMinutes(20)), null, Locale.ENGLISH);
        assertThat(d.text()).isEqualTo("1 h 20 m left");
        assertThat(d.tone()).isEqualTo(SlaBadge.Tone.NEUTRAL);
    }

    @Test
    void time_left_past_the_warning_point_is_in_the_warning_colour() {
        SlaBadge.Display d = badge(NOW.plus(Duration.ofMinutes(12)), NOW.minus(Duration.ofMinutes(5)), null, Locale.ENGLISH);
        assertThat(d.text()).isEqualTo("12 m left");
        assertThat(d.tone()).isEqualTo(SlaBadge.Tone.WARNING);
    }

    @Test
    void exactly_at_the_warning_point_it_turns_to_warning() {
        assertThat(badge(NOW.plus(Duration.ofMinutes(30)), NOW, null, Locale.ENGLISH).tone()).isEqualTo(SlaBadge.Tone.WARNING);
    }

    @Test
    void past_the_due_instant_it_is_overdue_in_the_error_colour() {
        SlaBadge.Display d = badge(NOW.minus(Duration.ofMinutes(35)), NOW.minus(Duration.ofHours(1)), null, Locale.ENGLISH);
        assertThat(d.text()).isEqualTo("Overdue 35 m");
        assertThat(d.tone()).isEqualTo(SlaBadge.Tone.ERROR);
    }

    @Test
    void exactly_at_the_due_instant_it_is_overdue() {
        SlaBadge.Display d = badge(NOW, null, null, Locale.ENGLISH);
        assertThat(d.text()).isEqualTo("Overdue 0 m");
        assertThat(d.tone()).isEqualTo(SlaBadge.Tone.ERROR);
    }

    @Test
    void long_spans_show_days_and_hours() {
        assertThat(badge(NOW.plus(Duration.ofHours(51).plusMinutes(59)), null, null, Locale.ENGLISH).text()).isEqualTo("2 d 3 h left");
    }

    @Test
    void a_paused_clock_shows_paused_with_its_start_in_the_readers_zone() {
        SlaBadge.Display d = badge(null, null, Instant.parse("2026-03-02T01:30:00Z"), Locale.ENGLISH);
        assertThat(d.text()).isEqualTo("Paused since " + com.cxops.portal.base.i18n.Formats.dateTime(
                Instant.parse("2026-03-02T01:30:00Z"), SHANGHAI, Locale.ENGLISH)).contains("9:30");
        assertThat(d.tone()).isEqualTo(SlaBadge.Tone.NEUTRAL);
    }

    @Test
    void nothing_due_shows_nothing() {
        assertThat(badge(null, null, null, Locale.ENGLISH).text()).isEmpty();
    }

    @Test
    void chinese_readers_get_chinese_words() {
        assertThat(badge(NOW.plus(Duration.ofMinutes(80)), null, null, Locale.SIMPLIFIED_CHINESE).text()).isEqualTo("剩余 1 小时 20 分钟");
        assertThat(badge(NOW.minus(Duration.ofMinutes(35)), null, null, Locale.SIMPLIFIED_CHINESE).text()).isEqualTo("已超时 35 分钟");
    }

    @Test
    void the_component_carries_the_tone_as_a_class() {
        SlaBadge.Display d = badge(NOW.minus(Duration.ofMinutes(35)), null, null, Locale.ENGLISH);
        var span = SlaBadge.create(d, NOW.minus(Duration.ofMinutes(35)), SHANGHAI, Locale.ENGLISH);
        assertThat(span.getClassNames()).contains("cx-badge", "error");
        assertThat(span.getText()).isEqualTo("Overdue 35 m");
    }

    @Test
    void the_grid_renderer_sends_the_same_badge_to_the_browser() {
        Instant due = NOW.minus(Duration.ofMinutes(35));
        var renderer = SlaBadge.<Instant>renderer(d -> badge(d, null, null, Locale.ENGLISH), d -> d, SHANGHAI, Locale.ENGLISH);
        String html = com.cxops.portal.LitHtml.of(renderer, due);
        assertThat(html).isEqualTo("<span class=\"cx-badge cx-sla error\" title=\""
                + com.cxops.portal.base.i18n.Formats.dateTime(due, SHANGHAI, Locale.ENGLISH) + "\">Overdue 35 m</span>");
        String none = com.cxops.portal.LitHtml.of(renderer, (Instant) null);
        assertThat(none).isEqualTo("<span class=\"\" title=\"\"></span>");
    }
}
