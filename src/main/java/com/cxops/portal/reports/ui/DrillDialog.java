package com.cxops.portal.reports.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.reports.DrillPager;
import com.cxops.portal.reports.PackWorkbook;
import com.cxops.portal.reports.ReportService;
import com.cxops.portal.reports.ReviewPeriod;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The rows behind one figure in a lazy grid (the count equals the figure), with a CSV download of all of them. */
class DrillDialog extends Dialog {

    static final int CSV_PAGE = 5_000;

    final Grid<DrillRow> grid = new Grid<>();
    final long count;
    private final transient TranslationProvider i18n;

    DrillDialog(ReportService reports, CurrentUser user, ReviewPeriod period, String kpiId, String split, String title) {
        this.i18n = (TranslationProvider) VaadinService.getCurrent().getInstantiator().getI18NProvider();
        count = reports.drillCount(period, kpiId, split);
        setHeaderTitle(getTranslation("reports.drill.title", title, count));
        setWidth("min(60em, 95vw)");
        setHeight("80vh");
        grid.setId("drill-grid");
        grid.addColumn(DrillRow::reference).setHeader(getTranslation("reports.drill.reference")).setAutoWidth(true);
        grid.addColumn(DrillRow::name).setHeader(getTranslation("reports.drill.name")).setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.at(), user.zone(), user.locale())).setHeader(getTranslation("reports.drill.at")).setAutoWidth(true);
        grid.addColumn(r -> r.detailKey() == null ? "" : getTranslation(r.detailKey())).setHeader(getTranslation("reports.drill.detail"));
        grid.addColumn(r -> r.value() == null ? "" : r.value()).setHeader(getTranslation("reports.drill.value"));
        // keyset paging: scrolling to row 900 000 reads a page as fast as the first one
        DrillPager pager = new DrillPager((after, limit) -> reports.drillPage(period, kpiId, split, after, limit));
        grid.setItems(q -> pager.fetch(q.getOffset(), q.getLimit()).stream().map(this::readable),
                q -> (int) Math.min(Integer.MAX_VALUE, count));
        grid.addItemDoubleClickListener(e -> {
            DrillRow r = e.getItem();
            if (r.kind() == DrillKind.CUSTOMER) {
                UI.getCurrent().navigate("customers/" + r.id());
            } else if (r.kind() == DrillKind.TASK) {
                UI.getCurrent().navigate("tasks/" + r.id());
            } else if (r.kind() == DrillKind.COMPLAINT || r.kind() == DrillKind.COMPENSATION || r.kind() == DrillKind.ACTION) {
                UI.getCurrent().navigate("complaints/" + r.id());
            }
            close();
        });
        grid.setSizeFull();
        add(grid);
        String name = kpiId.replace('.', '-') + "-" + period.label().replace(' ', '-') + ".csv";
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(reports, user, period, kpiId, split);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("reports.drill.csv"));
        csv.setId("drill-csv");
        csv.getElement().setAttribute("download", true);
        getFooter().add(csv, new Button(getTranslation("reports.drill.close"), e -> close()));
    }

    /** The row's name in the reader's language: automatic task titles are stored as message references. */
    private DrillRow readable(DrillRow row) {
        return row.withName(name -> i18n.text(getLocale(), name));
    }

    /** Every row, UTF-8 with a BOM (Excel shows Chinese), fields quoted and formulas neutralised. */
    private byte[] csv(ReportService reports, CurrentUser user, ReviewPeriod period, String kpiId, String split) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        out.write(String.join(",", PackWorkbook.csv(getTranslation("reports.drill.reference")), PackWorkbook.csv(getTranslation("reports.drill.name")),
                PackWorkbook.csv(getTranslation("reports.drill.at")), PackWorkbook.csv(getTranslation("reports.drill.detail")),
                PackWorkbook.csv(getTranslation("reports.drill.value"))) + "\r\n");
        for (DrillCursor after = DrillCursor.START; ; ) {
            List<DrillRow> page = reports.drillPage(period, kpiId, split, after, CSV_PAGE);
            after = after.after(page);
            for (DrillRow row : page) {
                DrillRow r = readable(row);
                out.write(String.join(",", PackWorkbook.csv(r.reference()), PackWorkbook.csv(r.name()),
                        PackWorkbook.csv(Formats.dateTime(r.at(), user.zone(), user.locale())),
                        PackWorkbook.csv(r.detailKey() == null ? null : getTranslation(r.detailKey())), PackWorkbook.csv(r.value())) + "\r\n");
            }
            if (page.size() < CSV_PAGE) {
                break;
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
