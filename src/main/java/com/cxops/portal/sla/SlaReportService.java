package com.cxops.portal.sla;

import jakarta.annotation.security.RolesAllowed;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.Tier;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What managers and agents read about service levels: targets at risk, compliance per target and tier, team and
 * agent for a period, the breaches, and the team risk counts. Aggregates run in SQL on the clock table's indexes.
 * Compliance counts targets that started in the period and are decided (met, or breached): met in time / decided.
 */
@Service
@Transactional(readOnly = true)
public class SlaReportService {


    /** Compliance of one group: decided targets, breached ones, and the share met in time (null when none decided). */
    public record Compliance(String group, SlaTargetKind kind, Tier tier, long decided, long breached) {
        public Double percent() {
            return decided == 0 ? null : 100.0 * (decided - breached) / decided;
        }
    }

    /**
     * Compliance of a period three ways: per target and tier (of one team, when one is chosen), per team and per
     * agent (always of all teams), each in the order of its group.
     */
    public record ComplianceReport(List<Compliance> byTarget, List<Compliance> byTeam, List<Compliance> byAgent) {
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
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public Slice<SlaClockRow> atRisk(Long teamId, Pageable pageable) {
        return clocks.atRiskRows(clock.instant().plus(atRiskWindow()), teamId, pageable);
    }

    /**
     * Compliance for targets started in [from, to): per target kind and tier (optionally of one team), per team and
     * per agent the targets were with when they ended ("" for no team / unassigned). One pass over the period's
     * decided targets, grouped by team, agent, kind and tier, read from ix_sla_clock_compliance alone and added up
     * here: a quarter of a large shop holds half a million targets, and a pass per grouping (or one through the
     * team or agent index, with a row lookup per target) cost seconds.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public ComplianceReport compliance(Instant from, Instant to, Long teamId) {
        record Key(SlaTargetKind kind, Tier tier) {
        }
        Comparator<Long> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        Map<Key, long[]> byTarget = new TreeMap<>(Comparator.comparing((Key k) -> k.kind().name()).thenComparing(k -> k.tier().name()));
        Map<Long, long[]> byTeam = new TreeMap<>(nullsFirst);
        Map<Long, long[]> byAgent = new TreeMap<>(nullsFirst);
        jdbc.query("select team_id, assignee_id, kind, tier, count(*) decided, sum(case when breached = true then 1 else 0 end) breached "
                + "from sla_clock where started_at >= ? and started_at < ? and (met_at is not null or breached = true) "
                + "group by team_id, assignee_id, kind, tier", rs -> {
            Long team = rs.getObject(1) == null ? null : rs.getLong(1);
            Long agent = rs.getObject(2) == null ? null : rs.getLong(2);
            long[] counts = {rs.getLong(5), rs.getLong(6)};
            if (teamId == null || teamId.equals(team)) {
                add(byTarget, new Key(SlaTargetKind.valueOf(rs.getString(3)), Tier.valueOf(rs.getString(4))), counts);
            }
            add(byTeam, team, counts);
            add(byAgent, agent, counts);
        }, utc(from), utc(to));
        return new ComplianceReport(
                byTarget.entrySet().stream().map(e -> new Compliance(null, e.getKey().kind(), e.getKey().tier(), e.getValue()[0], e.getValue()[1])).toList(),
                groups(byTeam), groups(byAgent));
    }

    private static <K> void add(Map<K, long[]> totals, K key, long[] counts) {
        long[] t = totals.computeIfAbsent(key, k -> new long[2]);
        t[0] += counts[0];
        t[1] += counts[1];
    }

    private static List<Compliance> groups(Map<Long, long[]> totals) {
        return totals.entrySet().stream().map(e -> new Compliance(e.getKey() == null ? "" : Long.toString(e.getKey()), null, null,
                e.getValue()[0], e.getValue()[1])).toList();
    }

    /**
     * Targets started in [from, to) that breached, latest breach first. The page's ids come from
     * ix_sla_clock_breaches alone, then their rows: sorting every breach of a quarter with its row and complaint
     * took a second on the large shop.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public Slice<SlaClockRow> breaches(Instant from, Instant to, Long teamId, Pageable pageable) {
        Slice<Long> ids = clocks.breachIds(from, to, teamId, pageable);
        if (ids.isEmpty()) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Map<Long, SlaClockRow> rows = new HashMap<>();
        clocks.rows(ids.getContent()).forEach(r -> rows.put(r.clockId(), r));
        return new SliceImpl<>(ids.getContent().stream().map(rows::get).toList(), pageable, ids.hasNext());
    }

    /** Which targets a compliance figure counts: one target and tier, one team, one agent (null: any; "none" flags: without). */
    public record CountedFilter(SlaTargetKind kind, Tier tier, Long teamId, boolean noTeam, Long agentId, boolean unassigned) {
    }

    /**
     * The targets a compliance figure counts (decided targets started in [from, to) of the group), earliest start
     * first, for the dashboard's drill-down: ids from the compliance index, then the page's rows.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public Slice<SlaClockRow> counted(Instant from, Instant to, CountedFilter filter, Pageable pageable) {
        Slice<Long> ids = clocks.countedIds(from, to, filter.kind(), filter.tier(), filter.teamId(), filter.noTeam(), filter.agentId(),
                filter.unassigned(), pageable);
        if (ids.isEmpty()) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Map<Long, SlaClockRow> rows = new HashMap<>();
        clocks.rows(ids.getContent()).forEach(r -> rows.put(r.clockId(), r));
        return new SliceImpl<>(ids.getContent().stream().map(rows::get).toList(), pageable, ids.hasNext());
    }

    /** Team risk at a glance: per team, running targets at risk (due within the window) and overdue. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<TeamRisk> teamRisk() {
        Instant now = clock.instant();
        return jdbc.query("select team_id, sum(case when due_at >= ? then 1 else 0 end) at_risk, sum(case when due_at < ? then 1 else 0 end) overdue "
                        + "from sla_clock where running = true and due_at < ? group by team_id order by team_id",
                (rs, i) -> new TeamRisk(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                utc(now), utc(now), utc(now.plus(atRiskWindow())));
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
