package com.cxops.portal.customers;

import com.cxops.portal.base.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.config.TriggerTask;

import java.time.Clock;
import java.time.ZoneOffset;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

    @Test
    void the_schedule_reads_the_time_and_zone_settings_when_it_plans_the_next_run() {
        SettingsService settings = mock(SettingsService.class);
        when(settings.getTime(CustomerSettings.RECOMPUTE_TIME)).thenReturn(LocalTime.of(3, 15));
        when(settings.get(CustomerSettings.RECOMPUTE_ZONE)).thenReturn("Asia/Shanghai");
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new LayerJob.Schedule(mock(LayerJob.class), settings, clock).configureTasks(registrar);

        TriggerTask task = registrar.getTriggerTaskList().getFirst();
        TriggerContext first = mock(TriggerContext.class);
        assertThat(task.getTrigger().nextExecution(first)).isEqualTo(Instant.parse("2026-11-22T19:15:00Z"));
    }
}
