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

/** A finding of a major complaint's root-cause analysis, in one of the three dimensions. */
@Entity
@Table(name = "rca_finding")
public class RcaFinding {
    public static final int FINDING_MAX = 2000;


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RcaDimension dimension;

    @Column(nullable = false, length = 2000)
    private String finding;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected RcaFinding() {
    }

    RcaFinding(long complaintId, RcaDimension dimension, String finding, Instant createdAt, String createdBy) {
        this.complaintId = complaintId;
        this.dimension = dimension;
        this.finding = finding;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public RcaDimension getDimension() {
        return dimension;
    }

    public String getFinding() {
        return finding;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
