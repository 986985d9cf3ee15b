package com.cxops.portal.sla;

import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class SlaSettings implements SettingsContributor {

    static final String ROSTER_LOOKAHEAD_DAYS = "sla.roster.lookahead-days";
    static final String MAX_TARGET_DAYS = "sla.policy.max-target-days";
    static final String MONITOR_INTERVAL_SECONDS = "sla.monitor.interval-seconds";
    static final String MONITOR_BATCH = "sla.monitor.batch-size";
    static final String MONITOR_MAX_BATCHES = "sla.monitor.max-batches";
    static final String AT_RISK_MINUTES = "sla.at-risk.minutes";
    static final String COMPLIANCE_TARGET_PERCENT = "sla.compliance.target-percent";
    static final String MONITOR_DIGEST_THRESHOLD = "sla.monitor.digest-threshold";
    static final String SELF_CHECK_MAX_DIFFERENCES = "sla.self-check.max-differences";
    static final String CALENDAR_IMPORT_MAX_KB = "sla.calendar.import-max-kb";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(ROSTER_LOOKAHEAD_DAYS, 14, 1, 366, "Days ahead in which the duty roster is checked for times with nobody on duty"),
                SettingDefinition.integer(MAX_TARGET_DAYS, 90, 1, 3650, "Longest service-level target an administrator can set, in days"),
                SettingDefinition.integer(MONITOR_INTERVAL_SECONDS, 60, 5, 3600, "Seconds between two runs of the service-level monitor"),
                SettingDefinition.integer(MONITOR_BATCH, 200, 1, 10000, "Targets the service-level monitor escalates per batch"),
                SettingDefinition.integer(MONITOR_MAX_BATCHES, 50, 1, 10000, "Batches the service-level monitor runs at most per tick (the rest waits for the next)"),
                SettingDefinition.integer(MONITOR_DIGEST_THRESHOLD, 10, 1, 10000, "Warnings and breaches for one person in one monitor run above which they get one digest instead (executive alerts are never digested)"),
                SettingDefinition.integer(AT_RISK_MINUTES, 60, 1, 10080, "Targets due within this many minutes count as at risk"),
                SettingDefinition.integer(COMPLIANCE_TARGET_PERCENT, 95, 1, 100, "Share of service-level targets to meet in time (percent), shown on the dashboard"),
                SettingDefinition.integer(SELF_CHECK_MAX_DIFFERENCES, 1000, 1, 100000, "Differences the SLA data check lists at most (it counts on beyond)"),
                SettingDefinition.integer(CALENDAR_IMPORT_MAX_KB, 1024, 1, 102400, "Largest iCalendar (.ics) holiday file a calendar import accepts, in KB"));
    }
}
