package com.cxops.portal.sla;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An executive on duty from a start to an end instant (the "executive direct line" for major complaints). */
@Entity
@Table(name = "duty_shift")
public class DutyShift extends AbstractEntity {

    public static final int NOTE_MAX = 200;

    @Column(nullable = false, length = 64)
    private String executive;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = NOTE_MAX)
    private String note;

    protected DutyShift() {
    }

    DutyShift(String executive, Instant startsAt, Instant endsAt, String note) {
        this.executive = executive;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.note = note;
    }

    public String getExecutive() {
        return executive;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getNote() {
        return note;
    }
}
