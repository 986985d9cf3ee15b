package com.cxops.portal.reports.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.ReportExport;
import com.cxops.portal.reports.ReportService;
import com.cxops.portal.reports.ReviewPack;
import com.cxops.portal.reports.ReviewActions;
import com.cxops.portal.reports.ReviewPeriod;
import com.cxops.portal.reports.ReviewTargets;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The review packs for managers and executives: pick a monthly, quarterly or yearly pack and its period. The page is
 * composed of sections: the figures ({@link PackGrid}: value, target and RAG, previous period, same period last year,
 * trend; every figure opens the rows behind it), the charts ({@link PackCharts}), the Excel export
 * ({@link PackExport}), publishing ({@link PublishingSection}) and the review's action items
 * ({@link ActionItemsSection}).
 */
@Route("reports")
@Menu(order = 60, title = "reports.menu", icon = "vaadin:chart")
@RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    final Select<PackKind> kind = new Select<>();
    final Select<ReviewPeriod> period = new Select<>();
    final Span status = new Span();
    final PackGrid grid;
    final PackCharts charts;
    final PackExport export;
    final PublishingSection publishing;
    final ActionItemsSection actionItems;

    private final ReportService reports;
    private final Clock clock;
    private ReviewPack pack;

    public ReportsView(ReportService reports, ReviewTargets targets, ReviewActions actions, ReportExport exporter, CurrentUser user,
                       StaffDirectory staff, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        boolean manager = user.hasRole(Role.Names.MANAGER);
        setWidthFull();
        addClassName("cx-reports");
        PackText text = new PackText(this, this::getLocale, reports, user);
        grid = new PackGrid(reports, targets, user, text, manager, period::getValue, this::load);
        charts = new PackCharts(text, grid::openDrill);
        export = new PackExport(exporter, user, period::getValue);
        publishing = new PublishingSection(reports, user, staff, text, manager, period::getValue);
        actionItems = new ActionItemsSection(actions, user, staff, clock, manager, period::getValue);
        grid.addSelectionListener(e -> charts.render(pack, e.getFirstSelectedItem().orElse(null)));

        kind.setId("reports-kind");
        kind.setLabel(getTranslation("reports.kind"));
        kind.setItems(PackKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("reports.kind." + k.name()));
        period.setId("reports-period");
        period.setLabel(getTranslation("reports.period"));
        period.setItemLabelGenerator(p -> p == null ? "" : p.label());
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                period.setItems(periods(e.getValue()));
                period.setValue(reports.lastCompleted(e.getValue()));
            }
        });
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load();
            }
        });

        HorizontalLayout toolbar = new HorizontalLayout(kind, period, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        status.setId("reports-status");

        add(new H2(getTranslation("reports.title")), toolbar, status, grid, charts, publishing, actionItems);
        kind.setValue(PackKind.MONTHLY);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }

    /** The periods offered: the last 24 months, 8 quarters or 5 years up to the current one, newest first. */
    private List<ReviewPeriod> periods(PackKind k) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), reports.zone());
        ReviewPeriod p = ReviewPeriod.containing(k, today);
        int n = switch (k) {
            case MONTHLY -> 24;
            case QUARTERLY -> 8;
            case YEARLY -> 5;
        };
        List<ReviewPeriod> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(p);
            p = p.previous();
        }
        return out;
    }

    void load() {
        pack = reports.pack(period.getValue());
        status.setText(pack.future() ? getTranslation("reports.future") : pack.inProgress() ? getTranslation("reports.in-progress") : "");
        status.setVisible(!status.getText().isEmpty());
        grid.show(pack);
        charts.render(pack, grid.getSelectedItems().stream().findFirst().orElse(null));
        publishing.refresh();
        actionItems.refresh();
        export.reset();
    }

    ReviewPack currentPack() {
        return pack;
    }

    void openDrill(PackRow r) {
        grid.openDrill(r);
    }
}
