package com.cxops.portal.operations;

import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.sla.SlaMonitor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * When the SLA monitor last started, on whichever node: read from the job lock's table, which ShedLock writes with
 * the database's UTC time, so every node reports the same cluster-wide lag. A monitor that has not run for longer
 * than a setting is DEGRADED (warnings and breaches are late), unless scheduling is off on purpose.
 */
@Component("slaMonitorHealthIndicator")
class SlaMonitorHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final SettingsService settings;
    private final Clock clock;
    private final boolean schedulingEnabled;

    SlaMonitorHealth(DataSource dataSource, SettingsService settings, Clock clock,
                     @Value("${portal.scheduling.enabled:true}") boolean schedulingEnabled) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.settings = settings;
        this.clock = clock;
        this.schedulingEnabled = schedulingEnabled;
    }

    @Override
    public Health health() {
        if (!schedulingEnabled) {
            return Health.unknown().withDetail("scheduling", "off").build();
        }
        final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        final List<Timestamp> lastStarts = jdbc.query("SELECT locked_at FROM shedlock WHERE name = ?",
                (row, i) -> row.getTimestamp(1, utc), SlaMonitor.LOCK);
        if (lastStarts.isEmpty()) {
            return Health.status(OperationsHealth.DEGRADED).withDetail("lastRun", "never").build();
        }
        final Instant lastStart = lastStarts.getFirst().toInstant();
        final Duration lag = Duration.between(lastStart, clock.instant());
        final Health.Builder health = lag.toMinutes() > settings.getInt(OperationsSettings.MONITOR_MAX_LAG_MINUTES)
                ? Health.status(OperationsHealth.DEGRADED) : Health.up();
        return health.withDetail("lastRun", lastStart.toString()).withDetail("lagSeconds", lag.toSeconds()).build();
    }
}
