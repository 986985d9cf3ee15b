package com.cxops.portal.notifications;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** One mail waiting to be sent (or sent, or failed for good). Never deleted by the sender: failures stay visible. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends AbstractEntity {

    static final int SUBJECT_LENGTH = 300;
    static final int BODY_LENGTH = 8000;
    static final int ERROR_LENGTH = 1000;

    @Column(length = 64)
    private String recipient;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "source_type", nullable = false, length = 64)
    private String sourceType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    /** Attempts the server refused the address; only these can make a mail fail for good. */
    @Column(nullable = false)
    private int rejections;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The file sent with the mail (mail_attachment), kept so a retry sends the same bytes; null for none. */
    @Column(name = "attachment_id")
    private Long attachmentId;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String email, String subject, String body, String sourceType, Instant now) {
        this.recipient = recipient;
        this.email = email;
        this.subject = cut(subject, SUBJECT_LENGTH);
        this.body = cut(body, BODY_LENGTH);
        this.sourceType = sourceType;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    OutboxMail withAttachment(Long attachmentId) {
        this.attachmentId = attachmentId;
        return this;
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    void delivered(OutboxStatus how, Instant when) {
        status = how;
        attempts++;
        sentAt = when;
        lastError = null;
    }

    /**
     * A failed attempt: retried at {@code retryAt}; marked failed once the server has refused the address
     * {@code maxRejections} times (a permanently bad address).
     */
    void attemptFailed(String error, boolean rejected, Instant retryAt, int maxRejections) {
        attempts++;
        if (rejected) {
            rejections++;
        }
        lastError = cut(error == null ? "unknown error" : error, ERROR_LENGTH);
        if (rejections >= maxRejections) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** An administrator sends a failed mail again: it starts over, keeping its last error until the next attempt. */
    void retry(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        rejections = 0;
        nextAttemptAt = now;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getEmail() {
        return email;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getSourceType() {
        return sourceType;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getRejections() {
        return rejections;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }
}
