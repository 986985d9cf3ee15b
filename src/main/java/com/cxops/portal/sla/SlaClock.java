package com.cxops.portal.sla;

import com.cxops.portal.base.AbstractEntity;
import com.cxops.portal.complaints.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Duration;
import java.time.Instant;

/**
 * One service-level target of one complaint: the policy copied in when it started (a later policy change applies to
 * new complaints only), its instants (due, warning point, warned, met, breached) and the business minutes it took.
 * Only changed columns are written: the monitor marks warnings and breaches with bulk updates in its own
 * transactions, and a workflow change saved at the same time must not write them back.
 */
@Entity
@Table(name = "sla_clock")
@DynamicUpdate
public class SlaClock extends AbstractEntity {

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SlaTargetKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Tier tier;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "calendar_id", nullable = false)
    private long calendarId;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    @Column(nullable = false)
    private int cycle;

    /** Not met yet (a paused clock is still running in this sense: it has not ended). */
    @Column(nullable = false)
    private boolean running;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(nullable = false)
    private boolean breached;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(name = "business_minutes")
    private Long businessMinutes;

    /** Ended without being met: the complaint was closed (or resolved, for the next update) before it could be. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "warn_pending", nullable = false)
    private boolean warnPending;

    @Column(name = "breach_pending", nullable = false)
    private boolean breachPending;

    protected SlaClock() {
    }

    SlaClock(long complaintId, SlaTargetKind kind) {
        this.complaintId = complaintId;
        this.kind = kind;
    }

    /** (Re)starts the clock on a target: a new cycle, so warning and breach can each fire once more. */
    void start(Tier tier, SlaTarget target, Instant at, boolean firstCycle) {
        if (!firstCycle) {
            decideReplaced(at);
        }
        this.tier = tier;
        this.durationMinutes = Math.toIntExact(target.duration().toMinutes());
        this.calendarId = target.calendarId();
        this.warningPercent = target.warningPercent();
        this.cycle = firstCycle ? 0 : cycle + 1;
        this.running = true;
        this.startedAt = at;
        this.metAt = null;
        this.cancelledAt = null;
        this.warnedAt = null;
        this.businessMinutes = null;
        // the executive is alerted at once (EXEC_ALERT), so that clock has no separate warning
        this.warnPending = kind != SlaTargetKind.EXECUTIVE_ACK;
        this.breachPending = true;
    }

    /** Restarts the same promise from {@code at} (reopen): same duration, calendar and warning point. */
    void restart(Instant at) {
        this.cycle = cycle + 1;
        this.running = true;
        this.startedAt = at;
        this.metAt = null;
        this.cancelledAt = null;
        this.warnedAt = null;
        this.businessMinutes = null;
        this.warnPending = kind != SlaTargetKind.EXECUTIVE_ACK;
        this.breachPending = true;
    }

    void schedule(Instant due, Instant warn, Instant pausedSince) {
        this.dueAt = due;
        this.warnAt = warn;
        this.pausedSince = pausedSince;
    }

    /**
     * Met at {@code at}: a target met after its due instant is breached at that instant, decided here whatever the
     * monitor did (it may not have run in between, or at all). Met exactly at the due instant is in time.
     */
    void meet(Instant at, long minutes) {
        if (dueAt != null && at.isAfter(dueAt)) {
            this.breached = true;
            this.breachedAt = dueAt;
        }
        this.running = false;
        this.metAt = at;
        this.pausedSince = null;
        this.businessMinutes = minutes;
        this.warnPending = false;
        this.breachPending = false;
    }

    /**
     * Ends a running target that can no longer be met (the complaint was closed, or resolved for the next update): it
     * is cancelled and not counted in compliance, unless its due instant had passed, then it stays breached at its due.
     */
    void cancel(Instant at) {
        if (dueAt != null && at.isAfter(dueAt)) {
            this.breached = true;
            this.breachedAt = dueAt;
        }
        this.running = false;
        this.cancelledAt = at;
        this.pausedSince = null;
        this.warnPending = false;
        this.breachPending = false;
    }

    /** A running target replaced by a tighter one (tier rise) after its due instant was broken: breached at its due. */
    private void decideReplaced(Instant at) {
        if (running && dueAt != null && at.isAfter(dueAt)) {
            this.breached = true;
            this.breachedAt = dueAt;
        }
    }

    void workedBy(Long team, Long assignee) {
        this.teamId = team;
        this.assigneeId = assignee;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public SlaTargetKind getKind() {
        return kind;
    }

    public Tier getTier() {
        return tier;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public long getCalendarId() {
        return calendarId;
    }

    public int getWarningPercent() {
        return warningPercent;
    }

    public int getCycle() {
        return cycle;
    }

    public boolean isRunning() {
        return running;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public boolean isBreached() {
        return breached;
    }

    /** Breached in the current cycle (a reopened resolution starts clean; the first round's breach stays recorded). */
    public boolean isBreachedThisCycle() {
        return breached && breachedAt != null && !breachedAt.isBefore(startedAt);
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Long getBusinessMinutes() {
        return businessMinutes;
    }

    public boolean isWarnPending() {
        return warnPending;
    }

    public boolean isBreachPending() {
        return breachPending;
    }
}
