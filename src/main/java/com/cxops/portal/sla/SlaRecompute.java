package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintHistory;
import com.cxops.portal.complaints.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes complaints' clocks from their recorded history ({@link SlaReplay}) in batches: the histories from the
 * complaints feature's read model, the published statements, the policy targets and calendars read once per run.
 * Shared by the demo data, the large-shop generator and the self-check. A system component: its callers check access.
 */
@Component
class SlaRecompute {

    private final ComplaintHistory histories;
    private final SlaPolicyService policies;
    private final SlaCalendarService calendars;
    private final JdbcTemplate jdbc;

    SlaRecompute(ComplaintHistory histories, SlaPolicyService policies, SlaCalendarService calendars, JdbcTemplate jdbc) {
        this.histories = histories;
        this.policies = policies;
        this.calendars = calendars;
        this.jdbc = jdbc;
    }

    /** One run: policy targets and calendars are read once and kept (a run sees one configuration). */
    final class Run {
        private final Map<String, List<SlaTarget>> targets = new HashMap<>();
        private final Map<Long, BusinessCalendar> calendarCache = new HashMap<>();

        List<ComplaintHistory.History> page(long afterId, Instant from, Instant to, int limit) {
            return histories.page(afterId, from, to, limit);
        }

        List<SlaReplay.Result> replay(List<ComplaintHistory.History> batch) {
            Map<Long, List<Instant>> statements = statements(batch.stream().map(ComplaintHistory.History::complaintId).toList());
            List<SlaReplay.Result> results = new ArrayList<>(batch.size());
            for (ComplaintHistory.History h : batch) {
                SlaReplay.Result r = SlaReplay.replay(h, statements.getOrDefault(h.complaintId(), List.of()),
                        tier -> targets(h, tier), id -> calendarCache.computeIfAbsent(id, calendars::businessCalendar));
                r.clocks().forEach(c -> c.workedBy(h.teamId(), h.assigneeId()));
                results.add(r);
            }
            return results;
        }

        private List<SlaTarget> targets(ComplaintHistory.History h, Tier tier) {
            String layer = h.customerLayer() == null ? null : h.customerLayer().name();
            List<SlaTarget> all = targets.computeIfAbsent(tier + "|" + layer + "|" + h.customerVip(),
                    k -> policies.targetsFor(tier, layer, h.customerVip()));
            return all.stream().filter(t -> SlaRules.applies(t.kind(), tier, h.publicOpinion())).toList();
        }
    }

    Run run() {
        return new Run();
    }

    long count(Instant from, Instant to) {
        return histories.count(from, to);
    }

    List<ComplaintHistory.History> histories(List<Long> ids) {
        return histories.of(ids);
    }

    private Map<Long, List<Instant>> statements(List<Long> ids) {
        Map<Long, List<Instant>> byComplaint = new HashMap<>();
        if (ids.isEmpty()) {
            return byComplaint;
        }
        jdbc.query("SELECT complaint_id, published_at FROM sla_statement WHERE complaint_id IN (" + in(ids) + ") ORDER BY complaint_id, published_at, id",
                rs -> {
                    byComplaint.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(utc(rs, 2));
                });
        return byComplaint;
    }

    static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC). */
    static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
