package com.cxops.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail. Append-only: never updated, so it carries no version. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "record_type", length = 64)
    private String recordType;

    @Column(name = "record_id", length = 64)
    private String recordId;

    @Column(length = 4000)
    private String details;

    /** The details as a message and arguments (AuditDetailsJson), read in the viewer's language; null on older rows. */
    @Column(name = "detail_data", length = 4000)
    private String detailData;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String recordType, String recordId, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.details = details;
    }

    AuditEntry(Instant occurredAt, String actor, String action, String recordType, String recordId, String details,
               String detailData) {
        this(occurredAt, actor, action, recordType, recordId, details);
        this.detailData = detailData;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getDetails() {
        return details;
    }

    public String getDetailData() {
        return detailData;
    }
}
