package com.cxops.portal.notifications;

import com.cxops.portal.base.settings.SettingDelayTrigger;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the mail sender with a fixed delay read from a setting before every run (so an administrator's change
 * applies without a restart). Off when portal.scheduling.enabled=false (tests). ShedLock keeps it to one node.
 */
@Configuration
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true")
class MailSchedulingConfig implements SchedulingConfigurer {

    private final MailSenderJob job;
    private final SettingsService settings;

    MailSchedulingConfig(MailSenderJob job, SettingsService settings) {
        this.job = job;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(job::scheduledRun, new SettingDelayTrigger(settings, NotificationSettings.SENDER_INTERVAL_SECONDS));
    }
}
