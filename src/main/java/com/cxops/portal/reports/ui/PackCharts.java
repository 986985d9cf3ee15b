package com.cxops.portal.reports.ui;

import com.cxops.portal.base.ui.StaticHtml;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.ReviewPack;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pack's charts, drawn on the server as SVG, each with its numbers as a table beside it: the trend of the chosen
 * figure (or the first rate), bars by layer, and the layer migration as a heat map whose cells open the customers.
 */
class PackCharts extends Div {

    private final PackText text;
    private final Consumer<PackRow> openDrill;

    PackCharts(PackText text, Consumer<PackRow> openDrill) {
        this.text = text;
        this.openDrill = openDrill;
        setId("reports-charts");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
    }

    /** Draws the charts of a pack; {@code chosen} is the figure selected in the grid (null: the first overall rate). */
    void render(ReviewPack pack, PackRow chosen) {
        removeAll();
        if (pack == null) {
            return;
        }
        PackRow line = chosen != null ? chosen
                : pack.rows().stream().filter(r -> r.overall() && r.kpi().unit() == KpiUnit.PERCENT).findFirst().orElse(null);
        if (line != null && !line.trend().isEmpty()) {
            String title = text.kpiName(line);
            add(chartWithTable(title, SvgCharts.line(title, pack.trendLabels(), line.trend()), pack.trendLabels(),
                    line.trend().stream().map(v -> text.format(line, v)).toList(), "chart-trend"));
        }
        // Bars by layer for the layer-split KPIs of the pack.
        for (String id : List.of("customers.repurchase-rate", "customers.ltv", "surveys.nps")) {
            List<PackRow> byLayer = pack.rows().stream().filter(r -> r.kpi().id().equals(id) && r.split().startsWith("layer:")).toList();
            if (!byLayer.isEmpty()) {
                String title = text.kpiName(byLayer.getFirst()) + " · " + text.t("reports.chart.by-layer");
                List<String> labels = byLayer.stream().map(r -> text.splitName(r.split())).toList();
                add(chartWithTable(title, SvgCharts.bars(title, labels, byLayer.stream().map(r -> r.value().value()).toList()), labels,
                        byLayer.stream().map(r -> text.format(r, r.value().value())).toList(), "chart-" + id.replace('.', '-')));
            }
        }
        List<PackRow> migration = pack.rows().stream().filter(r -> r.kpi().id().equals("customers.migration") && !r.overall()).toList();
        if (!migration.isEmpty()) {
            add(migrationHeatMap(migration));
        }
    }

    private Div chartWithTable(String title, String svg, List<String> labels, List<String> values, String id) {
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("flex", "1 1 28em").set("min-width", "min(28em, 100%)");
        box.add(new H3(title));
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        Div chart = new Div(new Html("<div>" + svg + "</div>"));
        chart.getStyle().set("flex", "2 1 18em");
        StringBuilder table = new StringBuilder("<table class='cx-chart-table'><caption>" + StaticHtml.escape(text.t("reports.chart.table"))
                + "</caption><tbody>");
        for (int i = 0; i < labels.size(); i++) {
            table.append("<tr><th scope='row'>").append(StaticHtml.escape(labels.get(i))).append("</th><td>")
                    .append(StaticHtml.escape(values.get(i))).append("</td></tr>");
        }
        row.add(chart, new Html(table.append("</tbody></table>").toString()));
        box.add(row);
        return box;
    }

    private Div migrationHeatMap(List<PackRow> cells) {
        Set<String> from = new LinkedHashSet<>();
        Set<String> to = new LinkedHashSet<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PackRow r : cells) {
            String[] ft = r.split().substring("migration:".length()).split(">", 2);
            from.add(ft[0]);
            to.add(ft[1]);
            counts.put(ft[0] + ">" + ft[1], r.value().numerator());
        }
        Comparator<String> order = Comparator.comparingInt(PackWorkbookLabels::layerRank);
        List<String> rows = from.stream().sorted(order).toList();
        List<String> cols = to.stream().sorted(order).toList();
        long[][] matrix = new long[rows.size()][cols.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                matrix[i][j] = counts.getOrDefault(rows.get(i) + ">" + cols.get(j), 0L);
            }
        }
        String title = text.t("reports.chart.migration");
        List<String> rowLabels = rows.stream().map(l -> text.splitName("layer:" + l)).toList();
        List<String> colLabels = cols.stream().map(l -> text.splitName("layer:" + l)).toList();
        Div box = new Div();
        box.setId("chart-migration");
        box.getStyle().set("flex", "1 1 30em");
        box.add(new H3(title), new Html("<div>" + SvgCharts.heatMap(title, rowLabels, colLabels, matrix) + "</div>"));
        // The numbers as a grid whose cells open the customers who moved.
        Grid<String> table = new Grid<>();
        table.setId("migration-table");
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(l -> text.splitName("layer:" + l)).setHeader("").setAutoWidth(true);
        for (String c : cols) {
            table.addComponentColumn(l -> {
                long n = counts.getOrDefault(l + ">" + c, 0L);
                if (n == 0) {
                    return new Span("0");
                }
                Button b = new Button(Long.toString(n), e -> cells.stream().filter(r -> r.split().equals("migration:" + l + ">" + c)).findFirst()
                        .ifPresent(openDrill));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return b;
            }).setHeader(text.splitName("layer:" + c)).setAutoWidth(true);
        }
        table.setItems(rows);
        box.add(table);
        return box;
    }
}
