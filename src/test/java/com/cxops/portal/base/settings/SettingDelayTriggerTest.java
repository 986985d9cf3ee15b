package com.cxops.portal.base.settings;

import com.cxops.portal.SpringTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.support.SimpleTriggerContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SettingDelayTriggerTest extends SpringTestBase {

    @Autowired
    SettingsService settings;

    private static final String KEY = "sla.monitor.interval-seconds";

    @Test
    void the_first_run_comes_one_set_delay_after_the_start_and_each_next_one_after_the_last_completion() {
        Instant start = Instant.parse("2046-03-01T08:00:00Z");
        SettingDelayTrigger trigger = new SettingDelayTrigger(settings, KEY);
        int seconds = settings.getInt(KEY);

        SimpleTriggerContext fresh = new SimpleTriggerContext(Clock.fixed(start, ZoneOffset.UTC));
        assertThat(trigger.nextExecution(fresh)).isEqualTo(start.plusSeconds(seconds));

        SimpleTriggerContext afterARun = new SimpleTriggerContext(Clock.fixed(start.plusSeconds(500), ZoneOffset.UTC));
        Instant completed = start.plusSeconds(400);
        afterARun.update(start.plusSeconds(390), start.plusSeconds(390), completed);
        assertThat(trigger.nextExecution(afterARun)).isEqualTo(completed.plusSeconds(seconds));
    }

    private Setting setting() {
        return settings.list(KEY).stream().filter(s -> s.getKey().equals(KEY)).findFirst().orElseThrow();
    }

    @Test
    void a_changed_setting_applies_to_the_next_planned_run_without_a_restart() {
        actAsNew(com.cxops.portal.base.Role.ADMIN);
        int before = settings.getInt(KEY);
        SettingDelayTrigger trigger = new SettingDelayTrigger(settings, KEY);
        Instant start = Instant.parse("2046-03-02T08:00:00Z");
        SimpleTriggerContext fresh = new SimpleTriggerContext(Clock.fixed(start, ZoneOffset.UTC));
        Setting changed = settings.update(KEY, String.valueOf(before + 7), setting().getVersion());
        try {
            assertThat(trigger.nextExecution(fresh)).isEqualTo(start.plusSeconds(before + 7));
        } finally {
            settings.update(KEY, String.valueOf(before), changed.getVersion());
        }
    }
}
