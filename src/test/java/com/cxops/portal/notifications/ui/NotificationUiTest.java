package com.cxops.portal.notifications.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.notifications.MailPreferenceService;
import com.cxops.portal.notifications.NotificationService;
import com.cxops.portal.notifications.NotificationTypes;
import com.cxops.portal.notifications.OutboxStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationUiTest extends KaribuTestBase {

    @Autowired
    NotificationService notifications;

    private Span count() {
        // the badge is hidden when nothing is unread, so it is reached through the bell
        return _get(NotificationBell.class).badge;
    }

    private void warn(String username, String link) {
        notifications.notify(username, NotificationTypes.SLA_WARNING, "notification.type.SLA_WARNING", List.of(), link);
    }

    @Test
    void bell_shows_the_unread_count_and_lists_the_newest_in_the_viewers_language() {
        String me = loginNew(Role.AGENT);
        warn(me, null);
        notifications.notify(me, "COMPLAINT_ASSIGNED", "outbox.retried", List.of("<b>x</b>"), null);
        UI.getCurrent().navigate("");
        assertThat(count().getText()).isEqualTo("2");
        assertThat(_get(Button.class, s -> s.withId("notification-bell-button")).getAriaLabel()).hasValue("2 unread notifications");

        _click(_get(Button.class, s -> s.withId("notification-bell-button")));
        Popover popover = _get(Popover.class, s -> s.withId("notification-popover"));
        assertThat(popover.isOpened()).isTrue();
        List<Div> items = _find(Div.class, s -> s.withClasses("cx-notification-item"));
        assertThat(items).hasSize(2);
        // newest first; parameters are shown as text, never as markup
        assertThat(items.get(0).getElement().getTextRecursively()).startsWith("The mail to <b>x</b> will be sent again.");
        assertThat(items.get(1).getElement().getTextRecursively()).startsWith("Service level warning");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("just now");
    }

    @Test
    void chinese_viewer_reads_the_notification_in_chinese_with_the_exact_time_on_hover() {
        String me = loginNew(Role.MANAGER);
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        warn(me, null);
        clock.set(Instant.parse("2026-03-02T05:00:00Z"));
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("notification-bell-button")));
        Div item = _get(Div.class, s -> s.withClasses("cx-notification-item"));
        assertThat(item.getElement().getTextRecursively()).startsWith("服务时限预警").contains("3 h");
        Span when = _get(item, Span.class, s -> s.withClasses("cx-notification-time"));
        assertThat(when.getElement().getAttribute("title")).contains("2026");
    }

    @Test
    void clicking_a_notification_marks_it_read_and_opens_its_link() {
        String me = loginNew(Role.AGENT);
        warn(me, "notifications");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("notification-bell-button")));
        _get(Div.class, s -> s.withClasses("cx-notification-item")).getElement()
                .getComponent().ifPresent(c -> com.vaadin.flow.component.ComponentUtil.fireEvent(c,
                        new com.vaadin.flow.component.ClickEvent<>(c)));
        assertThat(notifications.unreadCount()).isZero();
        assertThat(count().isVisible()).isFalse();
        _get(NotificationsView.class);
    }

    @Test
    void mark_all_read_clears_the_count() {
        String me = loginNew(Role.AGENT);
        warn(me, null);
        warn(me, null);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("notification-bell-button")));
        assertThat(_find(Div.class, s -> s.withClasses("unread"))).hasSize(2);
        _click(_get(Button.class, s -> s.withId("notification-mark-all-read")));
        assertThat(count().isVisible()).isFalse();
        assertThat(_find(Div.class, s -> s.withClasses("unread"))).isEmpty();
        assertThat(_find(Div.class, s -> s.withClasses("cx-notification-item"))).hasSize(2);
    }

    @Test
    void empty_bell_says_so() {
        loginNew(Role.EXECUTIVE);
        UI.getCurrent().navigate("");
        assertThat(count().isVisible()).isFalse();
        _click(_get(Button.class, s -> s.withId("notification-bell-button")));
        assertThat(_get(Span.class, s -> s.withId("notification-empty")).getText()).isEqualTo("No notifications yet. Alerts about your work will appear here.");
    }

    @Test
    void a_new_notification_reaches_the_open_browser_without_a_reload() {
        String me = loginNew(Role.AGENT);
        UI.getCurrent().navigate("");
        assertThat(count().isVisible()).isFalse();

        warn(me, null);
        MockVaadin.clientRoundtrip(false);
        assertThat(count().getText()).isEqualTo("1");
        warn(unique("other"), null);
        MockVaadin.clientRoundtrip(false);
        assertThat(count().getText()).isEqualTo("1");
    }

    @Test
    void notifications_page_lists_all_and_filters_unread() {
        String me = loginNew(Role.AGENT);
        for (int i = 0; i < 12; i++) {
            warn(me, null);
            clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        }
        UI.getCurrent().navigate("notifications");
        @SuppressWarnings("unchecked")
        Grid<com.cxops.portal.notifications.Notification> grid = _get(Grid.class, s -> s.withId("notifications-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(12);
        notifications.markRead(GridKt._get(grid, 0).getId());
        _get(Checkbox.class, s -> s.withId("notifications-unread-only")).setValue(true);
        assertThat(GridKt._size(grid)).isEqualTo(11);
        _click(_get(Button.class, s -> s.withId("notifications-mark-all-read")));
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void mail_preferences_are_saved_per_person() {
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("account/notifications");
        Checkbox breach = _get(Checkbox.class, s -> s.withId("mail-pref-SLA_BREACH"));
        assertThat(breach.getValue()).isTrue();
        assertThat(breach.getLabel()).isEqualTo("Service level breached");
        breach.setValue(false);
        _click(_get(Button.class, s -> s.withId("mail-pref-save")));
        assertThat(ctx.getBean(MailPreferenceService.class).mine()).containsEntry(NotificationTypes.SLA_BREACH, false);
        UI.getCurrent().navigate("account/notifications");
        assertThat(_get(Checkbox.class, s -> s.withId("mail-pref-SLA_BREACH")).getValue()).isFalse();
    }

    @Test
    void outbox_is_for_administrators_only() {
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("admin/outbox");
        assertThat(_find(OutboxView.class)).isEmpty();

        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Select<OutboxStatus> status = _get(Select.class, s -> s.withId("outbox-status"));
        assertThat(status.getValue()).isEqualTo(OutboxStatus.FAILED);
        _get(Grid.class, s -> s.withId("outbox-grid"));
    }

}
