package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.complaints.ComplaintSlaService;
import com.cxops.portal.complaints.SlaFacts;
import com.cxops.portal.notifications.NotificationTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The monitor's breaches and warnings a page at a time: the page is found, escalated and marked in one transaction
 * with its writes in bulk (escalation rows, the clocks' marks, the pending alerts and the audit rows each one JDBC
 * batch), then the complaints' SLA summaries in a second one for the page (as {@link SlaClockService} writes them
 * after the complaint's commit, so a summary never holds clock and complaint rows in the order that could deadlock).
 * <p>
 * Exactly once as one at a time: the escalation rows already there are read first and not written again; when another
 * node inserts the same row in between, the batch fails on the unique key, is rolled back whole, and its targets go
 * one at a time through {@link SlaEscalator}, insert-first. Executive escalations, and targets whose complaint is
 * gone, always go that way.
 */
@Component
class SlaEscalationBatch {

    static final String INSERT = "insert into sla_escalation (complaint_id, kind, cycle, level, outcome, recipients, created_at) "
            + "values (?, ?, ?, ?, ?, ?, ?)";

    private static final Logger log = LoggerFactory.getLogger(SlaEscalationBatch.class);

    private final SlaClockRepository clocks;
    private final SlaClockService clockService;
    private final ComplaintSlaService complaints;
    private final SlaRecipients recipients;
    private final SlaEscalator one;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final com.cxops.portal.complaints.ComplaintKpiStore kept;

    SlaEscalationBatch(SlaClockRepository clocks, SlaClockService clockService, ComplaintSlaService complaints,
                       SlaRecipients recipients, SlaEscalator one, AuditTrail audit, JdbcTemplate jdbc,
                       PlatformTransactionManager transactions, com.cxops.portal.complaints.ComplaintKpiStore kept) {
        this.clocks = clocks;
        this.clockService = clockService;
        this.complaints = complaints;
        this.recipients = recipients;
        this.one = one;
        this.audit = audit;
        this.jdbc = jdbc;
        this.kept = kept;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The recipients column: the usernames joined, cut to the column. */
    static String recipients(List<String> to) {
        String who = String.join(",", to);
        return who.length() > 2000 ? who.substring(0, 2000) : who;
    }

    /** What a page left to do after its commit: summaries to write, clocks to escalate one at a time. */
    private record Done(Set<Long> summaries, List<Long> single) {
    }

    /** One page of the breaches due (soonest first, at most {@code batch}); returns how many the page held. */
    int breaches(Instant now, int batch, SlaEscalator.Counts counts, SlaAlerts.Tick told) {
        return page(() -> clocks.breachesDue(now, PageRequest.of(0, batch)), (page, mine) -> breachAll(page, now, mine, told), counts,
                id -> one.breach(id, now, counts, told));
    }

    /** One page of the warnings due (soonest first, at most {@code batch}); returns how many the page held. */
    int warnings(Instant now, int batch, SlaEscalator.Counts counts, SlaAlerts.Tick told) {
        return page(() -> clocks.warningsDue(now, PageRequest.of(0, batch)), (page, mine) -> warnAll(page, now, mine, told), counts,
                id -> one.warn(id, now, counts, told));
    }

    private interface Escalation {
        Done apply(List<SlaClock> page, SlaEscalator.Counts mine);
    }

    private int page(java.util.function.Supplier<List<SlaClock>> query, Escalation escalate, SlaEscalator.Counts counts, LongConsumer single) {
        List<Long> found = new ArrayList<>();
        SlaEscalator.Counts mine = new SlaEscalator.Counts();
        Done done;
        try {
            done = tx.execute(s -> {
                List<SlaClock> page = query.get();
                page.forEach(c -> found.add(c.getId()));
                return escalate.apply(page, mine);
            });
        } catch (DataAccessException | TransactionException e) {
            // e.g. another node escalated one of them in between: this page one target at a time, insert-first
            log.info("SLA escalations of {} targets one at a time: {}", found.size(), e.getMessage());
            found.forEach(id -> alone(id, single));
            return found.size();
        }
        counts.add(mine);
        if (!done.summaries().isEmpty()) {
            try {
                tx.executeWithoutResult(s -> clockService.syncSummaries(done.summaries()));
            } catch (DataAccessException | TransactionException e) {
                done.summaries().forEach(id -> {
                    try {
                        tx.executeWithoutResult(s -> clockService.syncSummary(id));
                    } catch (DataAccessException | TransactionException again) {
                        log.warn("SLA summary of complaint {} not written: {}", id, again.getMessage());
                    }
                });
            }
        }
        done.single().forEach(id -> alone(id, single));
        return found.size();
    }

    private static void alone(long clockId, LongConsumer single) {
        try {
            single.accept(clockId);
        } catch (DataAccessException | TransactionException e) {
            // e.g. a lock wait with another node; the constraint keeps it once, the next tick retries
            log.warn("SLA escalation of clock {} deferred: {}", clockId, e.getMessage());
        }
    }

    private Done breachAll(List<SlaClock> page, Instant now, SlaEscalator.Counts mine, SlaAlerts.Tick told) {
        List<SlaClock> due = page.stream().filter(c -> c.isBreachPending() && c.getDueAt() != null && !c.getDueAt().isAfter(now)).toList();
        Map<Long, SlaFacts> facts = complaints.slaFacts(due.stream().map(SlaClock::getComplaintId).distinct().toList());
        List<Long> single = new ArrayList<>();
        List<SlaClock> batch = new ArrayList<>();
        for (SlaClock c : due) {
            // executive escalations are told at once and never digested: one at a time, as ever
            if (c.getKind() == SlaTargetKind.EXECUTIVE_ACK || !facts.containsKey(c.getComplaintId())) {
                single.add(c.getId());
            } else {
                batch.add(c);
            }
        }
        Set<String> existing = escalations(batch).keySet();
        SlaRecipients.Batch who = recipients.batch();
        List<Object[]> rows = new ArrayList<>();
        List<SlaClock> raised = new ArrayList<>();
        Map<Long, List<String>> to = new HashMap<>();
        for (SlaClock c : batch) {
            if (c.isWarnPending() && !existing.contains(key(c, SlaMonitor.WARNING))) {
                rows.add(row(c, SlaMonitor.WARNING, SlaMonitor.SKIPPED, List.of(), now));
                mine.skipped++;
            }
            if (!existing.contains(key(c, SlaMonitor.BREACH))) {
                to.put(c.getId(), who.breach(facts.get(c.getComplaintId())));
                rows.add(row(c, SlaMonitor.BREACH, SlaMonitor.SENT, to.get(c.getId()), now));
                raised.add(c);
            }
        }
        jdbc.batchUpdate(INSERT, rows);
        jdbc.batchUpdate("update sla_clock set breach_pending = false, warn_pending = false, breached = true, breached_at = due_at "
                + "where id = ? and cycle = ? and breach_pending = true", batch.stream().map(c -> new Object[]{c.getId(), c.getCycle()}).toList());
        // plain SQL: the kept compliance figures of these clocks' periods are counted again
        batch.stream().map(SlaClock::getStartedAt).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder())
                .ifPresent(kept::changed);
        Map<String, Long> ids = escalations(raised);
        told.addAll(raised.stream().map(c -> new SlaAlerts.Raised(to.get(c.getId()), ids.get(key(c, SlaMonitor.BREACH)),
                SlaAlerts.Alert.of(NotificationTypes.SLA_BREACH, "notification.sla.breach-about", facts.get(c.getComplaintId()), c))).toList());
        audit.recordAllAs("system", raised.stream().map(c -> new AuditTrail.Entry("SLA_BREACHED", "Complaint", c.getComplaintId(),
                AuditDetails.of("audit.detail.escalated", AuditDetails.label(c.getKind().messageKey()), c.getDueAt(),
                        to.get(c.getId()).stream().map(AuditDetails::person).toList()))).toList());
        mine.breaches += raised.size();
        Set<Long> summaries = new LinkedHashSet<>();
        raised.forEach(c -> summaries.add(c.getComplaintId()));
        return new Done(summaries, single);
    }

    private Done warnAll(List<SlaClock> page, Instant now, SlaEscalator.Counts mine, SlaAlerts.Tick told) {
        List<SlaClock> due = page.stream().filter(c -> c.isWarnPending() && c.getWarnAt() != null && !c.getWarnAt().isAfter(now)).toList();
        Map<Long, SlaFacts> facts = complaints.slaFacts(due.stream().map(SlaClock::getComplaintId).distinct().toList());
        List<Long> single = due.stream().filter(c -> !facts.containsKey(c.getComplaintId())).map(SlaClock::getId).toList();
        List<SlaClock> batch = due.stream().filter(c -> facts.containsKey(c.getComplaintId())).toList();
        Set<String> existing = escalations(batch).keySet();
        SlaRecipients.Batch who = recipients.batch();
        List<Object[]> rows = new ArrayList<>();
        List<SlaClock> raised = new ArrayList<>();
        Map<Long, List<String>> to = new HashMap<>();
        for (SlaClock c : batch) {
            if (!existing.contains(key(c, SlaMonitor.WARNING))) {
                to.put(c.getId(), who.warning(facts.get(c.getComplaintId())));
                rows.add(row(c, SlaMonitor.WARNING, SlaMonitor.SENT, to.get(c.getId()), now));
                raised.add(c);
            }
        }
        jdbc.batchUpdate(INSERT, rows);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.batchUpdate("update sla_clock set warn_pending = false, warned_at = ? where id = ? and cycle = ? and warn_pending = true",
                batch.stream().map(c -> new Object[]{at, c.getId(), c.getCycle()}).toList());
        Map<String, Long> ids = escalations(raised);
        told.addAll(raised.stream().map(c -> new SlaAlerts.Raised(to.get(c.getId()), ids.get(key(c, SlaMonitor.WARNING)),
                SlaAlerts.Alert.of(NotificationTypes.SLA_WARNING, "notification.sla.warning-about", facts.get(c.getComplaintId()), c))).toList());
        mine.warnings += raised.size();
        return new Done(Set.of(), single);
    }

    private static Object[] row(SlaClock c, String level, String outcome, List<String> to, Instant now) {
        return new Object[]{c.getComplaintId(), c.getKind().name(), c.getCycle(), level, outcome, recipients(to),
                LocalDateTime.ofInstant(now, ZoneOffset.UTC)};
    }

    private static String key(SlaClock c, String level) {
        return key(c.getComplaintId(), c.getKind().name(), c.getCycle(), level);
    }

    private static String key(long complaintId, String kind, int cycle, String level) {
        return complaintId + "|" + kind + "|" + cycle + "|" + level;
    }

    /** The escalation rows of these clocks' complaints (every target, cycle and level), by key, with their ids. */
    private Map<String, Long> escalations(List<SlaClock> of) {
        List<Long> complaintIds = of.stream().map(SlaClock::getComplaintId).distinct().toList();
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> out = new HashMap<>();
        jdbc.query("select id, complaint_id, kind, cycle, level from sla_escalation where complaint_id in ("
                        + String.join(",", Collections.nCopies(complaintIds.size(), "?")) + ")",
                rs -> { out.put(key(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)), rs.getLong(1)); },
                complaintIds.toArray());
        return out;
    }
}
