package com.cxops.portal.sla;

import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintCreated;
import com.cxops.portal.complaints.ComplaintTierChanged;
import com.cxops.portal.complaints.Tier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Escalates service-level targets: a warning at the warning point (assignee, or the team lead when unassigned;
 * the team's managers too from urgent up, DOMAIN.md), a breach at the due instant (team lead and the team's
 * managers; every manager when the complaint has no team or its team has neither), and for a major complaint the
 * executive(s) on duty at once, then every executive not yet alerted when the acknowledgement is late (the managers
 * when all executives were alerted already).
 * <p>
 * Exactly once: each escalation first inserts its row into sla_escalation, unique per (complaint, target, cycle,
 * level); a duplicate key means another node (or an earlier run) did it, and this one sends nothing. The row and the
 * notifications (with their outbox mails) commit together. The breaches and warnings go a page at a time, one
 * transaction per page with the writes in bulk ({@link SlaEscalationBatch}); the executive's alerts one target per
 * transaction ({@link SlaEscalator}); who is told is {@link SlaRecipients}. ShedLock keeps the scheduled run to one
 * node, but the constraint alone already holds when two run at once. After downtime the monitor catches
 * up in bounded batches: a target past both points gets only the breach; its warning is recorded as SKIPPED.
 * <p>
 * No floods ({@link SlaAlerts}): the warnings and breaches of one tick are told when it ends, per person one each or,
 * past the setting {@code sla.monitor.digest-threshold}, one digest. Each of them commits a pending row per recipient
 * with its escalation row; telling claims (deletes) it, so a node killed in between loses nothing: the next tick (on
 * any node) tells what is still pending, once. The executive's alerts commit with their rows, as before.
 */
@Component
public class SlaMonitor {

    public static final String LOCK = "sla-monitor";
    static final String WARNING = "WARNING";
    static final String BREACH = "BREACH";
    static final String EXEC_ALERT = "EXEC_ALERT";
    static final String EXEC_ESCALATION = "EXEC_ESCALATION";
    static final String SENT = "SENT";
    static final String SKIPPED = "SKIPPED";

    private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);

    private final SlaClockRepository clocks;
    private final SlaEscalationBatch batches;
    private final SlaEscalator one;
    private final SlaAlerts alerts;
    private final SettingsService settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    SlaMonitor(SlaClockRepository clocks, SlaEscalationBatch batches, SlaEscalator one, SlaAlerts alerts, SettingsService settings,
               PlatformTransactionManager transactions, Clock clock) {
        this.clocks = clocks;
        this.batches = batches;
        this.one = one;
        this.alerts = alerts;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What one tick did; {@code digests}: recipients who got one digest instead of their many alerts. */
    public record TickResult(int warnings, int breaches, int executiveAlerts, int skipped, int digests) {
        public int total() {
            return warnings + breaches + executiveAlerts;
        }
    }

    /** The scheduled run (see {@link SlaMonitorSchedule}); jobs have no person, so it runs as "system". */
    // A node that dies inside a tick holds the lock until lockAtMostFor; then another node's tick redoes what the dead
    // one had not committed (each page commits on its own, insert-first). Keep it above the longest tick.
    @SchedulerLock(name = LOCK, lockAtMostFor = "${portal.sla.monitor.lock-at-most-for:PT10M}")
    public void scheduledTick() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new UsernamePasswordAuthenticationToken("system", null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
        SecurityContextHolder.setContext(system);
        try {
            tick();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * One pass: breaches first (so a catch-up skips warnings that are too late), then warnings, then missing executive
     * alerts, each in pages of the setting {@code sla.monitor.batch-size}, at most {@code sla.monitor.max-batches}
     * pages. The warnings and breaches are told at the end of the pass, per person one each or one digest; the
     * executive's alerts at once.
     */
    public TickResult tick() {
        Instant now = clock.instant();
        int batch = settings.getInt(SlaSettings.MONITOR_BATCH);
        int maxBatches = settings.getInt(SlaSettings.MONITOR_MAX_BATCHES);
        SlaEscalator.Counts counts = new SlaEscalator.Counts();
        SlaAlerts.Tick told = alerts.tick();
        try {
            tx.executeWithoutResult(s -> told.resume());
        } catch (DataAccessException e) {
            log.warn("Pending SLA alerts left to the next tick: {}", e.getMessage());
        }
        for (int round = 0; round < maxBatches && batches.breaches(now, batch, counts, told) >= batch; round++) {
            // the next page: what this one escalated no longer matches
        }
        for (int round = 0; round < maxBatches && batches.warnings(now, batch, counts, told) >= batch; round++) {
            // as above
        }
        for (int round = 0; round < maxBatches; round++) {
            List<SlaClock> found = tx.execute(s -> clocks.executiveAlertsMissing(batch));
            for (SlaClock c : found) {
                try {
                    one.alertExecutives(c.getId(), now, counts);
                } catch (DataAccessException e) {
                    // e.g. a lock wait with another node; the constraint keeps it once, the next tick retries
                    log.warn("SLA escalation of clock {} deferred: {}", c.getId(), e.getMessage());
                }
            }
            if (found.size() < batch) {
                break;
            }
        }
        int digests = told.send(send -> tx.executeWithoutResult(s -> send.run()));
        TickResult result = new TickResult(counts.warnings, counts.breaches, counts.executive, counts.skipped, digests);
        if (result.total() > 0 || result.skipped() > 0) {
            log.info("SLA monitor: {}", result);
        }
        return result;
    }

    /** The executive is alerted at once (DOMAIN.md), right after the major complaint is saved, not at the next tick. */
    @TransactionalEventListener
    public void afterCreated(ComplaintCreated e) {
        if (e.tier() == Tier.MAJOR) {
            alertNow(e.complaintId());
        }
    }

    @TransactionalEventListener
    public void afterTierChanged(ComplaintTierChanged e) {
        if (e.to() == Tier.MAJOR) {
            alertNow(e.complaintId());
        }
    }

    private void alertNow(long complaintId) {
        try {
            one.alertNow(complaintId, clock.instant());
        } catch (DataAccessException e) {
            // the monitor's safety net sends it at its next tick
            log.warn("Executive alert for complaint {} left to the monitor: {}", complaintId, e.getMessage());
        }
    }
}
