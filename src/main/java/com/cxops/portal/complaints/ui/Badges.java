package com.cxops.portal.complaints.ui;

import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.Tier;
import com.vaadin.flow.component.html.Span;

/** Tier and status badges: colour plus the word, never colour alone (UI.md). */
final class Badges {

    private Badges() {
    }

    static Span tier(Tier tier) {
        Span s = new Span(s(tier.messageKey()));
        s.addClassNames("cx-badge", tone(tier));
        return s;
    }

    /** The badge colour class of a tier. */
    static String tone(Tier tier) {
        return switch (tier) {
            case NORMAL -> "neutral";
            case URGENT -> "warning";
            case MAJOR -> "error";
        };
    }

    static Span status(ComplaintStatus status) {
        Span s = new Span(s(status.messageKey()));
        s.addClassNames("cx-badge", switch (status) {
            case RESOLVED, CLOSED -> "success";
            case WAITING_CUSTOMER -> "neutral";
            default -> "primary";
        });
        return s;
    }

    private static String s(String key) {
        return com.cxops.portal.base.ui.Notifications.translate(key);
    }
}
