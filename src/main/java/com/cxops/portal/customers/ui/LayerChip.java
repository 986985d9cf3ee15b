package com.cxops.portal.customers.ui;

import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.base.ui.BadgeRenderer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * The customer layer as a chip: the same word and colour on every screen (UI.md), never colour alone.
 * Other features show a customer's layer with this too.
 */
public final class LayerChip {

    private LayerChip() {
    }

    public static Span of(CustomerLayer layer) {
        Span chip = new Span(Toasts.translate(layer.messageKey()));
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

    /** The layer chip for a grid column (rendered in the browser, no component per row). */
    public static <T> LitRenderer<T> column(ValueProvider<T, CustomerLayer> layer) {
        return BadgeRenderer.of(row -> Toasts.translate(layer.apply(row).messageKey()), row -> cssClass(layer.apply(row)));
    }

    /** The VIP chip for a grid column: shown on VIP rows only. */
    public static <T> LitRenderer<T> vipColumn(ValueProvider<T, Boolean> vip) {
        return BadgeRenderer.of(row -> vip.apply(row) ? Toasts.translate("customer.vip") : "", row -> "cx-layer-vip");
    }

    /** A separate VIP chip for a VIP whose layer is something else (e.g. at risk), or a VIP marked by hand. */
    public static Span vip() {
        Span chip = new Span(Toasts.translate("customer.vip"));
        chip.addClassNames("cx-badge", "cx-layer-vip");
        return chip;
    }
}
