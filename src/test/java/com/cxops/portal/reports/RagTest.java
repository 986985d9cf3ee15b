package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.Direction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RagTest {

    static final BigDecimal FIVE = new BigDecimal("5");

    static Rag rag(String value, String target, Direction d) {
        return Rag.of(value == null ? null : new BigDecimal(value), target == null ? null : new BigDecimal(target), d, FIVE);
    }

    @Test
    void higher_is_better_meets_at_or_above_the_target_and_is_amber_within_the_tolerance() {
        assertThat(rag("90", "90", Direction.HIGHER_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(rag("95.5", "90", Direction.HIGHER_BETTER)).isEqualTo(Rag.GREEN);
        // 5 % of 90 = 4.5: 85.5 is amber, 85.4 red
        assertThat(rag("85.5", "90", Direction.HIGHER_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(rag("85.4", "90", Direction.HIGHER_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void lower_is_better_meets_at_or_below_the_target() {
        assertThat(rag("30", "30", Direction.LOWER_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(rag("12", "30", Direction.LOWER_BETTER)).isEqualTo(Rag.GREEN);
        // 5 % of 30 = 1.5: 31.5 amber, 31.6 red
        assertThat(rag("31.5", "30", Direction.LOWER_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(rag("31.6", "30", Direction.LOWER_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void no_status_without_a_value_a_target_or_a_direction() {
        assertThat(rag(null, "30", Direction.LOWER_BETTER)).isNull();
        assertThat(rag("30", null, Direction.LOWER_BETTER)).isNull();
        assertThat(rag("30", "30", Direction.NONE)).isNull();
    }

    @Test
    void a_negative_target_uses_its_absolute_value_for_the_tolerance() {
        // NPS target -10, higher better: 5 % of 10 = 0.5 -> -10.5 amber, -11 red
        assertThat(rag("-10.5", "-10", Direction.HIGHER_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(rag("-11", "-10", Direction.HIGHER_BETTER)).isEqualTo(Rag.RED);
    }
}
