package com.cxops.portal;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.lang.reflect.Method;

/** The HTML a Lit renderer gives the browser for one item: its template filled with the item's properties. */
public final class LitHtml {

    private LitHtml() {
    }

    public static <T> String of(LitRenderer<T> renderer, T item) {
        try {
            // the template is protected in Vaadin; karibu reads it the same way
            Method template = LitRenderer.class.getDeclaredMethod("getTemplateExpression");
            template.setAccessible(true);
            return RenderersKt.renderLitTemplate((String) template.invoke(renderer), renderer.getValueProviders(), item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML of a grid cell whose column is Lit-rendered. */
    @SuppressWarnings("unchecked")
    public static <T> String cell(Grid<T> grid, int row, String columnKey) {
        return of((LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer(), GridKt._get(grid, row));
    }
}
