package com.cxops.portal.customers.ui;

import com.cxops.portal.base.ui.Notifications;
import com.cxops.portal.customers.CustomerLayer;
import com.vaadin.flow.component.html.Span;

/**
 * The customer layer as a chip: the same word and colour on every screen (UI.md), never colour alone.
 * Other features show a customer's layer with this too.
 */
public final class LayerChip {

    private LayerChip() {
    }

    public static Span of(CustomerLayer layer) {
        Span chip = new Span(Notifications.translate(layer.messageKey()));
        chip.addClassNames("cx-badge", cssClass(layer));
        return chip;
    }

    public static String cssClass(CustomerLayer layer) {
        return switch (layer) {
            case NEW -> "primary";
            case ACTIVE -> "success";
            case AT_RISK -> "warning";
            case DORMANT -> "error";
            case HIGH_NET_WORTH -> "cx-layer-vip";
            case REGULAR -> "neutral";
        };
    }

    /** A separate VIP chip for a VIP whose layer is something else (e.g. at risk), or a VIP marked by hand. */
    public static Span vip() {
        Span chip = new Span(Notifications.translate("customer.vip"));
        chip.addClassNames("cx-badge", "cx-layer-vip");
        return chip;
    }
}
