package com.cxops.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The scaffold every {@link HomeSection} shares: a title over a grid with its empty-state text, a fixed height (a
 * lazy grid) or all rows shown (a short list), a click that opens the row's page, and optional components under the
 * grid. The section is {@code home-section-<key>} and its grid {@code home-<key>}, so tests and styles find them the
 * same way on every section. The feature builds the grid's columns and items; the scaffold does the rest.
 */
public final class HomeSectionBuilder<T> {

    private final String key;
    private final String title;
    private final Grid<T> grid;
    private final List<Component> below = new ArrayList<>();

    private HomeSectionBuilder(String key, String title, Grid<T> grid) {
        this.key = key;
        this.title = title;
        this.grid = grid;
    }

    /** @param key names the section and its grid; @param title the section title, already translated */
    public static <T> HomeSectionBuilder<T> of(String key, String title, Grid<T> grid) {
        return new HomeSectionBuilder<>(key, title, grid);
    }

    /** What the grid says when it has no rows (UI.md: what to do next), already translated. */
    public HomeSectionBuilder<T> emptyText(String text) {
        grid.setEmptyStateText(text);
        return this;
    }

    /** A lazy grid of this height, scrolling within it. */
    public HomeSectionBuilder<T> height(String height) {
        grid.setHeight(height);
        return this;
    }

    /** A short list shown whole, without scrolling. */
    public HomeSectionBuilder<T> allRowsVisible() {
        grid.setAllRowsVisible(true);
        return this;
    }

    /** A click on a row opens this route (e.g. "complaints/12"). */
    public HomeSectionBuilder<T> opens(Function<T, String> route) {
        grid.addItemClickListener(e -> UI.getCurrent().navigate(route.apply(e.getItem())));
        return this;
    }

    /** Components under the grid, e.g. a link to the full list. */
    public HomeSectionBuilder<T> below(Component... components) {
        below.addAll(List.of(components));
        return this;
    }

    public VerticalLayout build() {
        grid.setId("home-" + key);
        VerticalLayout section = new VerticalLayout(new H3(title), grid);
        section.add(below.toArray(Component[]::new));
        section.setPadding(false);
        section.setId("home-section-" + key);
        return section;
    }
}
