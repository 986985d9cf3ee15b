package com.cxops.portal.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One step in a complaint's processing log. Never changed once written (so no version): the log is the record of
 * what happened. {@code from}/{@code to} hold codes (status, tier, staff username), {@code body} free text.
 */
@Entity
@Table(name = "complaint_timeline")
public class TimelineEntry {
    /** A note's longest text (the body column). */
    public static final int BODY_MAX = 4000;


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TimelineKind kind;

    @Column(name = "customer_visible", nullable = false)
    private boolean customerVisible;

    @Column(name = "from_value", length = 64)
    private String fromValue;

    @Column(name = "to_value", length = 64)
    private String toValue;

    @Column(length = 4000)
    private String body;

    protected TimelineEntry() {
    }

    TimelineEntry(long complaintId, Instant occurredAt, String actor, TimelineKind kind, boolean customerVisible,
                  String fromValue, String toValue, String body) {
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.customerVisible = customerVisible;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public TimelineKind getKind() {
        return kind;
    }

    public boolean isCustomerVisible() {
        return customerVisible;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public String getBody() {
        return body;
    }
}
