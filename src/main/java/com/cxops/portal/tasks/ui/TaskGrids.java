package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.NarrowCards;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.tasks.TaskRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

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
        NarrowCards.apply(grid, card(locale, zone, i18n, clock, owner));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("tasks/" + e.getItem().id()));
        return grid;
    }

    /** The task as a card for a phone: due badge and title, then customer, type, status, priority (and owner). */
    static LitRenderer<TaskRow> card(Locale locale, ZoneId zone, TranslationProvider i18n, Clock clock, boolean owner) {
        return LitRenderer.<TaskRow>of("<div class=\"cx-row-card\"><div class=\"cx-row-card-head\">"
                        + "<span class=\"${item.dueClass}\" title=\"${item.dueTitle}\">${item.due}</span>"
                        + "<span class=\"cx-row-card-title\">${item.title}</span></div>"
                        + "<div class=\"cx-row-card-meta\">${item.meta}</div></div>")
                .withProperty("due", r -> TaskTexts.due(r, clock.instant(), zone, locale, i18n).text())
                .withProperty("dueClass", r -> SlaBadge.classNames(TaskTexts.due(r, clock.instant(), zone, locale, i18n)))
                .withProperty("dueTitle", r -> SlaBadge.title(r.dueAt(), zone, locale))
                .withProperty("title", r -> TaskTexts.title(r, i18n, locale))
                .withProperty("meta", r -> String.join(" · ", java.util.stream.Stream.of(r.customerName(), r.typeName(locale),
                                i18n.translate(locale, r.status().messageKey()), i18n.translate(locale, r.priority().messageKey()),
                                owner ? r.ownerName() : null)
                        .filter(s -> s != null && !s.isEmpty()).toList()));
    }
}
