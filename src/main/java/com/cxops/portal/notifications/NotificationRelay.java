package com.cxops.portal.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings notifications written on other nodes to the bells open on this one. The broadcaster announces a change at
 * once only on the node whose transaction made it; with several nodes (docs/deployment.md) a person's screen may be
 * open on another. Every node therefore looks for new notification rows every few seconds
 * ({@code portal.notifications.relay-interval}) and tells its own open screens. No job lock: each node relays to its
 * own sessions. Announcing a count twice is harmless, so the scan overlaps the last one by a margin of ids, which
 * also catches a row whose id was taken before, but committed after, the newest one seen.
 */
@Component
public class NotificationRelay {

    static final long OVERLAP = 500;

    private final JdbcTemplate jdbc;
    private final NotificationBroadcaster broadcaster;
    private long lastSeenId = -1;

    NotificationRelay(JdbcTemplate jdbc, NotificationBroadcaster broadcaster) {
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
    }

    @Scheduled(fixedDelayString = "${portal.notifications.relay-interval:PT10S}", initialDelayString = "${portal.notifications.relay-interval:PT10S}")
    public synchronized void relay() {
        Set<String> listening = broadcaster.listening();
        if (lastSeenId < 0) {
            // the first run only finds the starting point: screens opened after this node started read their count
            lastSeenId = newestId();
            return;
        }
        if (listening.isEmpty()) {
            lastSeenId = newestId();
            return;
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT recipient, MAX(id) AS newest FROM notification WHERE id > ? GROUP BY recipient", Math.max(0, lastSeenId - OVERLAP));
        long newest = lastSeenId;
        for (Map<String, Object> row : rows) {
            String recipient = (String) row.get("recipient");
            newest = Math.max(newest, ((Number) row.get("newest")).longValue());
            if (listening.contains(recipient)) {
                broadcaster.announce(recipient);
            }
        }
        lastSeenId = newest;
    }

    private long newestId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM notification", Long.class);
        return id == null ? 0 : id;
    }
}
