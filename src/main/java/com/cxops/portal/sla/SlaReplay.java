package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintHistory;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.Tier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A complaint's clocks computed from its whole recorded history with the pure calculator, no database: created,
 * every status change (so every waiting-on-customer interval and every reopen cycle), every tier change, the
 * executive acknowledgement and the published statements, in the order they happened, applied by the same rules as
 * the live events ({@link SlaClockService}). The demo data and the large-shop generator write these rows; the
 * self-check compares them with the stored ones.
 * <p>
 * The policy is the one in force now (the live clocks copy it when they start: a policy changed since shows as a
 * difference in the self-check, on purpose).
 */
public final class SlaReplay {

    /** The clocks (in the order the live events create them) and the waiting intervals of one complaint. */
    public record Result(long complaintId, List<SlaClock> clocks, List<Interval> pauses) {
    }

    private SlaReplay() {
    }

    private enum Kind { STATUS, TIER, EXECUTIVE_ACK, STATEMENT }

    private record Event(Instant at, int order, Kind kind, String from, String to) {
    }

    /**
     * @param targets    the targets a complaint of a tier runs (policy, narrowed by layer, VIP and public opinion)
     * @param calendars  business calendars by id
     * @param statements the instants public statements were published
     */
    public static Result replay(ComplaintHistory.History history, List<Instant> statements, Function<Tier, List<SlaTarget>> targets,
                                LongFunction<BusinessCalendar> calendars) {
        List<Event> events = new ArrayList<>();
        int order = 0;
        for (ComplaintHistory.Step s : history.steps()) {
            Kind kind = switch (s.kind()) {
                case STATUS -> Kind.STATUS;
                case TIER -> Kind.TIER;
                case EXECUTIVE_ACK -> Kind.EXECUTIVE_ACK;
                default -> null;
            };
            if (kind != null && !(kind == Kind.TIER && s.from() == null)) {
                events.add(new Event(s.at(), order++, kind, s.from(), s.to()));
            }
        }
        for (Instant at : statements) {
            events.add(new Event(at, order++, Kind.STATEMENT, null, null));
        }
        // time order; at one instant the log's order, statements after the logged steps of that instant
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::order));

        Map<Long, BusinessCalendar> cache = new HashMap<>();
        LongFunction<BusinessCalendar> calendar = id -> cache.computeIfAbsent(id, calendars::apply);
        Map<SlaTargetKind, SlaClock> clocks = new LinkedHashMap<>();
        List<Interval> pauses = new ArrayList<>();
        long id = history.complaintId();

        Tier tier = history.initialTier();
        ComplaintStatus status = ComplaintStatus.NEW;
        for (SlaTarget target : targets.apply(tier)) {
            SlaClock c = new SlaClock(id, target.kind());
            c.start(tier, target, history.createdAt(), true);
            SlaClockSteps.schedule(c, target.calendar(), List.of());
            clocks.put(target.kind(), c);
        }
        for (Event e : events) {
            switch (e.kind()) {
                case STATUS -> {
                    status = ComplaintStatus.valueOf(e.to());
                    status(clocks, pauses, ComplaintStatus.valueOf(e.from()), status, e.at(), calendar);
                }
                case TIER -> tier(id, clocks, pauses, Tier.valueOf(e.from()), Tier.valueOf(e.to()), e.at(), targets);
                case EXECUTIVE_ACK -> {
                    SlaClock c = clocks.get(SlaTargetKind.EXECUTIVE_ACK);
                    if (c != null && c.isRunning()) {
                        c.meet(e.at(), SlaCalculator.businessMinutes(c.getStartedAt(), e.at(), calendar.apply(c.getCalendarId()), List.of()));
                    }
                }
                case STATEMENT -> {
                    for (SlaClock c : clocks.values()) {
                        SlaClockSteps.statement(c, e.at(), status, calendar.apply(c.getCalendarId()));
                    }
                }
            }
        }
        return new Result(id, List.copyOf(clocks.values()), List.copyOf(pauses));
    }

    /** As {@link SlaClockService#onStatusChanged}: the pause bookkeeping, then each clock in creation order. */
    private static void status(Map<SlaTargetKind, SlaClock> clocks, List<Interval> pauses, ComplaintStatus from, ComplaintStatus to,
                               Instant at, LongFunction<BusinessCalendar> calendar) {
        if (to == ComplaintStatus.WAITING_CUSTOMER && from != ComplaintStatus.WAITING_CUSTOMER) {
            pauses.add(Interval.open(at));
        } else if (from == ComplaintStatus.WAITING_CUSTOMER && to != ComplaintStatus.WAITING_CUSTOMER) {
            for (int i = pauses.size() - 1; i >= 0; i--) {
                if (pauses.get(i).isOpen()) {
                    pauses.set(i, new Interval(pauses.get(i).start(), at));
                    break;
                }
            }
        }
        for (SlaClock c : clocks.values()) {
            BusinessCalendar cal = calendar.apply(c.getCalendarId());
            List<Interval> own = SlaRules.pausable(c.getKind()) ? List.copyOf(pauses) : List.of();
            if (to == ComplaintStatus.REOPENED && SlaRules.restartsOnReopen(c.getKind()) && !c.isRunning()) {
                c.restart(at);
                SlaClockSteps.schedule(c, cal, own);
            } else if (c.isRunning() && SlaRules.metBy(c.getKind(), to)) {
                if (c.getDueAt() == null) {
                    SlaClockSteps.schedule(c, cal, own);
                }
                c.meet(at, SlaCalculator.businessMinutes(c.getStartedAt(), at, cal, own));
            } else if (c.isRunning() && SlaRules.cancelledBy(c.getKind(), to)) {
                c.cancel(at);
            } else if (c.isRunning() && SlaRules.pausable(c.getKind())) {
                SlaClockSteps.schedule(c, cal, own);
            }
        }
    }

    /** As {@link SlaClockService#onTierChanged}: a rise adds the new tier's targets and tightens running ones. */
    private static void tier(long id, Map<SlaTargetKind, SlaClock> clocks, List<Interval> pauses, Tier from, Tier to, Instant at,
                             Function<Tier, List<SlaTarget>> targets) {
        if (!to.isAbove(from)) {
            return;
        }
        for (SlaTarget target : targets.apply(to)) {
            List<Interval> own = SlaRules.pausable(target.kind()) ? List.copyOf(pauses) : List.of();
            SlaClock current = clocks.get(target.kind());
            if (current == null) {
                SlaClock c = new SlaClock(id, target.kind());
                c.start(to, target, at, true);
                SlaClockSteps.schedule(c, target.calendar(), own);
                clocks.put(target.kind(), c);
            } else if (current.isRunning()) {
                Instant newDue = SlaCalculator.dueAt(at, target.duration(), target.calendar(), own).orElse(null);
                if (SlaRules.tighter(newDue, current.getDueAt())) {
                    current.start(to, target, at, false);
                    SlaClockSteps.schedule(current, target.calendar(), own);
                }
            }
        }
    }
}
