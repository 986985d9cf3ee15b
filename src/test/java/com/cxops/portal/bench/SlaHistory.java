package com.cxops.portal.bench;

import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.sla.BusinessCalendar;
import com.cxops.portal.sla.Interval;
import com.cxops.portal.sla.SlaCalculator;
import com.cxops.portal.sla.SlaRules;
import com.cxops.portal.sla.SlaTarget;
import com.cxops.portal.sla.SlaTargetKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The service-level clocks of one generated complaint as the portal would hold them at {@code now}: what
 * {@code SlaClockService} builds from the complaint's recorded moments (the same steps {@code SlaDemoData} replays:
 * created, acknowledged, in progress, waiting, resolved, closed, reopened, the executive's acknowledgement), with the
 * marks of a monitor that ran every minute (warned at the warning point, breached at the due instant, each escalation
 * recorded), and the summary the complaint row carries ({@code SlaClockService.syncSummary}). Pure: no database.
 */
final class SlaHistory {

    static final String WARNING = "WARNING";
    static final String BREACH = "BREACH";
    static final String EXEC_ALERT = "EXEC_ALERT";
    static final String EXEC_ESCALATION = "EXEC_ESCALATION";

    /** What a complaint row says, as the clock service reads it. Null instants: the step did not happen. */
    record Facts(long id, Tier tier, ComplaintStatus status, boolean publicOpinion, Instant created, Instant acknowledged,
                 Instant inProgress, Instant waiting, Instant resolved, Instant closed, Instant reopened, Instant executiveAck) {
    }

    /** One clock row. */
    static final class Clock {
        final SlaTarget target;
        int cycle;
        boolean running = true;
        Instant started;
        Instant pausedSince;
        Instant due;
        Instant warn;
        Instant warnedAt;
        Instant metAt;
        boolean breached;
        Instant breachedAt;
        Long businessMinutes;
        boolean warnPending;
        boolean breachPending = true;

        Clock(SlaTarget target, Instant started) {
            this.target = target;
            this.started = started;
            this.warnPending = target.kind() != SlaTargetKind.EXECUTIVE_ACK;  // the executive is alerted at once instead
        }

        SlaTargetKind kind() {
            return target.kind();
        }

        boolean breachedThisCycle() {
            return breached && breachedAt != null && !breachedAt.isBefore(started);
        }
    }

    /** One sla_escalation row: level SENT or SKIPPED, at the instant the monitor (or the alert at creation) recorded it. */
    record Escalation(SlaTargetKind kind, int cycle, String level, boolean sent, Instant at) {
    }

    /** The queue's summary on the complaint: earliest due of the unmet targets, its warning point, any breached. */
    record Summary(Instant due, Instant warn, boolean breached) {
        static final Summary NOTHING_DUE = new Summary(null, null, false);
    }

    private record Step(ComplaintStatus to, Instant at, boolean executiveAck) {
    }

    final List<Clock> clocks = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    /** The waiting-on-customer pause still open, or null. */
    Instant openPause;

    private SlaHistory() {
    }

    /** How many clocks a complaint of this tier gets (their number does not depend on its history). */
    static int clockCount(List<SlaTarget> targets, Tier tier, boolean publicOpinion) {
        int n = 0;
        for (SlaTarget t : targets) {
            if (SlaRules.applies(t.kind(), tier, publicOpinion)) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param targets the complaint's tier's targets, in the order of {@link SlaTargetKind} (as the policy service gives
     *                them; the clock ids follow it)
     */
    static SlaHistory of(Facts f, List<SlaTarget> targets, Instant now) {
        SlaHistory h = new SlaHistory();
        for (SlaTarget t : targets) {
            if (SlaRules.applies(t.kind(), f.tier(), f.publicOpinion())) {
                Clock c = new Clock(t, f.created());
                schedule(c, List.of());
                h.clocks.add(c);
                if (t.kind() == SlaTargetKind.EXECUTIVE_ACK) {
                    h.escalations.add(new Escalation(t.kind(), 0, EXEC_ALERT, true, f.created()));
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        add(steps, ComplaintStatus.ACKNOWLEDGED, f.acknowledged());
        add(steps, ComplaintStatus.IN_PROGRESS, f.inProgress());
        if (f.status() == ComplaintStatus.WAITING_CUSTOMER) {
            add(steps, ComplaintStatus.WAITING_CUSTOMER, f.waiting());
        }
        add(steps, ComplaintStatus.RESOLVED, f.resolved());
        add(steps, ComplaintStatus.CLOSED, f.closed());
        add(steps, ComplaintStatus.REOPENED, f.reopened());
        if (f.executiveAck() != null) {
            steps.add(new Step(null, f.executiveAck(), true));
        }
        steps.sort(Comparator.comparing(Step::at));  // stable: the replay's order for equal instants
        ComplaintStatus from = ComplaintStatus.NEW;
        for (Step step : steps) {
            h.monitor(step.at(), false);
            if (step.executiveAck()) {
                h.executiveAcknowledged(step.at());
            } else {
                h.statusChanged(from, step.to(), step.at());
                from = step.to();
            }
        }
        h.monitor(now, true);
        return h;
    }

    private static void add(List<Step> steps, ComplaintStatus to, Instant at) {
        if (at != null) {
            steps.add(new Step(to, at, false));
        }
    }

    /** SlaClockService.onStatusChanged. */
    private void statusChanged(ComplaintStatus from, ComplaintStatus to, Instant at) {
        if (to == ComplaintStatus.WAITING_CUSTOMER && from != ComplaintStatus.WAITING_CUSTOMER) {
            openPause = at;
        }
        List<Interval> ended = List.of();
        if (from == ComplaintStatus.WAITING_CUSTOMER && to != ComplaintStatus.WAITING_CUSTOMER && openPause != null) {
            // the generated complaints never leave a pause (only those still waiting have one); kept for completeness
            ended = List.of(new Interval(openPause, at));
            openPause = null;
        }
        List<Interval> paused = openPause != null ? List.of(Interval.open(openPause)) : ended;
        for (Clock c : clocks) {
            List<Interval> own = SlaRules.pausable(c.kind()) ? paused : List.of();
            if (to == ComplaintStatus.REOPENED && c.kind() == SlaTargetKind.RESOLUTION && !c.running) {
                c.cycle++;
                c.running = true;
                c.started = at;
                c.metAt = null;
                c.warnedAt = null;
                c.businessMinutes = null;
                c.warnPending = true;
                c.breachPending = true;
                schedule(c, own);
            } else if (c.running && SlaRules.metBy(c.kind(), to)) {
                meet(c, at, own);
            } else if (c.running && SlaRules.pausable(c.kind())) {
                schedule(c, own);
            }
        }
    }

    /** SlaClockService.onExecutiveAcknowledged. */
    private void executiveAcknowledged(Instant at) {
        for (Clock c : clocks) {
            if (c.kind() == SlaTargetKind.EXECUTIVE_ACK && c.running) {
                meet(c, at, List.of());
            }
        }
    }

    private static void meet(Clock c, Instant at, List<Interval> pauses) {
        c.running = false;
        c.metAt = at;
        c.pausedSince = null;
        c.businessMinutes = SlaCalculator.businessMinutes(c.started, at, c.target.calendar(), pauses);
        c.warnPending = false;
        c.breachPending = false;
    }

    /** SlaClockService.schedule. */
    private static void schedule(Clock c, List<Interval> pauses) {
        BusinessCalendar cal = c.target.calendar();
        Optional<Instant> due = SlaCalculator.dueAt(c.started, c.target.duration(), cal, pauses);
        Optional<Instant> warn = SlaCalculator.warningAt(c.started, c.target.duration(), c.target.warningPercent(), cal, pauses);
        Instant pausedSince = pauses.stream().filter(Interval::isOpen).map(Interval::start).findFirst().orElse(null);
        c.due = due.orElse(null);
        c.warn = due.isPresent() ? warn.orElse(null) : null;
        c.pausedSince = due.isPresent() ? null : pausedSince;
    }

    /**
     * What a monitor ticking every minute did before {@code until} (up to and including it when {@code inclusive}):
     * the warning at its point, the breach at the due instant (a warning still pending then is recorded as skipped,
     * as the monitor's catch-up does).
     */
    private void monitor(Instant until, boolean inclusive) {
        for (Clock c : clocks) {
            if (!c.running) {
                continue;
            }
            if (c.warnPending && c.warn != null && passed(c.warn, until, inclusive) && (c.due == null || c.warn.isBefore(c.due))) {
                c.warnPending = false;
                c.warnedAt = c.warn;
                escalations.add(new Escalation(c.kind(), c.cycle, WARNING, true, c.warn));
            }
            if (c.breachPending && c.due != null && passed(c.due, until, inclusive)) {
                if (c.warnPending) {
                    escalations.add(new Escalation(c.kind(), c.cycle, WARNING, false, c.due));
                }
                c.breachPending = false;
                c.warnPending = false;
                c.breached = true;
                c.breachedAt = c.due;
                boolean executive = c.kind() == SlaTargetKind.EXECUTIVE_ACK;
                escalations.add(new Escalation(c.kind(), c.cycle, executive ? EXEC_ESCALATION : BREACH, true, c.due));
            }
        }
    }

    private static boolean passed(Instant at, Instant until, boolean inclusive) {
        return inclusive ? !at.isAfter(until) : at.isBefore(until);
    }

    /** SlaClockService.syncSummary: over the clocks still running. */
    Summary summary() {
        Clock next = null;
        boolean breached = false;
        for (Clock c : clocks) {
            if (!c.running) {
                continue;
            }
            breached |= c.breachedThisCycle();
            if (c.due != null && (next == null || c.due.isBefore(next.due))) {
                next = c;
            }
        }
        return next == null && !breached ? Summary.NOTHING_DUE : new Summary(next == null ? null : next.due, next == null ? null : next.warn, breached);
    }
}
