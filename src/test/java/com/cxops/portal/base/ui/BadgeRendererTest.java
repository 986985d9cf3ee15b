package com.cxops.portal.base.ui;

import com.cxops.portal.LitHtml;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeRendererTest {

    @Test
    void a_row_gets_its_word_in_a_badge_of_its_tone() {
        var renderer = BadgeRenderer.<String>of(word -> word, word -> word.equals("Overdue") ? "error" : "neutral");
        assertThat(LitHtml.of(renderer, "Overdue")).isEqualTo("<span class=\"cx-badge error\">Overdue</span>");
        assertThat(LitHtml.of(renderer, "Normal")).isEqualTo("<span class=\"cx-badge neutral\">Normal</span>");
    }

    @Test
    void a_row_without_a_word_shows_no_coloured_empty_badge() {
        var renderer = BadgeRenderer.<String>of(word -> word, word -> "cx-layer-vip");
        assertThat(LitHtml.of(renderer, "")).isEqualTo("<span class=\"\"></span>");
    }
}
