package com.cxops.portal.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * The badge of UI.md (class {@code cx-badge} plus a tone class, always with its word) for a grid column, rendered
 * in the browser from two strings per row. A component per cell would keep a server-side component for every row
 * a grid has sent, in every open page: lazy lists (queue, customers) use this instead.
 */
public final class BadgeRenderer {

    private BadgeRenderer() {
    }

    /**
     * @param text the badge's word ("" for no badge)
     * @param tone its tone class (neutral, warning, error, success, primary, or a feature's own)
     */
    public static <T> LitRenderer<T> of(ValueProvider<T, String> text, ValueProvider<T, String> tone) {
        return LitRenderer.<T>of("<span class=\"${item.badgeClass}\">${item.badge}</span>")
                .withProperty("badge", text)
                .withProperty("badgeClass", row -> classNames(text.apply(row), tone.apply(row)));
    }

    /** "cx-badge" and the tone, or nothing when there is no word to show. */
    public static String classNames(String text, String tone) {
        return text == null || text.isEmpty() ? "" : "cx-badge " + tone;
    }
}
