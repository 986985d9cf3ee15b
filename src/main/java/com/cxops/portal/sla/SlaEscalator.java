package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.complaints.ComplaintSlaService;
import com.cxops.portal.complaints.SlaFacts;
import com.cxops.portal.notifications.NotificationTypes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Escalates one target in a transaction of its own, insert-first: the escalation row is inserted before anything is
 * told, and a duplicate key means another node (or an earlier run) did it, so this one tells nothing. The monitor's
 * batches ({@link SlaEscalationBatch}) fall back to this one target at a time when a batch cannot be written whole;
 * the executive's alerts and escalations always go this way (rare, and told at once).
 */
@Component
class SlaEscalator {

    private final SlaClockRepository clocks;
    private final SlaClockService clockService;
    private final ComplaintSlaService complaints;
    private final SlaRecipients recipients;
    private final DutyRosterService roster;
    private final SlaAlerts alerts;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final com.cxops.portal.complaints.ComplaintKpiStore kept;
    private final TransactionTemplate tx;

    SlaEscalator(SlaClockRepository clocks, SlaClockService clockService, ComplaintSlaService complaints, SlaRecipients recipients,
                 DutyRosterService roster, SlaAlerts alerts, AuditTrail audit, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                 com.cxops.portal.complaints.ComplaintKpiStore kept) {
        this.clocks = clocks;
        this.clockService = clockService;
        this.complaints = complaints;
        this.recipients = recipients;
        this.roster = roster;
        this.alerts = alerts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.kept = kept;
        this.tx = new TransactionTemplate(transactions);
        // each escalation commits on its own; after the complaint's commit (the alert at once) a joined transaction
        // would be the finished one and never commit again
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a tick did so far: warnings, breaches, executive alerts and escalations, skipped warnings and alerts. */
    static final class Counts {
        int warnings;
        int breaches;
        int executive;
        int skipped;

        void add(Counts other) {
            warnings += other.warnings;
            breaches += other.breaches;
            executive += other.executive;
            skipped += other.skipped;
        }
    }

    void breach(long clockId, Instant now, Counts counts, SlaAlerts.Tick told) {
        Long complaintId = tx.execute(s -> {
            SlaClock c = clocks.findById(clockId).orElse(null);
            if (c == null || !c.isBreachPending() || c.getDueAt() == null || c.getDueAt().isAfter(now)) {
                return null;
            }
            SlaFacts facts = complaints.slaFacts(c.getComplaintId()).orElseThrow();
            boolean executive = c.getKind() == SlaTargetKind.EXECUTIVE_ACK;
            if (executive) {
                // down when it was logged: nobody was alerted, so the escalation goes to every executive
                if (insert(c, SlaMonitor.EXEC_ALERT, SlaMonitor.SKIPPED, List.of(), now)) {
                    counts.skipped++;
                }
            } else if (c.isWarnPending()) {
                if (insert(c, SlaMonitor.WARNING, SlaMonitor.SKIPPED, List.of(), now)) {
                    counts.skipped++;
                }
            }
            List<String> to = executive ? recipients.nextExecutives(c) : recipients.breach(facts);
            boolean mine = insert(c, executive ? SlaMonitor.EXEC_ESCALATION : SlaMonitor.BREACH, SlaMonitor.SENT, to, now);
            clocks.markBreached(c.getId(), c.getCycle());
            // a bulk update, not an entity write: the kept compliance figures of the clock's period are counted again
            kept.changed(c.getStartedAt());
            if (!mine) {
                return null;
            }
            if (executive) {
                alerts.sendNow(to, SlaAlerts.Alert.of(NotificationTypes.SLA_EXECUTIVE_ESCALATION, "notification.sla.executive-escalation-about", facts, c));
            } else {
                told.add(to, escalationId(c, SlaMonitor.BREACH), SlaAlerts.Alert.of(NotificationTypes.SLA_BREACH, "notification.sla.breach-about", facts, c));
            }
            audit.recordAs("system", executive ? "SLA_EXECUTIVE_ESCALATED" : "SLA_BREACHED", "Complaint", c.getComplaintId(),
                    AuditDetails.of("audit.detail.escalated", AuditDetails.label(c.getKind().messageKey()), c.getDueAt(), to.stream().map(AuditDetails::person).toList()));
            if (executive) {
                counts.executive++;
            } else {
                counts.breaches++;
            }
            return c.getComplaintId();
        });
        if (complaintId != null) {
            tx.executeWithoutResult(s -> clockService.syncSummary(complaintId));
        }
    }

    void warn(long clockId, Instant now, Counts counts, SlaAlerts.Tick told) {
        tx.executeWithoutResult(s -> {
            SlaClock c = clocks.findById(clockId).orElse(null);
            if (c == null || !c.isWarnPending() || c.getWarnAt() == null || c.getWarnAt().isAfter(now)) {
                return;
            }
            SlaFacts facts = complaints.slaFacts(c.getComplaintId()).orElseThrow();
            List<String> to = recipients.warning(facts);
            boolean mine = insert(c, SlaMonitor.WARNING, SlaMonitor.SENT, to, now);
            clocks.markWarned(c.getId(), c.getCycle(), now);
            if (mine) {
                told.add(to, escalationId(c, SlaMonitor.WARNING), SlaAlerts.Alert.of(NotificationTypes.SLA_WARNING, "notification.sla.warning-about", facts, c));
                counts.warnings++;
            }
        });
    }

    void alertExecutives(long clockId, Instant now, Counts counts) {
        tx.executeWithoutResult(s -> {
            SlaClock c = clocks.findById(clockId).orElse(null);
            if (c == null || !c.isRunning() || c.getKind() != SlaTargetKind.EXECUTIVE_ACK) {
                return;
            }
            SlaFacts facts = complaints.slaFacts(c.getComplaintId()).orElseThrow();
            List<String> to = roster.executivesOnDuty(now);
            if (insert(c, SlaMonitor.EXEC_ALERT, SlaMonitor.SENT, to, now)) {
                alerts.sendNow(to, SlaAlerts.Alert.of(NotificationTypes.SLA_EXECUTIVE_ALERT, "notification.sla.executive-alert-about", facts, c));
                audit.recordAs("system", "SLA_EXECUTIVE_ALERTED", "Complaint", c.getComplaintId(), AuditDetails.of("audit.detail.alerted", to.stream().map(AuditDetails::person).toList()));
                counts.executive++;
            }
        });
    }

    /** The executive alert of a complaint's running acknowledgement clock, right after the complaint's commit. */
    void alertNow(long complaintId, Instant now) {
        tx.execute(s -> clocks.findByComplaintIdAndKind(complaintId, SlaTargetKind.EXECUTIVE_ACK)).ifPresent(c ->
                alertExecutives(c.getId(), now, new Counts()));
    }

    /** Insert-first: true when this call created the escalation row, false when it already existed. */
    private boolean insert(SlaClock c, String level, String outcome, List<String> to, Instant now) {
        try {
            jdbc.update(SlaEscalationBatch.INSERT, c.getComplaintId(), c.getKind().name(), c.getCycle(), level, outcome,
                    SlaEscalationBatch.recipients(to), LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            return true;
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
    }

    private long escalationId(SlaClock c, String level) {
        return jdbc.queryForObject("select id from sla_escalation where complaint_id = ? and kind = ? and cycle = ? and level = ?",
                Long.class, c.getComplaintId(), c.getKind().name(), c.getCycle(), level);
    }
}
