package com.cxops.portal.notifications;

import com.cxops.portal.base.settings.SettingsService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends due mail from the outbox. Each mail is sent and marked in its own short transaction, so one bad mail does
 * not hold back the others. A failed attempt is retried with exponential back-off; SMTP being away never fails a
 * mail, only an address the server keeps refusing does (after a set number of refusals). Nothing is deleted.
 */
@Component
public class MailSenderJob {

    private static final Logger log = LoggerFactory.getLogger(MailSenderJob.class);

    private final OutboxRepository repository;
    private final MailDelivery delivery;
    private final MailAttachments attachments;
    private final SettingsService settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailSenderJob(OutboxRepository repository, MailDelivery delivery, MailAttachments attachments, SettingsService settings,
                  PlatformTransactionManager transactionManager, Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.attachments = attachments;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The scheduled run, on one node at a time (ShedLock locks only methods that return nothing). */
    @SchedulerLock(name = "mail-sender", lockAtMostFor = "${portal.mail.sender.lock-at-most-for:PT10M}")
    public void scheduledRun() {
        sendDue(delivery);
    }

    /** One run: sends up to a batch of due mail. Returns how many were delivered. */
    public int sendDue() {
        return sendDue(delivery);
    }

    int sendDue(MailDelivery via) {
        List<Long> due = transactions.execute(tx ->
                repository.findDueIds(clock.instant(), PageRequest.of(0, settings.getInt(NotificationSettings.BATCH_SIZE))));
        int delivered = 0;
        for (Long id : due) {
            if (send(id, via)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Sends one mail if it is due, in its own transaction. */
    boolean send(long id, MailDelivery via) {
        return Boolean.TRUE.equals(transactions.execute(tx -> sendOne(id, via)));
    }

    private boolean sendOne(long id, MailDelivery via) {
        OutboxMail mail = repository.findById(id).orElse(null);
        Instant now = clock.instant();
        // another run may have handled it between the query and now
        if (mail == null || mail.getStatus() != OutboxStatus.PENDING || mail.getNextAttemptAt().isAfter(now)) {
            return false;
        }
        try {
            MailDelivery.Attachment file = null;
            if (mail.getAttachmentId() != null) {
                file = attachments.find(mail.getAttachmentId())
                        .orElseThrow(() -> new MailDelivery.MailDeliveryException("attachment " + mail.getAttachmentId() + " missing", false, null));
            }
            OutboxStatus how = via.deliver(mail.getEmail(), mail.getSubject(), mail.getBody(), file);
            mail.delivered(how, now);
            return true;
        } catch (RuntimeException e) {
            // anything unexpected is treated like a server that is away: kept, with its error, and retried later
            boolean rejected = e instanceof MailDelivery.MailDeliveryException failure && failure.isRejected();
            String error = e instanceof MailDelivery.MailDeliveryException ? e.getMessage() : e.toString();
            mail.attemptFailed(error, rejected, now.plus(backOff(mail.getAttempts() + 1)),
                    settings.getInt(NotificationSettings.MAX_REJECTIONS));
            if (mail.getStatus() == OutboxStatus.FAILED) {
                log.warn("Mail {} to {} failed for good after {} attempts: {}", id, mail.getEmail(), mail.getAttempts(), error);
            } else {
                log.info("Mail {} to {} not sent (attempt {}), retrying at {}: {}", id, mail.getEmail(),
                        mail.getAttempts(), mail.getNextAttemptAt(), error);
            }
            return false;
        }
    }

    /** initial x 2^(attempt-1), at most the maximum. */
    Duration backOff(int attempt) {
        long initial = settings.getInt(NotificationSettings.RETRY_INITIAL_SECONDS);
        long max = settings.getInt(NotificationSettings.RETRY_MAX_SECONDS);
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long seconds = initial << shift;
        return Duration.ofSeconds(seconds <= 0 || seconds > max ? max : seconds);
    }
}
