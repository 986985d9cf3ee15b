package com.cxops.portal.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The demo's bell (portal.demo.enabled): the demo data hands out a few hundred tasks through the real task service,
 * each with its notification, all at the first start. The demo staff have read all but their newest task
 * notifications, as people who have worked their queue would have; service-level alerts stay as the monitor raises
 * them. Runs after every demo loader (order 50), only while nobody has read a notification yet.
 */
@Component
class DemoNotifications {

    static final int UNREAD_TASK_NOTIFICATIONS = 10;
    private static final String TASK_ASSIGNED = "TASK_ASSIGNED";
    private static final Logger log = LoggerFactory.getLogger(DemoNotifications.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;

    DemoNotifications(JdbcTemplate jdbc, Clock clock, @Value("${portal.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    public void settle() {
        Long read = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE read_at IS NOT NULL", Long.class);
        if (!enabled || read == null || read > 0) {
            return;
        }
        int marked = 0;
        Timestamp now = Timestamp.from(clock.instant());
        List<String> recipients = jdbc.queryForList("SELECT DISTINCT recipient FROM notification WHERE type = ? AND read_at IS NULL",
                String.class, TASK_ASSIGNED);
        for (String recipient : recipients) {
            List<Long> newest = jdbc.queryForList("SELECT id FROM notification WHERE recipient = ? AND type = ? AND read_at IS NULL "
                    + "ORDER BY id DESC LIMIT " + UNREAD_TASK_NOTIFICATIONS, Long.class, recipient, TASK_ASSIGNED);
            if (newest.size() == UNREAD_TASK_NOTIFICATIONS) {
                marked += jdbc.update("UPDATE notification SET read_at = ? WHERE recipient = ? AND type = ? AND read_at IS NULL AND id < ?",
                        now, recipient, TASK_ASSIGNED, newest.getLast());
            }
        }
        if (marked > 0) {
            log.info("Demo bell: {} older task notifications marked read, the newest {} a person stay unread", marked, UNREAD_TASK_NOTIFICATIONS);
        }
    }
}
