package com.cxops.portal.customers;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class LayerJobTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void next_run_is_today_when_the_time_is_still_ahead() {
        // 2026-11-23 01:00 in Shanghai
        Instant after = Instant.parse("2026-11-22T17:00:00Z");
        assertThat(LayerJob.next(after, LocalTime.of(2, 30), SHANGHAI)).isEqualTo(Instant.parse("2026-11-22T18:30:00Z"));
    }

    @Test
    void next_run_is_tomorrow_once_the_time_has_passed() {
        Instant after = Instant.parse("2026-11-22T18:30:00Z"); // exactly 02:30 in Shanghai: just ran
        assertThat(LayerJob.next(after, LocalTime.of(2, 30), SHANGHAI)).isEqualTo(Instant.parse("2026-11-23T18:30:00Z"));
    }
}
