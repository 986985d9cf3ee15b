package com.cxops.portal.notifications.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.HeaderContributor;
import com.cxops.portal.notifications.NotificationBroadcaster;
import com.cxops.portal.notifications.NotificationService;
import com.vaadin.flow.component.Component;

import java.time.Clock;

/** Puts the notification bell into the shell header of every UI. */
@org.springframework.stereotype.Component
class NotificationBellContributor implements HeaderContributor {

    private final NotificationService service;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;

    NotificationBellContributor(NotificationService service, NotificationBroadcaster broadcaster, CurrentUser user,
                                TranslationProvider i18n, Clock clock) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Component create() {
        return new NotificationBell(service, broadcaster, user, i18n, clock);
    }

    @Override
    public int order() {
        return 10;
    }
}
