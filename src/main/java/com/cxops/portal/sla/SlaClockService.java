package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintAcknowledgedByExecutive;
import com.cxops.portal.complaints.ComplaintCreated;
import com.cxops.portal.complaints.ComplaintSlaService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintStatusChanged;
import com.cxops.portal.complaints.ComplaintTierChanged;
import com.cxops.portal.complaints.SlaFacts;
import com.cxops.portal.complaints.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the clocks of each complaint, driven by the complaint events, and the queue's SLA summary on the complaint
 * ({@link SlaClockReadService} reads them; {@link SlaClockSteps} holds the steps shared with the replay).
 * <ul>
 *   <li>The clock rows change inside the complaint's own transaction (a plain event listener): a complaint never
 *   exists without its clocks, and a rolled-back change leaves them as they were. One row per complaint and target
 *   (unique), so a replayed event cannot create a second one.</li>
 *   <li>The queue's summary on the complaint (earliest unmet due, its warning point, breached) is written right
 *   after commit in a short transaction of its own, so the SLA bookkeeping never holds the complaint row and its
 *   clocks in an order that could deadlock with the monitor.</li>
 *   <li>Reopen: the resolution (and next-update) target starts again from the reopen moment with the promise it had
 *   (a new cycle, which may warn and breach once more); a breach of the first round stays recorded. First response
 *   stays met.</li>
 *   <li>Close: a target no status can meet any more (public statement; next update also on resolve) is cancelled,
 *   not counted, unless it was past due (then breached at its due). A statement restarts the next update.</li>
 *   <li>Tier rise: the new tier's targets are computed from the rise; where one is due before the running one, it
 *   replaces it (tighter wins); targets the new tier adds (e.g. executive acknowledgement) start at the rise.
 *   Met targets stay met. A lowered tier keeps the promises already made.</li>
 * </ul>
 */
@Service
@Transactional
public class SlaClockService {

    private final SlaClockRepository clocks;
    private final SlaPauseRepository pauses;
    private final SlaPolicyService policies;
    private final SlaCalendarService calendars;
    private final ComplaintSlaService complaintSla;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SlaClockService(SlaClockRepository clocks, SlaPauseRepository pauses, SlaPolicyService policies,
                    SlaCalendarService calendars, ComplaintSlaService complaintSla, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.clocks = clocks;
        this.pauses = pauses;
        this.policies = policies;
        this.calendars = calendars;
        this.complaintSla = complaintSla;
        this.clock = clock;
    }

    // ---- events, inside the complaint's transaction --------------------------------------------------------------

    @EventListener
    public void onCreated(ComplaintCreated e) {
        SlaFacts facts = facts(e.complaintId());
        for (SlaTarget target : targets(facts, facts.tier())) {
            SlaClock c = new SlaClock(facts.complaintId(), target.kind());
            c.start(facts.tier(), target, e.at(), true);
            c.workedBy(facts.teamId(), facts.assigneeId());
            SlaClockSteps.schedule(c, target.calendar(), List.of());
            clocks.save(c);
        }
        clocks.flush();
    }

    @EventListener
    public void onStatusChanged(ComplaintStatusChanged e) {
        SlaFacts facts = facts(e.complaintId());
        Instant at = e.at();
        if (e.to() == ComplaintStatus.WAITING_CUSTOMER && e.from() != ComplaintStatus.WAITING_CUSTOMER) {
            pauses.save(new SlaPause(e.complaintId(), at));
        } else if (e.from() == ComplaintStatus.WAITING_CUSTOMER && e.to() != ComplaintStatus.WAITING_CUSTOMER) {
            pauses.findFirstByComplaintIdAndEndedAtIsNullOrderByStartedAtDesc(e.complaintId()).ifPresent(p -> p.end(at));
        }
        pauses.flush();
        List<Interval> paused = pauseIntervals(e.complaintId());
        Map<Long, BusinessCalendar> cache = new HashMap<>();
        for (SlaClock c : clocks.findByComplaintIdOrderByIdAsc(e.complaintId())) {
            BusinessCalendar cal = cache.computeIfAbsent(c.getCalendarId(), calendars::businessCalendar);
            List<Interval> own = SlaRules.pausable(c.getKind()) ? paused : List.of();
            c.workedBy(facts.teamId(), facts.assigneeId());
            if (e.to() == ComplaintStatus.REOPENED && SlaRules.restartsOnReopen(c.getKind()) && !c.isRunning()) {
                c.restart(at);
                SlaClockSteps.schedule(c, cal, own);
            } else if (c.isRunning() && SlaRules.metBy(c.getKind(), e.to())) {
                if (c.getDueAt() == null) {
                    SlaClockSteps.schedule(c, cal, own);  // met right out of a pause: its due instant counts the pause as ended
                }
                c.meet(at, SlaCalculator.businessMinutes(c.getStartedAt(), at, cal, own));
            } else if (c.isRunning() && SlaRules.cancelledBy(c.getKind(), e.to())) {
                c.cancel(at);
            } else if (c.isRunning() && SlaRules.pausable(c.getKind())) {
                SlaClockSteps.schedule(c, cal, own);
            }
        }
        clocks.flush();
    }

    @EventListener
    public void onTierChanged(ComplaintTierChanged e) {
        if (!e.to().isAbove(e.from())) {
            return;
        }
        SlaFacts facts = facts(e.complaintId());
        List<Interval> paused = pauseIntervals(e.complaintId());
        Map<SlaTargetKind, SlaClock> existing = new HashMap<>();
        clocks.findByComplaintIdOrderByIdAsc(e.complaintId()).forEach(c -> existing.put(c.getKind(), c));
        for (SlaTarget target : targets(facts, e.to())) {
            List<Interval> own = SlaRules.pausable(target.kind()) ? paused : List.of();
            SlaClock current = existing.get(target.kind());
            if (current == null) {
                SlaClock c = new SlaClock(e.complaintId(), target.kind());
                c.start(e.to(), target, e.at(), true);
                c.workedBy(facts.teamId(), facts.assigneeId());
                SlaClockSteps.schedule(c, target.calendar(), own);
                clocks.save(c);
            } else if (current.isRunning()) {
                Instant newDue = SlaCalculator.dueAt(e.at(), target.duration(), target.calendar(), own).orElse(null);
                if (SlaRules.tighter(newDue, current.getDueAt())) {
                    current.start(e.to(), target, e.at(), false);
                    SlaClockSteps.schedule(current, target.calendar(), own);
                }
            }
        }
        clocks.flush();
    }

    @EventListener
    public void onExecutiveAcknowledged(ComplaintAcknowledgedByExecutive e) {
        clocks.findByComplaintIdAndKind(e.complaintId(), SlaTargetKind.EXECUTIVE_ACK).filter(SlaClock::isRunning).ifPresent(c -> {
            BusinessCalendar cal = calendars.businessCalendar(c.getCalendarId());
            c.meet(e.at(), SlaCalculator.businessMinutes(c.getStartedAt(), e.at(), cal, List.of()));
            clocks.flush();
        });
    }

    /**
     * A public statement was published at {@code at}: it meets the running public-statement and next-update targets
     * that had started by then. The queue summary follows after commit.
     */
    void onStatementPublished(long complaintId, Instant at) {
        ComplaintStatus status = facts(complaintId).status();
        for (SlaClock c : clocks.findByComplaintIdOrderByIdAsc(complaintId)) {
            SlaClockSteps.statement(c, at, status, calendars.businessCalendar(c.getCalendarId()));
        }
        clocks.flush();
        events.publishEvent(new StatementPublished(complaintId, at));
    }

    /** The clock service's own event: a statement met clocks; the queue summary is written after commit. */
    record StatementPublished(long complaintId, Instant at) {
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterStatementPublished(StatementPublished e) {
        syncSummary(e.complaintId());
    }

    // ---- the queue summary, after commit ----------------------------------------------------------------------

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterCreated(ComplaintCreated e) {
        syncSummary(e.complaintId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterStatusChanged(ComplaintStatusChanged e) {
        syncSummary(e.complaintId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterTierChanged(ComplaintTierChanged e) {
        syncSummary(e.complaintId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterExecutiveAcknowledged(ComplaintAcknowledgedByExecutive e) {
        syncSummary(e.complaintId());
    }

    /**
     * Writes the complaint's SLA summary: the earliest due of its unmet targets (the queue sorts by it), that
     * target's warning point, and whether any unmet target is breached. A system call (the monitor uses it too).
     */
    public void syncSummary(long complaintId) {
        ComplaintSlaService.SlaStatus s = summary(complaintId, clocks.findByComplaintIdOrderByIdAsc(complaintId));
        complaintSla.recordSlaStatus(complaintId, s.dueAt(), s.warnAt(), s.breached());
    }

    /** {@link #syncSummary} for many complaints (the monitor's batch): their clocks in one read, the summaries in one batch. */
    public void syncSummaries(Collection<Long> complaintIds) {
        if (complaintIds.isEmpty()) {
            return;
        }
        Map<Long, List<SlaClock>> byComplaint = new HashMap<>();
        clocks.findByComplaintIdIn(complaintIds).forEach(c -> byComplaint.computeIfAbsent(c.getComplaintId(), k -> new ArrayList<>()).add(c));
        complaintSla.recordSlaStatuses(new LinkedHashSet<>(complaintIds).stream()
                .map(id -> summary(id, byComplaint.getOrDefault(id, List.of()))).toList());
    }

    /** The earliest due of the running targets, its warning point, and whether any running target is breached. */
    private static ComplaintSlaService.SlaStatus summary(long complaintId, List<SlaClock> all) {
        List<SlaClock> running = all.stream().filter(SlaClock::isRunning).toList();
        Optional<SlaClock> next = running.stream().filter(c -> c.getDueAt() != null)
                .min(Comparator.comparing(SlaClock::getDueAt).thenComparing(SlaClock::getId));
        boolean breached = running.stream().anyMatch(SlaClock::isBreachedThisCycle);
        return new ComplaintSlaService.SlaStatus(complaintId, next.map(SlaClock::getDueAt).orElse(null),
                next.map(SlaClock::getWarnAt).orElse(null), breached);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private SlaFacts facts(long complaintId) {
        return complaintSla.slaFacts(complaintId).orElseThrow(() -> new IllegalStateException("No complaint " + complaintId));
    }

    private List<SlaTarget> targets(SlaFacts facts, Tier tier) {
        String layer = facts.customerLayer() == null ? null : facts.customerLayer().name();
        return policies.targetsFor(tier, layer, facts.customerVip()).stream()
                .filter(t -> SlaRules.applies(t.kind(), tier, facts.publicOpinion())).toList();
    }

    private List<Interval> pauseIntervals(long complaintId) {
        return pauses.findByComplaintIdOrderByStartedAtAsc(complaintId).stream().map(SlaPause::interval).toList();
    }
}
