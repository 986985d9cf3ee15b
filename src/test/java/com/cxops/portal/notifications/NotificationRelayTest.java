package com.cxops.portal.notifications;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.vaadin.flow.shared.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationRelayTest extends SpringTestBase {

    @Autowired
    NotificationRelay relay;
    @Autowired
    NotificationBroadcaster broadcaster;
    @Autowired
    JdbcTemplate jdbc;

    /** As another node would: the row is committed there, so no event reaches this node's broadcaster. */
    private void writtenOnAnotherNode(String recipient) {
        jdbc.update("INSERT INTO notification (recipient, type, message_key, params, link, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                recipient, NotificationTypes.SLA_WARNING, "notification.type.SLA_WARNING", "[]", "complaints/1", LocalDateTime.now());
    }

    @Test
    void a_notification_written_on_another_node_reaches_the_open_bell_on_this_one_at_the_next_relay() {
        String listening = unique("bell");
        String elsewhere = unique("away");
        testStaff.ensure(listening, Role.AGENT);
        testStaff.ensure(elsewhere, Role.AGENT);
        List<Long> heard = new CopyOnWriteArrayList<>();
        Registration bell = broadcaster.register(listening, heard::add);
        try {
            relay.relay(); // finds its starting point (or relays what came before)
            heard.clear();

            writtenOnAnotherNode(listening);
            writtenOnAnotherNode(listening);
            writtenOnAnotherNode(elsewhere);
            relay.relay();

            assertThat(heard).containsExactly(2L);
        } finally {
            bell.remove();
        }
    }

    @Test
    void a_relay_with_nothing_new_for_open_bells_tells_nobody_who_is_not_listening() {
        String listening = unique("bell");
        testStaff.ensure(listening, Role.AGENT);
        relay.relay();
        writtenOnAnotherNode(unique("nobody"));
        List<Long> heard = new CopyOnWriteArrayList<>();
        Registration bell = broadcaster.register(listening, heard::add);
        try {
            relay.relay();
            assertThat(heard).isEmpty();
        } finally {
            bell.remove();
        }
    }
}
