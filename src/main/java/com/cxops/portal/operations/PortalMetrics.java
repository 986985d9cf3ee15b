package com.cxops.portal.operations;

import com.cxops.portal.complaints.ComplaintCreated;
import com.cxops.portal.notifications.MailOutboxService;
import com.cxops.portal.notifications.NotificationSent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's own figures for operators, next to the JVM, HTTP and database-pool metrics Spring Boot records:
 * complaints received (per tier), notifications sent (per type: warnings, breaches, executive alerts and
 * escalations), failed logins, and the mail outbox (pending, failed). Counters count committed work only.
 */
@Component
class PortalMetrics {

    private static final Duration OUTBOX_READ_EVERY = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final MailOutboxService outbox;
    private final Clock clock;
    private final AtomicReference<CachedBacklog> backlog = new AtomicReference<>();

    PortalMetrics(MeterRegistry registry, MailOutboxService outbox, Clock clock) {
        this.registry = registry;
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("cxops.mail.outbox", this, m -> m.backlog().pending()).tag("status", "pending")
                .description("Mails waiting in the outbox").register(registry);
        Gauge.builder("cxops.mail.outbox", this, m -> m.backlog().failed()).tag("status", "failed")
                .description("Mails the outbox gave up on").register(registry);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void complaintCreated(ComplaintCreated event) {
        Counter.builder("cxops.complaints.received").tag("tier", event.tier().name())
                .description("Complaints received (created by staff, the API or import)").register(registry).increment();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void notificationSent(NotificationSent event) {
        Counter.builder("cxops.notifications.sent").tag("type", event.type())
                .description("Notifications sent to staff, by type (SLA warnings, breaches, executive alerts, escalations)")
                .register(registry).increment();
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        Counter.builder("cxops.logins.failed").description("Failed or refused staff logins")
                .register(registry).increment();
    }

    /** One count query per few seconds however often the gauges are scraped. */
    private MailOutboxService.Backlog backlog() {
        final CachedBacklog cached = backlog.get();
        final Instant now = clock.instant();
        if (cached != null && cached.readAt().plus(OUTBOX_READ_EVERY).isAfter(now)) {
            return cached.backlog();
        }
        final MailOutboxService.Backlog fresh = outbox.backlog();
        backlog.set(new CachedBacklog(fresh, now));
        return fresh;
    }

    private record CachedBacklog(MailOutboxService.Backlog backlog, Instant readAt) {
    }
}
