package com.cxops.portal.reports.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.reports.PackChange;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.PublishedPack;
import com.cxops.portal.reports.ReportService;
import com.cxops.portal.reports.ReviewPack;
import com.cxops.portal.reports.ReviewPeriod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.function.Supplier;

/**
 * Publishing the shown pack with the review's note (managers), and its published versions: each opens its frozen
 * figures and, from version 2 on, the figures that changed against the version before.
 */
class PublishingSection extends VerticalLayout {

    final TextArea note = new TextArea();
    final Button publish = new Button();
    final Grid<PublishedPack> published = new Grid<>();
    private final ReportService reports;
    private final CurrentUser user;
    private final StaffDirectory staff;
    private final PackText text;
    private final Supplier<ReviewPeriod> period;

    PublishingSection(ReportService reports, CurrentUser user, StaffDirectory staff, PackText text, boolean manager,
                      Supplier<ReviewPeriod> period) {
        this.reports = reports;
        this.user = user;
        this.staff = staff;
        this.text = text;
        this.period = period;
        setPadding(false);
        note.setId("reports-note");
        note.setLabel(text.t("reports.publish.note"));
        note.setMaxLength(PublishedPack.NOTE_MAX);
        note.setWidthFull();
        publish.setId("reports-publish");
        publish.setText(text.t("reports.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            try {
                PublishedPack p = reports.publish(period.get(), note.getValue());
                Toasts.success(text.t("reports.publish.done", p.version()));
                note.clear();
                refresh();
            } catch (InvalidInputException ex) {
                Toasts.error(ex.firstMessage(text::t));
            }
        });
        published.setId("reports-published");
        published.setAllRowsVisible(true);
        published.addColumn(p -> text.t("reports.published.version", p.version(),
                Formats.dateTime(p.publishedAt(), user.zone(), user.locale()), staff.displayName(p.publishedBy())))
                .setHeader(text.t("reports.published")).setFlexGrow(2);
        published.addColumn(p -> p.note() == null ? "" : p.note()).setHeader(text.t("reports.publish.note")).setFlexGrow(3);
        published.addComponentColumn(p -> {
            Button open = new Button(text.t("reports.published.open"), e -> openPublished(p));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setAutoWidth(true);
        add(new H3(text.t("reports.published")));
        if (manager) {
            HorizontalLayout row = new HorizontalLayout(note, publish);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
            add(row);
        }
        add(published);
    }

    void refresh() {
        published.setItems(reports.publications(period.get()));
    }

    void openPublished(PublishedPack p) {
        ReviewPack frozen = reports.published(p.id());
        Dialog d = new Dialog();
        d.setWidth("min(70em, 95vw)");
        d.setHeaderTitle(text.t("reports.pack." + p.kind()) + " " + frozen.period().label());
        d.add(new Span(text.t("reports.published.frozen", p.version(), Formats.dateTime(p.publishedAt(), user.zone(), user.locale()),
                staff.displayName(p.publishedBy()))));
        Grid<PackRow> g = new Grid<>();
        g.setId("published-grid");
        g.setAllRowsVisible(true);
        g.addThemeVariants(GridVariant.LUMO_COMPACT);
        g.addColumn(r -> r.overall() ? text.kpiName(r) : "").setHeader(text.t("reports.col.kpi")).setFlexGrow(3);
        g.addColumn(r -> r.overall() ? "" : text.splitName(r.split())).setHeader(text.t("reports.col.split")).setFlexGrow(2);
        g.addColumn(r -> text.format(r, r.value().value())).setHeader(text.t("reports.col.value"));
        g.addColumn(r -> r.target() == null ? "–" : text.format(r, r.target())).setHeader(text.t("reports.col.target"));
        g.addColumn(r -> r.rag() == null ? "" : text.t(r.rag().messageKey())).setHeader(text.t("reports.col.rag"));
        g.setItems(frozen.rows());
        if (p.version() > 1) {
            d.add(new H3(text.t("reports.published.changes")));
            List<PackChange> changes = reports.changes(p.id());
            if (changes.isEmpty()) {
                d.add(new Span(text.t("reports.published.no-changes")));
            } else {
                d.add(changesGrid(changes));
            }
        }
        d.add(g);
        d.getFooter().add(new Button(text.t("reports.drill.close"), e -> d.close()));
        d.open();
    }

    private Grid<PackChange> changesGrid(List<PackChange> changes) {
        Grid<PackChange> cg = new Grid<>();
        cg.setId("published-changes");
        cg.setAllRowsVisible(true);
        cg.addColumn(c -> text.t("reports.kpi." + c.kpi())).setHeader(text.t("reports.col.kpi"));
        cg.addColumn(c -> c.split().isEmpty() ? "" : text.splitName(c.split())).setHeader(text.t("reports.col.split"));
        cg.addColumn(c -> c.before() == null ? text.t("reports.no-data") : Formats.number(c.before(), user.locale()))
                .setHeader(text.t("reports.col.previous"));
        cg.addColumn(c -> c.after() == null ? text.t("reports.no-data") : Formats.number(c.after(), user.locale()))
                .setHeader(text.t("reports.col.value"));
        cg.setItems(changes);
        return cg;
    }
}
