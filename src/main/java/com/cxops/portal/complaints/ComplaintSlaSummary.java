package com.cxops.portal.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The queue's copy of a complaint's SLA state (its earliest unmet target), kept by {@link ComplaintSlaService} from the
 * SLA clocks, so the queue sorts and badges complaints without reading the clocks.
 */
@Embeddable
public class ComplaintSlaSummary {

    /** Sort key of a complaint with nothing due (see {@link #dueSort}); the column's default in the schema. */
    public static final Instant NOTHING_DUE = Instant.parse("9999-12-31T00:00:00Z");

    @Column(name = "sla_due_at")
    private @Nullable Instant dueAt;

    /**
     * The queue's "soonest due first" key: the due instant, or {@link #NOTHING_DUE} when nothing is due, so complaints
     * with nothing due come last on one index walk (MySQL and MariaDB sort NULLs first and would need a filesort).
     */
    @Column(name = "sla_due_sort", nullable = false)
    private Instant dueSort = NOTHING_DUE;

    /** When the earliest unmet SLA target passes its warning point (the queue badge turns to the warning colour). */
    @Column(name = "sla_warn_at")
    private @Nullable Instant warnAt;

    @Column(name = "sla_breached", nullable = false)
    private boolean breached;

    public @Nullable Instant getDueAt() {
        return dueAt;
    }

    public @Nullable Instant getWarnAt() {
        return warnAt;
    }

    public boolean isBreached() {
        return breached;
    }

    void set(@Nullable Instant dueAt, boolean breached) {
        this.dueAt = dueAt;
        this.dueSort = dueAt == null ? NOTHING_DUE : dueAt;
        this.breached = breached;
    }
}
