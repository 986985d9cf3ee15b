package com.cxops.portal.sla;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A public statement about a complaint, published somewhere (where, a link or its text, by whom, when). It meets the
 * public-statement and next-update targets at the instant it was published; a workflow state never does.
 */
@Entity
@Table(name = "sla_statement")
public class PublicStatement extends AbstractEntity {

    public static final int LINK_MAX = 500;
    public static final int TEXT_MAX = 2000;
    public static final int PUBLISHED_BY_MAX = 100;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StatementChannel channel;

    @Column(length = LINK_MAX)
    private String link;

    @Column(name = "statement_text", length = TEXT_MAX)
    private String text;

    @Column(name = "published_by", nullable = false, length = PUBLISHED_BY_MAX)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PublicStatement() {
    }

    PublicStatement(long complaintId, StatementChannel channel, String link, String text, String publishedBy, Instant publishedAt,
                    String recordedBy, Instant recordedAt) {
        this.complaintId = complaintId;
        this.channel = channel;
        this.link = link;
        this.text = text;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public StatementChannel getChannel() {
        return channel;
    }

    public String getLink() {
        return link;
    }

    public String getText() {
        return text;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
