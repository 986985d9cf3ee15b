package com.cxops.portal.operations;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

/** When the health endpoint calls the mail outbox or the SLA monitor degraded. */
@Component
class OperationsSettings implements SettingsContributor {

    static final String OUTBOX_MAX_AGE_MINUTES = "operations.health.outbox-max-age-minutes";
    static final String MONITOR_MAX_LAG_MINUTES = "operations.health.sla-monitor-max-lag-minutes";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(OUTBOX_MAX_AGE_MINUTES, 30, 1, 10080, "Minutes a mail may wait in the outbox before the health check reports the outbox as degraded"),
                SettingDefinition.integer(MONITOR_MAX_LAG_MINUTES, 10, 1, 1440, "Minutes since the SLA monitor's last run after which the health check reports it as degraded"));
    }
}
