package com.cxops.portal.notifications;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.config.TriggerTask;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's schedule (a second application context with scheduling on would replace the process-wide security
 * context strategy under the other tests, so the configuration is exercised directly).
 */
class MailSchedulingConfigTest extends SpringTestBase {

    @Autowired
    MailSenderJob job;
    @Autowired
    SettingsService settings;

    @Test
    void mail_sender_runs_again_the_set_interval_after_its_last_run() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new MailSchedulingConfig(job, settings).configureTasks(registrar);
        assertThat(registrar.getTriggerTaskList()).hasSize(1);
        TriggerTask task = registrar.getTriggerTaskList().getFirst();
        Instant lastRun = Instant.parse("2026-11-23T10:00:00Z");
        TriggerContext afterARun = new TriggerContext() {
            @Override
            public Clock getClock() {
                return Clock.fixed(lastRun.plusSeconds(5), ZoneOffset.UTC);
            }

            @Override
            public Instant lastScheduledExecution() {
                return lastRun;
            }

            @Override
            public Instant lastActualExecution() {
                return lastRun;
            }

            @Override
            public Instant lastCompletion() {
                return lastRun;
            }
        };
        assertThat(task.getTrigger().nextExecution(afterARun)).isEqualTo(lastRun.plusSeconds(30));
    }
}
