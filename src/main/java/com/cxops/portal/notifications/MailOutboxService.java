package com.cxops.portal.notifications;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mail outbox. Features queue mail inside their own transaction (it is sent only if that commits); the sender
 * job delivers it. Administrators see failed mail and send it again.
 */
@Service
@Transactional
public class MailOutboxService {

    private final OutboxRepository repository;
    private final MailAttachments attachments;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailOutboxService(OutboxRepository repository, MailAttachments attachments, SettingsService settings, AuditTrail audit,
                      JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.attachments = attachments;
        this.settings = settings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues one plain-text mail. It must join the caller's transaction (MANDATORY): the mail exists exactly when
     * the change that causes it does. Not secured: system jobs and public pages (surveys) queue mail too.
     *
     * @param recipient  username of a staff recipient, or null for a customer
     * @param sourceType what caused the mail (a notification type, "SURVEY_INVITATION", ...)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMail queue(String recipient, String email, String subject, String body, String sourceType) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sourceType, "sourceType");
        return repository.save(new OutboxMail(recipient, email.trim(), subject, body, sourceType, clock.instant()));
    }

    /** A plain-text mail to queue with {@link #queueAll}: the parameters of {@link #queue(String, String, String, String, String)}. */
    public record Draft(String recipient, String email, String subject, String body, String sourceType) {
    }

    /**
     * Queues many mails as {@link #queue(String, String, String, String, String)} does each, in one JDBC batch (a job
     * queueing a mail per notification). Joins the caller's transaction like {@code queue}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueAll(List<Draft> mails) {
        if (mails.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (Draft m : mails) {
            Objects.requireNonNull(m.email(), "email");
            Objects.requireNonNull(m.subject(), "subject");
            Objects.requireNonNull(m.body(), "body");
            Objects.requireNonNull(m.sourceType(), "sourceType");
            rows.add(new Object[]{m.recipient(), m.email().trim(), OutboxMail.cut(m.subject(), OutboxMail.SUBJECT_LENGTH),
                    OutboxMail.cut(m.body(), OutboxMail.BODY_LENGTH), m.sourceType(), OutboxStatus.PENDING.name(), now, now});
        }
        jdbc.batchUpdate("insert into mail_outbox (version, recipient, email, subject, body, source_type, status, attempts, rejections, "
                + "next_attempt_at, created_at) values (0, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)", rows);
    }

    /** The largest attachment the outbox takes, in bytes (setting notifications.mail.max-attachment-kb). */
    @Transactional(readOnly = true)
    public long maxAttachmentBytes() {
        return settings.getInt(NotificationSettings.MAX_ATTACHMENT_KB) * 1024L;
    }

    /**
     * Stores a file to send with mail queued by {@link #queue(String, String, String, String, String, Long)}; one
     * stored file may go with many mails. Joins the caller's transaction like {@code queue}.
     *
     * @throws IllegalArgumentException when it is larger than {@link #maxAttachmentBytes()}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long attach(String fileName, String contentType, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (content.length > maxAttachmentBytes()) {
            throw new IllegalArgumentException("attachment of " + content.length + " bytes is larger than " + maxAttachmentBytes());
        }
        return attachments.insert(OutboxMail.cut(fileName, 200), contentType, content, clock.instant());
    }

    /** Queues one plain-text mail with a file stored by {@link #attach}; {@code attachmentId} null for none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMail queue(String recipient, String email, String subject, String body, String sourceType, Long attachmentId) {
        OutboxMail mail = queue(recipient, email, subject, body, sourceType);
        return mail.withAttachment(attachmentId);
    }

    /** How much mail waits: counts only, no addresses or text, so health checks and metrics may read it unauthenticated. */
    public record Backlog(long pending, long failed, Instant oldestPendingCreatedAt) {
    }

    @Transactional(readOnly = true)
    public Backlog backlog() {
        return new Backlog(repository.countByStatus(OutboxStatus.PENDING), repository.countByStatus(OutboxStatus.FAILED),
                repository.oldestPendingCreatedAt());
    }

    /** The outbox for administrators, newest first; {@code status} null means all. */
    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<OutboxMail> page(OutboxStatus status, Pageable pageable) {
        return status == null ? repository.findAllBy(pageable) : repository.findByStatus(status, pageable);
    }

    /** Sends a failed mail again from the start of its back-off. */
    @AdminOnly
    public OutboxMail retry(long id, long editedVersion) {
        OutboxMail mail = repository.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(mail, editedVersion);
        if (mail.getStatus() != OutboxStatus.FAILED) {
            throw InvalidInputException.of("", "outbox.error.not-failed");
        }
        mail.retry(clock.instant());
        mail.touch(clock.instant(), Actors.current());
        audit.record("MAIL_RETRIED", "OutboxMail", id, AuditDetails.of("audit.detail.mail-retried", mail.getEmail(), mail.getLastError()));
        return repository.saveAndFlush(mail);
    }

    /** What the outbox shows of a mail's attachment: its name, content type and size in bytes. */
    public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes) {
    }

    /** A mail's attachment file as an administrator downloads it. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    /** The attachments of these mails (name, type, size; not the bytes), by mail id; mails without one are left out. */
    @AdminOnly
    @Transactional(readOnly = true)
    public java.util.Map<Long, AttachmentInfo> attachments(java.util.Collection<OutboxMail> mails) {
        java.util.Map<Long, AttachmentInfo> byId = attachments.infos(mails.stream().map(OutboxMail::getAttachmentId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        java.util.Map<Long, AttachmentInfo> out = new java.util.HashMap<>();
        for (OutboxMail m : mails) {
            AttachmentInfo info = m.getAttachmentId() == null ? null : byId.get(m.getAttachmentId());
            if (info != null) {
                out.put(m.getId(), info);
            }
        }
        return out;
    }

    /**
     * The attachment of a mail, for an administrator to download. Audited: the file (a review pack's workbook with
     * its detail sheets) holds customers' names and leaves the portal with the download.
     */
    @AdminOnly
    @Transactional
    public AttachmentFile downloadAttachment(long mailId) {
        OutboxMail mail = repository.findById(mailId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (mail.getAttachmentId() == null) {
            throw InvalidInputException.of("", "error.not-found");
        }
        MailDelivery.Attachment a = attachments.find(mail.getAttachmentId())
                .orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        audit.record("MAIL_ATTACHMENT_DOWNLOADED", "OutboxMail", mailId, AuditDetails.of("audit.detail.attachment-downloaded", a.fileName(), a.content().length, mail.getEmail()));
        return new AttachmentFile(a.fileName(), a.contentType(), a.content());
    }
}
