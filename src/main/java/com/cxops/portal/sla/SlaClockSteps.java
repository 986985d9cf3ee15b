package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The steps both the live events ({@link SlaClockService}) and the replay ({@link SlaReplay}) apply to a clock, so
 * that both follow one rule: scheduling its due and warning instants, and a published statement.
 */
final class SlaClockSteps {

    private SlaClockSteps() {
    }

    /** Due and warning instants from the copied policy; none while an open pause stops the clock. */
    static void schedule(SlaClock c, BusinessCalendar calendar, List<Interval> pauses) {
        Optional<Instant> due = SlaCalculator.dueAt(c.getStartedAt(), c.getDuration(), calendar, pauses);
        Optional<Instant> warn = SlaCalculator.warningAt(c.getStartedAt(), c.getDuration(), c.getWarningPercent(), calendar, pauses);
        Instant pausedSince = pauses.stream().filter(Interval::isOpen).map(Interval::start).findFirst().orElse(null);
        c.schedule(due.orElse(null), due.isPresent() ? warn.orElse(null) : null, due.isPresent() ? null : pausedSince);
    }

    /**
     * A statement published at {@code at} meets a running statement target that had started by then; the next update
     * then starts again from the statement (due = statement + its interval) while the complaint is not resolved.
     */
    static void statement(SlaClock c, Instant at, ComplaintStatus status, BusinessCalendar cal) {
        if (c.isRunning() && SlaRules.metByStatement(c.getKind()) && !at.isBefore(c.getStartedAt())) {
            c.meet(at, SlaCalculator.businessMinutes(c.getStartedAt(), at, cal, List.of()));
            if (SlaRules.restartsAfterStatement(c.getKind(), status)) {
                c.restart(at);
                schedule(c, cal, List.of());
            }
        }
    }
}
