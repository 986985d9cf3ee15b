package com.cxops.portal.sla;

import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.Tier;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What managers and agents read about service levels: targets at risk, compliance per target and tier, team and
 * agent for a period, the breaches, and the team risk counts. Aggregates run in SQL on the clock table's indexes.
 * Compliance counts targets that started in the period and are decided (met, or breached): met in time / decided.
 */
@Service
@Transactional(readOnly = true)
public class SlaReportService {

    static final String READERS = "hasAnyRole('AGENT','MANAGER','EXECUTIVE')";
    static final String MANAGERS = "hasAnyRole('MANAGER','EXECUTIVE')";

    /** Compliance of one group: decided targets, breached ones, and the share met in time (null when none decided). */
    public record Compliance(String group, SlaTargetKind kind, Tier tier, long decided, long breached) {
        public Double percent() {
            return decided == 0 ? null : 100.0 * (decided - breached) / decided;
        }
    }

    /** Per team: running targets due within the at-risk window, and those already overdue. */
    public record TeamRisk(Long teamId, long atRisk, long breached) {
    }

    private final SlaClockRepository clocks;
    private final JdbcTemplate jdbc;
    private final SettingsService settings;
    private final Clock clock;

    SlaReportService(SlaClockRepository clocks, JdbcTemplate jdbc, SettingsService settings, Clock clock) {
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How far ahead a target counts as at risk (a setting). */
    public Duration atRiskWindow() {
        return Duration.ofMinutes(settings.getInt(SlaSettings.AT_RISK_MINUTES));
    }

    /** The compliance target in percent (a setting), shown beside the numbers. */
    public int complianceTarget() {
        return settings.getInt(SlaSettings.COMPLIANCE_TARGET_PERCENT);
    }

    /** Unmet targets due within the at-risk window or already overdue, soonest first (optionally of one team). */
    @PreAuthorize(READERS)
    public Slice<SlaClockRow> atRisk(Long teamId, Pageable pageable) {
        return clocks.atRiskRows(clock.instant().plus(atRiskWindow()), teamId, pageable);
    }

    /** Compliance per target kind and tier for targets started in [from, to), optionally of one team. */
    @PreAuthorize(MANAGERS)
    public List<Compliance> complianceByTarget(Instant from, Instant to, Long teamId) {
        List<Object> args = new ArrayList<>(List.of(utc(from), utc(to)));
        String team = "";
        if (teamId != null) {
            team = " and team_id = ?";
            args.add(teamId);
        }
        return jdbc.query("select kind, tier, count(*) decided, sum(case when breached = true then 1 else 0 end) breached "
                        + "from sla_clock where started_at >= ? and started_at < ? and (met_at is not null or breached = true)" + team
                        + " group by kind, tier order by kind, tier",
                (rs, i) -> new Compliance(null, SlaTargetKind.valueOf(rs.getString(1)), Tier.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4)), args.toArray());
    }

    /** Compliance per team (group = team id, "" for no team). */
    @PreAuthorize(MANAGERS)
    public List<Compliance> complianceByTeam(Instant from, Instant to) {
        return byColumn("team_id", from, to);
    }

    /** Compliance per agent the targets were with when they ended (group = staff id, "" for unassigned). */
    @PreAuthorize(MANAGERS)
    public List<Compliance> complianceByAgent(Instant from, Instant to) {
        return byColumn("assignee_id", from, to);
    }

    /** Targets started in [from, to) that breached, latest breach first. */
    @PreAuthorize(MANAGERS)
    public Slice<SlaClockRow> breaches(Instant from, Instant to, Long teamId, Pageable pageable) {
        return clocks.breachRows(from, to, teamId, pageable);
    }

    /** Team risk at a glance: per team, running targets at risk (due within the window) and overdue. */
    @PreAuthorize(MANAGERS)
    public List<TeamRisk> teamRisk() {
        Instant now = clock.instant();
        return jdbc.query("select team_id, sum(case when due_at >= ? then 1 else 0 end) at_risk, sum(case when due_at < ? then 1 else 0 end) overdue "
                        + "from sla_clock where running = true and due_at < ? group by team_id order by team_id",
                (rs, i) -> new TeamRisk(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                utc(now), utc(now), utc(now.plus(atRiskWindow())));
    }

    private List<Compliance> byColumn(String column, Instant from, Instant to) {
        // column is one of two constants above, never user input
        return jdbc.query("select " + column + ", count(*) decided, sum(case when breached = true then 1 else 0 end) breached "
                        + "from sla_clock where started_at >= ? and started_at < ? and (met_at is not null or breached = true) "
                        + "group by " + column + " order by " + column,
                (rs, i) -> new Compliance(rs.getObject(1) == null ? "" : Long.toString(rs.getLong(1)), null, null, rs.getLong(2), rs.getLong(3)),
                utc(from), utc(to));
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
