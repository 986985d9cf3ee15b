package com.cxops.portal.customers;

import com.cxops.portal.base.settings.SettingsService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The nightly layer recomputation. Its time of day is a setting, so instead of a fixed {@code @Scheduled} cron the
 * trigger reads the setting each time it plans the next run: a change takes effect from the next night on.
 */
@Component
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true")
class LayerJob {

    private final LayerRecomputation recomputation;

    LayerJob(LayerRecomputation recomputation) {
        this.recomputation = recomputation;
    }

    @SchedulerLock(name = LayerRecomputation.LOCK, lockAtMostFor = "PT2H")
    public void nightly() {
        recomputation.run((done, total) -> { });
    }

    /** The next run: today's setting time in the setting zone if still ahead, else tomorrow's. */
    static Instant next(Instant after, java.time.LocalTime time, ZoneId zone) {
        ZonedDateTime candidate = after.atZone(zone).with(time).withNano(0);
        if (!candidate.toInstant().isAfter(after)) {
            candidate = candidate.plusDays(1).with(time);
        }
        return candidate.toInstant();
    }

    @Configuration
    @ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true")
    static class Schedule implements SchedulingConfigurer {

        private final LayerJob job;
        private final SettingsService settings;
        private final Clock clock;

        Schedule(LayerJob job, SettingsService settings, Clock clock) {
            this.job = job;
            this.settings = settings;
            this.clock = clock;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addTriggerTask(job::nightly, context -> {
                Instant last = context.lastCompletion();
                Instant after = last == null ? clock.instant() : last;
                return next(after, CustomerSettings.recomputeTime(settings), CustomerSettings.recomputeZone(settings));
            });
        }
    }
}
