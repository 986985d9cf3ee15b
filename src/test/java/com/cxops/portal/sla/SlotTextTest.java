package com.cxops.portal.sla;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotTextTest {

    @Test
    void several_slots_a_day_are_read_in_the_order_typed() {
        assertThat(SlotText.parse("09:00-12:00, 13:00 - 18:00"))
                .containsExactly(TimeSlot.of("09:00", "12:00"), TimeSlot.of("13:00", "18:00"));
    }

    @Test
    void empty_text_is_a_day_off() {
        assertThat(SlotText.parse("  ")).isEmpty();
        assertThat(SlotText.parse(null)).isEmpty();
    }

    @Test
    void midnight_can_be_written_as_24_00() {
        assertThat(SlotText.parse("20:00-24:00")).containsExactly(TimeSlot.of("20:00", "00:00"));
        assertThat(SlotText.format(SlotText.parse("9:00-12:00,20:00-24:00"))).isEqualTo("09:00-12:00, 20:00-24:00");
    }

    @Test
    void text_that_is_not_a_time_range_is_refused() {
        assertThatThrownBy(() -> SlotText.parse("9 to 5")).hasMessage(SlotText.ERROR_FORMAT);
        assertThatThrownBy(() -> SlotText.parse("09:00-25:00")).hasMessage(SlotText.ERROR_FORMAT);
        assertThatThrownBy(() -> SlotText.parse("09:00-12:00-13:00")).hasMessage(SlotText.ERROR_FORMAT);
    }
}
