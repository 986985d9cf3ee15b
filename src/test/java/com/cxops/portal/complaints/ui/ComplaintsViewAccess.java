package com.cxops.portal.complaints.ui;

import com.cxops.portal.complaints.ComplaintRow;
import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Lets tests of other features read the queue's SLA badge ("text|tone") without widening the view's API. */
public class ComplaintsViewAccess {

    /** The badge the browser gets for this row: "text|tone" ("|" when there is no badge). */
    @SuppressWarnings("unchecked")
    public String badge(int row) {
        ComplaintsView view = _get(ComplaintsView.class);
        ComplaintRow c = GridKt._get(view.grid, row);
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<ComplaintRow>) view.grid.getColumnByKey("slaDue").getRenderer();
        String text = String.valueOf(renderer.getValueProviders().get("sla").apply(c));
        String classes = String.valueOf(renderer.getValueProviders().get("slaClass").apply(c));
        return text + "|" + (classes.isEmpty() ? "" : classes.substring(classes.lastIndexOf(' ') + 1));
    }

    public void sortBySlaDue() {
        ComplaintsView view = _get(ComplaintsView.class);
        view.grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(view.grid.getColumnByKey("slaDue"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
    }

    public java.util.List<Long> ids() {
        ComplaintsView view = _get(ComplaintsView.class);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            ids.add(GridKt._get(view.grid, i).id());
        }
        return ids;
    }
}
