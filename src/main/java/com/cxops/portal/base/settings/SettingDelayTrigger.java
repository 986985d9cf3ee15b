package com.cxops.portal.base.settings;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;

import java.time.Instant;

/**
 * A fixed delay between runs read from a setting (in seconds) each time the next run is planned, so an administrator's
 * change applies without a restart. The first run comes one delay after the start. Used by every job whose interval
 * is a setting (the SLA monitor, the mail sender) instead of each writing the same trigger.
 */
public final class SettingDelayTrigger implements Trigger {

    private final SettingsService settings;
    private final String secondsKey;

    public SettingDelayTrigger(SettingsService settings, String secondsKey) {
        this.settings = settings;
        this.secondsKey = secondsKey;
    }

    @Override
    public Instant nextExecution(TriggerContext context) {
        Instant last = context.lastCompletion();
        Instant from = last != null ? last : context.getClock().instant();
        return from.plusSeconds(settings.getInt(secondsKey));
    }
}
