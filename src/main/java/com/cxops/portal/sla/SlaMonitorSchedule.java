package com.cxops.portal.sla;

import com.cxops.portal.base.settings.SettingDelayTrigger;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the SLA monitor with a fixed delay read from a setting before every run (an administrator's change applies
 * without a restart). Off when portal.scheduling.enabled=false (tests call {@link SlaMonitor#tick()}).
 */
@Configuration
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true")
class SlaMonitorSchedule implements SchedulingConfigurer {

    private final SlaMonitor monitor;
    private final SettingsService settings;

    SlaMonitorSchedule(SlaMonitor monitor, SettingsService settings) {
        this.monitor = monitor;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(monitor::scheduledTick, new SettingDelayTrigger(settings, SlaSettings.MONITOR_INTERVAL_SECONDS));
    }
}
