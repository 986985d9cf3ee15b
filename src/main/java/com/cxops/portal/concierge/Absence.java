package com.cxops.portal.concierge;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A VIP manager away on these days (shop calendar, both included), with the deputy who takes their new work. */
@Entity
@Table(name = "concierge_absence")
public class Absence extends AbstractEntity {

    public static final int NOTE_MAX = 500;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "deputy_id", nullable = false)
    private long deputyId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected Absence() {
    }

    Absence(long staffId, long deputyId, LocalDate startsOn, LocalDate endsOn, String note, Instant createdAt, String createdBy) {
        this.staffId = staffId;
        this.deputyId = deputyId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long getStaffId() {
        return staffId;
    }

    public long getDeputyId() {
        return deputyId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getNote() {
        return note;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        this.cancelled = true;
    }

    public boolean covers(LocalDate day) {
        return !cancelled && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
