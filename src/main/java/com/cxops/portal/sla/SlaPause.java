package com.cxops.portal.sla;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A time the complaint waited on the customer; its clocks (first response, resolution) stood still meanwhile. */
@Entity
@Table(name = "sla_pause")
public class SlaPause extends AbstractEntity {

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SlaPause() {
    }

    SlaPause(long complaintId, Instant startedAt) {
        this.complaintId = complaintId;
        this.startedAt = startedAt;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    Interval interval() {
        return new Interval(startedAt, endedAt);
    }
}
