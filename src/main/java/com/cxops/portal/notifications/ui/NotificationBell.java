package com.cxops.portal.notifications.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.notifications.Notification;
import com.cxops.portal.notifications.NotificationBroadcaster;
import com.cxops.portal.notifications.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import java.time.Clock;
import java.util.List;

/**
 * The bell in the header: the unread count (kept live through {@link NotificationBroadcaster} and @Push) and, on
 * click, the newest notifications. Clicking one marks it read and opens its link.
 */
public class NotificationBell extends Div {

    private final transient NotificationService service;
    private final transient NotificationBroadcaster broadcaster;
    private final transient CurrentUser user;
    private final transient TranslationProvider i18n;
    private final transient Clock clock;
    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    /** Built on the first click: most pages are used without ever opening it, and it is a dozen components. */
    Popover popover;
    VerticalLayout list;
    private Registration registration;

    public NotificationBell(NotificationService service, NotificationBroadcaster broadcaster, CurrentUser user,
                            TranslationProvider i18n, Clock clock) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
        setId("notification-bell");
        addClassName("cx-bell");
        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> toggle());
        badge.setId("notification-unread-count");
        badge.addClassName("cx-bell-count");
        badge.getElement().setAttribute("aria-live", "polite");

        add(bell, badge);
    }

    private void toggle() {
        if (popover == null) {
            buildPopover();
        }
        if (popover.isOpened()) {
            popover.close();
        } else {
            fillList();
            popover.open();
        }
    }

    private void buildPopover() {
        popover = new Popover();
        list = new VerticalLayout();
        popover.setId("notification-popover");
        popover.setTarget(bell);
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("26rem");
        popover.setAriaLabel(getTranslation("notifications.title"));
        list.setId("notification-list");
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("cx-notification-list");

        Button markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            service.markAllRead();
            showCount(service.unreadCount());
            fillList();
        });
        markAll.setId("notification-mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        H4 title = new H4(getTranslation("notifications.title"));
        HorizontalLayout top = new HorizontalLayout(title, markAll);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        RouterLink all = new RouterLink(getTranslation("notifications.see-all"), NotificationsView.class);
        all.setId("notification-see-all");
        all.getElement().addEventListener("click", e -> popover.close());
        RouterLink prefs = new RouterLink(getTranslation("notifications.mail-preferences"), MailPreferencesView.class);
        prefs.setId("notification-mail-preferences");
        prefs.getElement().addEventListener("click", e -> popover.close());
        HorizontalLayout bottom = new HorizontalLayout(all, prefs);
        bottom.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bottom.setWidthFull();
        VerticalLayout content = new VerticalLayout(top, list, bottom);
        content.setPadding(false);
        content.setSpacing(false);
        popover.add(content);
        add(popover);
    }

    void fillList() {
        list.removeAll();
        List<Notification> newest = service.newest();
        if (newest.isEmpty()) {
            Span empty = new Span(getTranslation("notifications.empty"));
            empty.setId("notification-empty");
            empty.addClassName("cx-notification-empty");
            list.add(empty);
        }
        for (Notification n : newest) {
            Span text = new Span(NotificationText.text(this, n, i18n));
            text.addClassName("cx-notification-text");
            Div item = new Div(text, NotificationText.when(n, clock.instant(), user, i18n));
            item.setId("notification-item-" + n.getId());
            item.addClassName("cx-notification-item");
            if (n.getReadAt() == null) {
                item.addClassName("unread");
            }
            item.getElement().setAttribute("role", "button");
            item.getElement().setAttribute("tabindex", "0");
            item.addClickListener(e -> open(n));
            list.add(item);
        }
    }

    private void open(Notification n) {
        service.markRead(n.getId());
        popover.close();
        showCount(service.unreadCount());
        if (n.getLink() != null && !n.getLink().isBlank()) {
            UI.getCurrent().navigate(n.getLink());
        }
    }

    void showCount(long count) {
        badge.setText(count == 0 ? "" : count > 99 ? "99+" : Long.toString(count));
        badge.setVisible(count > 0);
        String label = getTranslation("notifications.bell", count);
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        showCount(service.unreadCount());
        // the broadcast comes from another request's thread: update this UI under its own lock (@Push sends it)
        // (the open list is refilled on its next opening: it needs the person's own request to load)
        registration = broadcaster.register(user.username(), count -> ui.access(() -> showCount(count)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        super.onDetach(event);
    }
}
