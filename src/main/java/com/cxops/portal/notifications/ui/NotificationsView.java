package com.cxops.portal.notifications.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.notifications.Notification;
import com.cxops.portal.notifications.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;

/**
 * All of a person's notifications, newest first (the bell shows only the newest few). Reached from the bell, so no
 * menu entry: like the notification centres of Zendesk and GitHub.
 */
@Route("notifications")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Notification> grid = new Grid<>();
    final Checkbox unreadOnly = new Checkbox();

    public NotificationsView(NotificationService service, CurrentUser user, TranslationProvider i18n, Clock clock) {
        setSizeFull();
        unreadOnly.setId("notifications-unread-only");
        unreadOnly.setLabel(getTranslation("notifications.unread-only"));
        unreadOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            service.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("notifications-mark-all-read");
        RouterLink prefs = new RouterLink(getTranslation("notifications.mail-preferences"), MailPreferencesView.class);
        HorizontalLayout bar = new HorizontalLayout(unreadOnly, markAll, prefs);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("notifications-grid");
        grid.addComponentColumn(n -> {
            Span state = new Span(getTranslation(n.getReadAt() == null ? "notifications.unread" : "notifications.read"));
            state.addClassNames("cx-badge", n.getReadAt() == null ? "primary" : "neutral");
            return state;
        }).setHeader(getTranslation("notifications.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> NotificationText.text(this, n, i18n)).setHeader(getTranslation("notifications.text")).setFlexGrow(1);
        grid.addComponentColumn(n -> NotificationText.when(n, clock.instant(), user, i18n))
                .setHeader(getTranslation("notifications.when")).setAutoWidth(true).setFlexGrow(0);
        // newest first with the id as tiebreaker (the repository query fixes the order)
        grid.setItems(query -> service.mine(unreadOnly.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.addItemClickListener(e -> {
            Notification n = e.getItem();
            service.markRead(n.getId());
            if (n.getLink() != null && !n.getLink().isBlank()) {
                UI.getCurrent().navigate(n.getLink());
            } else {
                grid.getDataProvider().refreshItem(n);
                grid.getDataProvider().refreshAll();
            }
        });
        add(new H2(getTranslation("notifications.title")), bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}
