package com.cxops.portal.notifications.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.notifications.Notification;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.util.Locale;

/** How a notification reads: its message in the viewer's language (as text, never markup) and when it came. */
final class NotificationText {

    private NotificationText() {
    }

    /** Parameters that are message references (a task's title) read in the viewer's language too. */
    static String text(Component in, Notification n, TranslationProvider i18n) {
        Locale locale = in.getUI().map(UI::getLocale).orElse(TranslationProvider.ENGLISH);
        return i18n.translate(locale, n.getMessageKey(), i18n.params(locale, n.getParams()));
    }

    /** "3 h ago", with the exact time in the viewer's zone on hover. */
    static Span when(Notification n, Instant now, CurrentUser user, TranslationProvider i18n) {
        Span when = new Span(Formats.relative(n.getCreatedAt(), now, user.zone(), user.locale(), i18n));
        when.getElement().setAttribute("title", Formats.dateTime(n.getCreatedAt(), user.zone(), user.locale()));
        when.addClassName("cx-notification-time");
        return when;
    }
}
