package com.cxops.portal.reports.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.kpi.Direction;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.Rag;
import com.cxops.portal.reports.ReportService;
import com.cxops.portal.reports.ReviewPack;
import com.cxops.portal.reports.ReviewPeriod;
import com.cxops.portal.reports.ReviewTargets;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Supplier;

/**
 * The pack's figures: KPI, split, value (opening the rows behind it), target (editable by managers), RAG, previous
 * period, same period last year and a sparkline of the trend.
 */
class PackGrid extends Grid<PackRow> {

    private final ReportService reports;
    private final ReviewTargets targets;
    private final CurrentUser user;
    private final PackText text;
    private final boolean manager;
    private final Supplier<ReviewPeriod> period;
    private final Runnable reload;
    private ReviewPack pack;

    PackGrid(ReportService reports, ReviewTargets targets, CurrentUser user, PackText text, boolean manager, Supplier<ReviewPeriod> period,
             Runnable reload) {
        this.reports = reports;
        this.targets = targets;
        this.user = user;
        this.text = text;
        this.manager = manager;
        this.period = period;
        this.reload = reload;
        setId("reports-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(r -> r.overall() ? text.kpiName(r) : "").setHeader(text.t("reports.col.kpi")).setFlexGrow(3).setKey("kpi");
        addColumn(r -> r.overall() ? "" : text.splitName(r.split())).setHeader(text.t("reports.col.split")).setFlexGrow(2).setKey("split");
        addComponentColumn(this::value).setHeader(text.t("reports.col.value")).setKey("value").setAutoWidth(true);
        addComponentColumn(this::target).setHeader(text.t("reports.col.target")).setKey("target").setAutoWidth(true);
        addComponentColumn(r -> {
            Span s = new Span(r.rag() == null ? "" : text.t(r.rag().messageKey()));
            if (r.rag() != null) {
                s.addClassNames("cx-badge", r.rag() == Rag.GREEN ? "success" : r.rag() == Rag.AMBER ? "warning" : "error");
            }
            return s;
        }).setHeader(text.t("reports.col.rag")).setKey("rag").setAutoWidth(true);
        addColumn(r -> text.compare(r, r.previous())).setHeader(text.t("reports.col.previous")).setKey("previous").setAutoWidth(true);
        addColumn(r -> text.compare(r, r.lastYear())).setHeader(text.t("reports.col.last-year")).setKey("lastYear").setAutoWidth(true);
        addComponentColumn(r -> new Html("<span>" + SvgCharts.sparkline(r.trend(), 90, 22) + "</span>"))
                .setHeader(text.t("reports.col.trend")).setKey("trend").setWidth("110px").setFlexGrow(0);
    }

    /** Shows a pack's figures (the migration matrix only as its overall row: its cells are the heat map's). */
    void show(ReviewPack pack) {
        this.pack = pack;
        setItems(pack.rows().stream().filter(r -> !"customers.migration".equals(r.kpi().id()) || r.overall()).toList());
    }

    private com.vaadin.flow.component.Component value(PackRow r) {
        String shown = text.format(r, r.value().value());
        if (!r.value().hasData() || r.value().numerator() == 0 || pack.published()) {
            return new Span(shown);
        }
        Button b = new Button(shown, e -> openDrill(r));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setTooltipText(text.t("reports.drill.open"));
        b.setId("value-" + r.kpi().id() + (r.overall() ? "" : "-" + r.split().replace(':', '-').replace('>', '-')));
        return b;
    }

    private com.vaadin.flow.component.Component target(PackRow r) {
        Span t = new Span(r.target() == null ? "–" : text.format(r, r.target()));
        if (!manager || r.kpi().direction() == Direction.NONE) {
            return t;
        }
        Button edit = new Button(r.target() == null ? text.t("reports.target.edit") : t.getText(), e -> editTarget(r));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return edit;
    }

    void openDrill(PackRow r) {
        String title = text.kpiName(r) + (r.overall() ? "" : " · " + text.splitName(r.split()));
        new DrillDialog(reports, user, period.get(), r.kpi().id(), r.split(), title).open();
    }

    private void editTarget(PackRow r) {
        int year = period.get().firstDay().getYear();
        long version = targets.targetVersion(r.kpi().id(), r.split(), year);
        Dialog d = new Dialog();
        d.setHeaderTitle(text.t("reports.target.title", text.kpiName(r), text.splitName(r.split()), year));
        TextField value = new TextField(text.t("reports.target.value"));
        value.setId("target-value");
        value.setValue(r.target() == null ? "" : r.target().toPlainString());
        Button save = new Button(text.t("action.save"), e -> {
            try {
                targets.setTarget(r.kpi().id(), r.split(), year, value.getValue(), version);
                Toasts.success(text.t("reports.target.saved"));
                d.close();
                reload.run();
            } catch (InvalidInputException ex) {
                value.setInvalid(true);
                value.setErrorMessage(ex.firstMessage(text::t));
            } catch (ConcurrentEditException ex) {
                d.close();
                ConflictDialog.open(ex, user, reload::run);
            }
        });
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(value);
        d.getFooter().add(new Button(text.t("action.cancel"), e -> d.close()), save);
        d.open();
    }
}
