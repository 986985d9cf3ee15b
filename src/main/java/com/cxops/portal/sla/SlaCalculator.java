package com.cxops.portal.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA clock arithmetic, pure (no Spring, no database, no "now" of its own).
 * <ul>
 *   <li>Business time is real elapsed time inside the calendar's working slots and outside pauses; so on a DST
 *   night a 24 x 7 day has 23 or 25 hours, and a slot 01:00-04:00 on the spring-forward night lasts 2 hours.</li>
 *   <li>A target that ends exactly at the end of a slot is due at that end (18:00), not at the next opening.</li>
 *   <li>A zero target is due at its start (the clock has nothing to count).</li>
 *   <li>A pause that is still open stops the clock: there is no due instant until it ends.</li>
 * </ul>
 */
public final class SlaCalculator {

    /** A calendar with working time finds it within a week or a few holidays; this bounds a broken one. */
    private static final int MAX_DAYS_WITHOUT_WORKING_TIME = 3 * 366;

    private SlaCalculator() {
    }

    /** Time left until a due instant, or how long it is overdue, in calendar (wall-clock) time. */
    public record TimeLeft(Duration amount, boolean overdue) {
        public static TimeLeft between(Instant now, Instant due) {
            Duration d = Duration.between(now, due);
            return d.isNegative() ? new TimeLeft(d.negated(), true) : new TimeLeft(d, false);
        }
    }

    /**
     * The instant at which {@code target} business time has run from {@code start}, or empty while an open pause
     * stops the clock before that.
     */
    public static Optional<Instant> dueAt(Instant start, Duration target, BusinessCalendar calendar, List<Interval> pauses) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        if (target.isNegative()) {
            throw new IllegalArgumentException("negative target " + target);
        }
        if (target.isZero()) {
            return Optional.of(start);
        }
        List<Interval> stops = merge(pauses);
        Duration remaining = target;
        LocalDate date = start.atZone(calendar.zone()).toLocalDate();
        int daysWithoutWork = 0;
        while (true) {
            boolean worked = false;
            for (Interval working : calendar.workingIntervals(date)) {
                if (!working.end().isAfter(start)) {
                    continue;
                }
                Instant from = working.start().isBefore(start) ? start : working.start();
                for (Interval running : subtract(from, working.end(), stops)) {
                    if (running.isOpen()) {
                        return Optional.empty();
                    }
                    worked = true;
                    Duration length = Duration.between(running.start(), running.end());
                    if (remaining.compareTo(length) <= 0) {
                        return Optional.of(running.start().plus(remaining));
                    }
                    remaining = remaining.minus(length);
                }
            }
            daysWithoutWork = worked ? 0 : daysWithoutWork + 1;
            if (daysWithoutWork > MAX_DAYS_WITHOUT_WORKING_TIME) {
                throw new IllegalArgumentException("Calendar has no working time after " + start + ": " + calendar);
            }
            date = date.plusDays(1);
        }
    }

    /** When the warning point ({@code percent} of the target) is reached; empty while an open pause stops the clock. */
    public static Optional<Instant> warningAt(Instant start, Duration target, int percent, BusinessCalendar calendar, List<Interval> pauses) {
        if (percent < 1 || percent > 99) {
            throw new IllegalArgumentException("warning percent must be 1-99: " + percent);
        }
        return dueAt(start, target.multipliedBy(percent).dividedBy(100), calendar, pauses);
    }

    /** Business time between two instants (zero when {@code to} is not after {@code from}); open pauses run to {@code to}. */
    public static Duration businessTime(Instant from, Instant to, BusinessCalendar calendar, List<Interval> pauses) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        List<Interval> stops = merge(pauses).stream()
                .map(p -> p.isOpen() ? new Interval(p.start(), p.start().isAfter(to) ? p.start() : to) : p).toList();
        Duration total = Duration.ZERO;
        LocalDate date = from.atZone(calendar.zone()).toLocalDate();
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        for (; !date.isAfter(last); date = date.plusDays(1)) {
            for (Interval working : calendar.workingIntervals(date)) {
                Instant a = working.start().isBefore(from) ? from : working.start();
                Instant b = working.end().isAfter(to) ? to : working.end();
                if (b.isAfter(a)) {
                    for (Interval running : subtract(a, b, stops)) {
                        total = total.plus(Duration.between(running.start(), running.end()));
                    }
                }
            }
        }
        return total;
    }

    /** Whole business minutes between two instants (rounded down), as stored per target for reports. */
    public static long businessMinutes(Instant from, Instant to, BusinessCalendar calendar, List<Interval> pauses) {
        return businessTime(from, to, calendar, pauses).toMinutes();
    }

    /** Pauses sorted and merged where they touch or overlap; an open pause swallows everything after it. */
    static List<Interval> merge(List<Interval> pauses) {
        if (pauses == null || pauses.isEmpty()) {
            return List.of();
        }
        List<Interval> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        Interval current = sorted.getFirst();
        for (Interval next : sorted.subList(1, sorted.size())) {
            if (current.isOpen()) {
                break;
            }
            if (!next.start().isAfter(current.end())) {
                Instant end = next.isOpen() || next.end().isAfter(current.end()) ? next.end() : current.end();
                current = new Interval(current.start(), end);
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    /**
     * [from, to) minus the (merged, sorted) pauses. When an open pause begins inside, the last piece returned is an
     * open interval at the pause start: the clock stops there.
     */
    private static List<Interval> subtract(Instant from, Instant to, List<Interval> stops) {
        List<Interval> pieces = new ArrayList<>();
        Instant cursor = from;
        for (Interval stop : stops) {
            if (!stop.isOpen() && !stop.end().isAfter(cursor)) {
                continue;
            }
            if (!stop.start().isBefore(to)) {
                break;
            }
            if (stop.start().isAfter(cursor)) {
                pieces.add(new Interval(cursor, stop.start()));
            }
            if (stop.isOpen()) {
                pieces.add(Interval.open(stop.start().isAfter(cursor) ? stop.start() : cursor));
                return pieces;
            }
            cursor = stop.end();
            if (!cursor.isBefore(to)) {
                return pieces;
            }
        }
        if (cursor.isBefore(to)) {
            pieces.add(new Interval(cursor, to));
        }
        return pieces;
    }
}
