package com.cxops.portal.notifications;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationServiceTest extends SpringTestBase {

    @Autowired
    NotificationService notifications;
    @Autowired
    MailPreferenceService preferences;
    @Autowired
    NotificationBroadcaster broadcaster;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    PlatformTransactionManager transactionManager;

    private List<OutboxMail> mailTo(String username) {
        return outbox.findByEmail(username + "@test.example");
    }

    @Test
    void notification_is_stored_and_its_mail_queued_in_the_recipients_language() {
        String english = unique("en");
        String chinese = unique("zh");
        testStaff.ensure(english, Role.AGENT);
        testStaff.ensure(chinese, Role.AGENT);
        testStaff.setLanguage(chinese, "zh-CN");

        notifications.notify(english, NotificationTypes.SLA_WARNING, "notification.type.SLA_WARNING", List.of(), "complaints/7");
        notifications.notify(chinese, NotificationTypes.SLA_WARNING, "notification.type.SLA_WARNING", List.of(), "complaints/7");

        OutboxMail en = mailTo(english).getFirst();
        assertThat(en.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(en.getRecipient()).isEqualTo(english);
        assertThat(en.getSubject()).isEqualTo("[CX Ops Portal] Service level warning (time is running out)");
        assertThat(en.getBody()).contains("Hello Test " + english).contains("http://localhost:8080/complaints/7")
                .contains("http://localhost:8080/account/notifications");
        OutboxMail zh = mailTo(chinese).getFirst();
        assertThat(zh.getSubject()).contains("服务时限预警");
        assertThat(zh.getBody()).contains("您好").contains("在门户中打开");

        actAs(english, Role.AGENT);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        Notification n = notifications.newest().getFirst();
        assertThat(n.getLink()).isEqualTo("complaints/7");
        assertThat(n.getType()).isEqualTo(NotificationTypes.SLA_WARNING);
    }

    @Test
    void person_who_turned_a_type_off_gets_no_mail_for_it_but_still_the_notification() {
        String username = unique("pref");
        actAs(username, Role.MANAGER);
        preferences.saveMine(Map.of(NotificationTypes.SLA_BREACH, false));
        assertThat(preferences.mine()).containsEntry(NotificationTypes.SLA_BREACH, false).containsEntry(NotificationTypes.SLA_WARNING, true);

        notifications.notify(username, NotificationTypes.SLA_BREACH, "notification.type.SLA_BREACH", List.of(), null);
        notifications.notify(username, NotificationTypes.SLA_WARNING, "notification.type.SLA_WARNING", List.of(), null);

        assertThat(mailTo(username)).extracting(OutboxMail::getSourceType).containsExactly(NotificationTypes.SLA_WARNING);
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    @Test
    void types_received_from_other_features_appear_in_the_mail_preferences() {
        String username = unique("types");
        testStaff.ensure(username, Role.AGENT);
        notifications.notify(username, "COMPLAINT_ASSIGNED", "notifications.title", List.of(), null);
        actAs(username, Role.AGENT);
        assertThat(preferences.mine()).containsKey("COMPLAINT_ASSIGNED").containsKeys(NotificationTypes.KNOWN.toArray(String[]::new));
    }

    @Test
    void unknown_preference_type_is_refused_and_nothing_is_saved() {
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> preferences.saveMine(Map.of("bad type!", true)))
                .isInstanceOf(com.cxops.portal.base.InvalidInputException.class);
        assertThat(preferences.mine()).doesNotContainKey("bad type!");
    }

    @Test
    void notification_and_its_mail_roll_back_with_the_change_that_caused_them_and_are_never_announced() {
        String username = unique("rb");
        testStaff.ensure(username, Role.AGENT);
        List<Long> heard = new CopyOnWriteArrayList<>();
        var registration = broadcaster.register(username, heard::add);
        try {
            TransactionTemplate tx = new TransactionTemplate(transactionManager);
            assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                notifications.notify(username, NotificationTypes.SLA_BREACH, "notification.type.SLA_BREACH", List.of(), null);
                throw new IllegalStateException("the change failed");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(heard).isEmpty();
            assertThat(mailTo(username)).isEmpty();
            actAs(username, Role.AGENT);
            assertThat(notifications.unreadCount()).isZero();
        } finally {
            registration.remove();
        }
    }

    @Test
    void open_sessions_hear_the_new_unread_count_only_after_commit() {
        String username = unique("live");
        testStaff.ensure(username, Role.AGENT);
        List<Long> heard = new CopyOnWriteArrayList<>();
        var registration = broadcaster.register(username, heard::add);
        try {
            TransactionTemplate tx = new TransactionTemplate(transactionManager);
            tx.executeWithoutResult(status -> {
                notifications.notify(username, NotificationTypes.SLA_WARNING, "notification.type.SLA_WARNING", List.of(), null);
                notifications.notify(username, NotificationTypes.SLA_BREACH, "notification.type.SLA_BREACH", List.of(), null);
                assertThat(heard).as("nothing before commit").isEmpty();
            });
            assertThat(heard).contains(2L);

            actAs(username, Role.AGENT);
            notifications.markAllRead();
            assertThat(heard.getLast()).isZero();
        } finally {
            registration.remove();
        }
        assertThat(broadcaster.listenerCount(username)).isZero();
    }

    @Test
    void a_person_cannot_mark_someone_elses_notification_read() {
        String owner = unique("own");
        testStaff.ensure(owner, Role.AGENT);
        notifications.notify(owner, NotificationTypes.SLA_WARNING, "notification.type.SLA_WARNING", List.of(), null);
        actAs(owner, Role.AGENT);
        long id = notifications.newest().getFirst().getId();

        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(AccessDeniedException.class);

        actAs(owner, Role.AGENT);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markRead(id);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(true, PageRequest.of(0, 10))).isEmpty();
        assertThat(notifications.mine(false, PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    void reading_notifications_needs_a_login() {
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
