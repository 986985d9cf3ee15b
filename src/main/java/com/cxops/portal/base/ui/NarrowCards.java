package com.cxops.portal.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

/**
 * A list that reads on a phone: below {@link #BREAKPOINT_PX} (a 375 px phone, a narrow window) the grid shows one
 * column that renders each row as a small card, instead of columns that would scroll sideways; from the breakpoint on,
 * the usual columns. Decided on the server from the browser's window width and its resize events, so the cards are
 * plain Lit templates (no npm build) and no second list is kept.
 */
public final class NarrowCards {

    public static final int BREAKPOINT_PX = 640;
    public static final String CARD_KEY = "card";
    private static final String KEEP = "cx-keep-beside-cards";

    private NarrowCards() {
    }

    /** Adds the card column (hidden on wide screens) and switches between columns and cards with the window width. */
    public static <T> Grid.Column<T> apply(Grid<T> grid, com.vaadin.flow.data.renderer.Renderer<T> card) {
        Grid.Column<T> column = grid.addColumn(card).setKey(CARD_KEY).setFlexGrow(1);
        column.setVisible(false);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            ExtendedClientDetails details = page.getExtendedClientDetails();
            if (details != null) {
                show(grid, details.getWindowInnerWidth());
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> show(grid, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        return column;
    }

    /**
     * Keeps a column beside the cards on a phone: an action the row needs there too (the pool's "claim" button), which
     * a card cannot hold as it is a plain template.
     */
    public static <T> Grid.Column<T> keepBesideCards(Grid.Column<T> column) {
        ComponentUtil.setData(column, KEEP, Boolean.TRUE);
        return column;
    }

    /** Cards below the breakpoint, columns otherwise; an unknown width (0 or less) keeps the columns. */
    public static <T> void show(Grid<T> grid, int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < BREAKPOINT_PX;
        grid.getColumns().forEach(c -> c.setVisible(CARD_KEY.equals(c.getKey()) == narrow || ComponentUtil.getData(c, KEEP) != null));
        if (narrow) {
            grid.addClassName("cx-narrow-cards");
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        } else {
            grid.removeClassName("cx-narrow-cards");
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        }
    }
}
