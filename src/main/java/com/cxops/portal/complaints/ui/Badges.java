package com.cxops.portal.complaints.ui;

import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.base.ui.BadgeRenderer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

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

    /** The tier badge for a grid column (rendered in the browser, no component per row). */
    static <T> LitRenderer<T> tierColumn(ValueProvider<T, Tier> tier) {
        return BadgeRenderer.of(row -> s(tier.apply(row).messageKey()), row -> tone(tier.apply(row)));
    }

    static Span status(ComplaintStatus status) {
        Span s = new Span(s(status.messageKey()));
        s.addClassNames("cx-badge", tone(status));
        return s;
    }

    /** The status badge for a grid column (rendered in the browser, no component per row). */
    static <T> LitRenderer<T> statusColumn(ValueProvider<T, ComplaintStatus> status) {
        return BadgeRenderer.of(row -> s(status.apply(row).messageKey()), row -> tone(status.apply(row)));
    }

    /** The badge colour class of a status. */
    static String tone(ComplaintStatus status) {
        return switch (status) {
            case RESOLVED, CLOSED -> "success";
            case WAITING_CUSTOMER -> "neutral";
            default -> "primary";
        };
    }

    private static String s(String key) {
        return com.cxops.portal.base.ui.Toasts.translate(key);
    }
}
