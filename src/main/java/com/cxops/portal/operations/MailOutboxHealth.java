package com.cxops.portal.operations;

import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.notifications.MailOutboxService;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The mail outbox's backlog. A backlog is DEGRADED, not DOWN: the node still serves staff, so a load balancer keeps
 * it, while an operator sees that mail is not leaving (SMTP down or refusing).
 */
@Component("mailOutboxHealthIndicator")
class MailOutboxHealth implements HealthIndicator {

    private final MailOutboxService outbox;
    private final SettingsService settings;
    private final Clock clock;

    MailOutboxHealth(MailOutboxService outbox, SettingsService settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Health health() {
        final MailOutboxService.Backlog backlog = outbox.backlog();
        final Health.Builder health = Health.up();
        if (backlog.oldestPendingCreatedAt() != null) {
            final Duration age = Duration.between(backlog.oldestPendingCreatedAt(), clock.instant());
            health.withDetail("oldestPendingMinutes", age.toMinutes());
            if (age.toMinutes() > settings.getInt(OperationsSettings.OUTBOX_MAX_AGE_MINUTES)) {
                health.status(OperationsHealth.DEGRADED);
            }
        }
        return health.withDetail("pending", backlog.pending()).withDetail("failed", backlog.failed()).build();
    }
}
