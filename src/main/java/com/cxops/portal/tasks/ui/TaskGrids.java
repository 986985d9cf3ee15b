package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.tasks.TaskRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/** The columns every task list shares: due badge, title, customer, type, status, priority (and owner). */
public final class TaskGrids {

    private TaskGrids() {
    }

    public static Grid<TaskRow> create(String id, Locale locale, ZoneId zone, TranslationProvider i18n, Clock clock, boolean owner) {
        Grid<TaskRow> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(SlaBadge.<TaskRow>renderer(r -> TaskTexts.due(r, clock.instant(), zone, locale, i18n), TaskRow::dueAt, zone, locale))
                .setHeader(i18n.translate(locale, "tasks.due")).setKey("due").setAutoWidth(true);
        grid.addColumn(r -> TaskTexts.title(r, i18n, locale)).setHeader(i18n.translate(locale, "tasks.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(r -> r.customerName() == null ? "" : r.customerName()).setHeader(i18n.translate(locale, "tasks.customer"))
                .setKey("customer").setFlexGrow(2);
        grid.addColumn(r -> r.typeName(locale)).setHeader(i18n.translate(locale, "tasks.type")).setKey("type").setAutoWidth(true);
        grid.addColumn(r -> i18n.translate(locale, r.status().messageKey())).setHeader(i18n.translate(locale, "tasks.status"))
                .setKey("status").setAutoWidth(true);
        grid.addColumn(r -> i18n.translate(locale, r.priority().messageKey())).setHeader(i18n.translate(locale, "tasks.priority"))
                .setKey("priority").setAutoWidth(true);
        if (owner) {
            grid.addColumn(r -> r.ownerName() == null ? "" : r.ownerName()).setHeader(i18n.translate(locale, "tasks.owner"))
                    .setKey("owner").setAutoWidth(true);
        }
        grid.addItemClickListener(e -> UI.getCurrent().navigate("tasks/" + e.getItem().id()));
        return grid;
    }
}
