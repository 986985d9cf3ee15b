package com.cxops.portal.reports.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.Notifications;
import com.cxops.portal.reports.ActionItem;
import com.cxops.portal.reports.PackChange;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.PackWorkbook;
import com.cxops.portal.reports.PublishedPack;
import com.cxops.portal.reports.Rag;
import com.cxops.portal.reports.ReportExport;
import com.cxops.portal.reports.ReportService;
import com.cxops.portal.reports.ReviewPack;
import com.cxops.portal.reports.ReviewPeriod;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The review packs for managers and executives: pick a monthly, quarterly or yearly pack and its period; each KPI
 * with value, target and RAG, previous period, same period last year and a trend line; every figure opens the rows
 * behind it; charts drawn on the server with their numbers beside them; Excel export with progress; publishing with
 * a note (managers), published versions with what changed, and the review's action items.
 */
@Route("reports")
@Menu(order = 60, title = "reports.menu", icon = "vaadin:chart")
@RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    final Select<PackKind> kind = new Select<>();
    final Select<ReviewPeriod> period = new Select<>();
    final Span status = new Span();
    final Grid<PackRow> grid = new Grid<>();
    final Div charts = new Div();
    final Button export = new Button();
    final ProgressBar progress = new ProgressBar();
    final Anchor download = new Anchor();
    final TextArea note = new TextArea();
    final Button publish = new Button();
    private Map<String, String> splitNames;
    final Grid<PublishedPack> published = new Grid<>();
    final Grid<ActionItem> actions = new Grid<>();
    final Span actionsEmpty = new Span();

    private final ReportService reports;
    private final ReportExport exporter;
    private final CurrentUser user;
    private final StaffDirectory staff;
    private final Clock clock;
    private final boolean manager;
    private ReviewPack pack;
    private final AtomicBoolean cancelExport = new AtomicBoolean();

    public ReportsView(ReportService reports, ReportExport exporter, CurrentUser user, StaffDirectory staff, Clock clock) {
        this.reports = reports;
        this.exporter = exporter;
        this.user = user;
        this.staff = staff;
        this.clock = clock;
        this.manager = user.hasRole(Role.Names.MANAGER);
        setWidthFull();
        addClassName("cx-reports");

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

        export.setId("reports-export");
        export.setText(getTranslation("reports.export"));
        export.addClickListener(e -> startExport());
        progress.setVisible(false);
        progress.setWidth("12em");
        download.setId("reports-download");
        download.setVisible(false);
        download.getElement().setAttribute("download", true);

        HorizontalLayout toolbar = new HorizontalLayout(kind, period, export, progress, download);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        status.setId("reports-status");

        configureGrid();
        charts.setId("reports-charts");
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");

        add(new H2(getTranslation("reports.title")), toolbar, status, grid, charts);
        addPublishing();
        addActions();
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
        grid.setItems(pack.rows().stream().filter(r -> !"customers.migration".equals(r.kpi().id()) || r.overall()).toList());
        renderCharts();
        published.setItems(reports.publications(period.getValue()));
        refreshActions();
        download.setVisible(false);
    }

    ReviewPack currentPack() {
        return pack;
    }

    String kpiName(PackRow r) {
        return getTranslation("reports.kpi." + r.kpi().id());
    }

    String splitName(String split) {
        if (splitNames == null) {
            splitNames = reports.splitNames(getLocale());
        }
        return PackWorkbookLabels.split(this::getTranslation, splitNames, split);
    }

    String format(PackRow r, BigDecimal v) {
        if (v == null) {
            return getTranslation("reports.no-data");
        }
        String n = Formats.number(v, user.locale());
        return r.kpi().unit() == KpiUnit.PERCENT ? n + " %" : n;
    }

    private void configureGrid() {
        grid.setId("reports-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.overall() ? kpiName(r) : "").setHeader(getTranslation("reports.col.kpi")).setFlexGrow(3).setKey("kpi");
        grid.addColumn(r -> r.overall() ? "" : splitName(r.split())).setHeader(getTranslation("reports.col.split")).setFlexGrow(2).setKey("split");
        grid.addComponentColumn(r -> {
            String text = format(r, r.value().value());
            if (!r.value().hasData() || r.value().numerator() == 0 || pack.published()) {
                return new Span(text);
            }
            Button b = new Button(text, e -> openDrill(r));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            b.setTooltipText(getTranslation("reports.drill.open"));
            b.setId("value-" + r.kpi().id() + (r.overall() ? "" : "-" + r.split().replace(':', '-').replace('>', '-')));
            return b;
        }).setHeader(getTranslation("reports.col.value")).setKey("value").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span t = new Span(r.target() == null ? "–" : format(r, r.target()));
            if (!manager || r.kpi().direction() == com.cxops.portal.base.kpi.Direction.NONE) {
                return t;
            }
            Button edit = new Button(r.target() == null ? getTranslation("reports.target.edit") : t.getText(), e -> editTarget(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setHeader(getTranslation("reports.col.target")).setKey("target").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.rag() == null ? "" : getTranslation(r.rag().messageKey()));
            if (r.rag() != null) {
                s.addClassNames("cx-badge", r.rag() == Rag.GREEN ? "success" : r.rag() == Rag.AMBER ? "warning" : "error");
            }
            return s;
        }).setHeader(getTranslation("reports.col.rag")).setKey("rag").setAutoWidth(true);
        grid.addColumn(r -> compare(r, r.previous())).setHeader(getTranslation("reports.col.previous")).setKey("previous").setAutoWidth(true);
        grid.addColumn(r -> compare(r, r.lastYear())).setHeader(getTranslation("reports.col.last-year")).setKey("lastYear").setAutoWidth(true);
        grid.addComponentColumn(r -> new Html("<span>" + SvgCharts.sparkline(r.trend(), 90, 22) + "</span>"))
                .setHeader(getTranslation("reports.col.trend")).setKey("trend").setWidth("110px").setFlexGrow(0);
        grid.addSelectionListener(e -> renderCharts());
    }

    /** "12.5 % ↑ 2.5" : the earlier value and the change to now, with an arrow. */
    private String compare(PackRow r, BigDecimal before) {
        if (before == null) {
            return getTranslation("reports.no-data");
        }
        String text = format(r, before);
        BigDecimal now = r.value().value();
        if (now == null) {
            return text;
        }
        BigDecimal diff = now.subtract(before);
        String arrow = diff.signum() > 0 ? "↑" : diff.signum() < 0 ? "↓" : "→";
        return text + "  " + arrow + " " + Formats.number(diff.abs(), user.locale());
    }

    void openDrill(PackRow r) {
        String title = kpiName(r) + (r.overall() ? "" : " · " + splitName(r.split()));
        new DrillDialog(reports, user, period.getValue(), r.kpi().id(), r.split(), title).open();
    }

    private void editTarget(PackRow r) {
        int year = period.getValue().firstDay().getYear();
        long version = reports.targetVersion(r.kpi().id(), r.split(), year);
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("reports.target.title", kpiName(r), splitName(r.split()), year));
        TextField value = new TextField(getTranslation("reports.target.value"));
        value.setId("target-value");
        value.setValue(r.target() == null ? "" : r.target().toPlainString());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                reports.setTarget(r.kpi().id(), r.split(), year, value.getValue(), version);
                Notifications.success(getTranslation("reports.target.saved"));
                d.close();
                load();
            } catch (InvalidInputException ex) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation(ex.getFieldErrors().values().iterator().next()));
            } catch (ConcurrentEditException ex) {
                d.close();
                ConflictDialog.open(ex, user, this::load);
            }
        });
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(value);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    private void renderCharts() {
        charts.removeAll();
        if (pack == null) {
            return;
        }
        PackRow chosen = grid.getSelectedItems().stream().findFirst()
                .orElse(pack.rows().stream().filter(r -> r.overall() && r.kpi().unit() == KpiUnit.PERCENT).findFirst().orElse(null));
        if (chosen != null && !chosen.trend().isEmpty()) {
            String title = kpiName(chosen);
            charts.add(chartWithTable(title, SvgCharts.line(title, pack.trendLabels(), chosen.trend()), pack.trendLabels(),
                    chosen.trend().stream().map(v -> format(chosen, v)).toList(), "chart-trend"));
        }
        // Bars by layer for the layer-split KPIs of the pack.
        for (String id : List.of("customers.repurchase-rate", "customers.ltv", "surveys.nps")) {
            List<PackRow> byLayer = pack.rows().stream().filter(r -> r.kpi().id().equals(id) && r.split().startsWith("layer:")).toList();
            if (!byLayer.isEmpty()) {
                String title = kpiName(byLayer.getFirst()) + " · " + getTranslation("reports.chart.by-layer");
                List<String> labels = byLayer.stream().map(r -> splitName(r.split())).toList();
                charts.add(chartWithTable(title, SvgCharts.bars(title, labels, byLayer.stream().map(r -> r.value().value()).toList()), labels,
                        byLayer.stream().map(r -> format(r, r.value().value())).toList(), "chart-" + id.replace('.', '-')));
            }
        }
        List<PackRow> migration = pack.rows().stream().filter(r -> r.kpi().id().equals("customers.migration") && !r.overall()).toList();
        if (!migration.isEmpty()) {
            charts.add(migrationHeatMap(migration));
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
        StringBuilder table = new StringBuilder("<table class='cx-chart-table'><caption>" + SvgCharts.esc(getTranslation("reports.chart.table"))
                + "</caption><tbody>");
        for (int i = 0; i < labels.size(); i++) {
            table.append("<tr><th scope='row'>").append(SvgCharts.esc(labels.get(i))).append("</th><td>")
                    .append(SvgCharts.esc(values.get(i))).append("</td></tr>");
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
        String title = getTranslation("reports.chart.migration");
        List<String> rowLabels = rows.stream().map(l -> splitName("layer:" + l)).toList();
        List<String> colLabels = cols.stream().map(l -> splitName("layer:" + l)).toList();
        Div box = new Div();
        box.setId("chart-migration");
        box.getStyle().set("flex", "1 1 30em");
        box.add(new H3(title), new Html("<div>" + SvgCharts.heatMap(title, rowLabels, colLabels, matrix) + "</div>"));
        // The numbers as a grid whose cells open the customers who moved.
        Grid<String> table = new Grid<>();
        table.setId("migration-table");
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(l -> splitName("layer:" + l)).setHeader("").setAutoWidth(true);
        for (String c : cols) {
            table.addComponentColumn(l -> {
                long n = counts.getOrDefault(l + ">" + c, 0L);
                if (n == 0) {
                    return new Span("0");
                }
                Button b = new Button(Long.toString(n), e -> cells.stream().filter(r -> r.split().equals("migration:" + l + ">" + c)).findFirst()
                        .ifPresent(this::openDrill));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return b;
            }).setHeader(splitName("layer:" + c)).setAutoWidth(true);
        }
        table.setItems(rows);
        box.add(table);
        return box;
    }

    // --- export ---

    void startExport() {
        UI ui = UI.getCurrent();
        ReviewPeriod p = period.getValue();
        export.setEnabled(false);
        download.setVisible(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        cancelExport.set(false);
        java.util.Locale locale = user.locale();
        Runnable work = () -> {
            try {
                Path file = exporter.export(p, locale, (done, total) -> ui.access(() -> {
                    progress.setIndeterminate(total == 0);
                    if (total > 0) {
                        progress.setValue(Math.min(1.0, (double) done / total));
                    }
                }), cancelExport::get);
                ui.access(() -> exported(file, p));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException ex) {
                ui.access(() -> {
                    progress.setVisible(false);
                    export.setEnabled(true);
                    Notifications.error(getTranslation("reports.export.failed"));
                });
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void exported(Path file, ReviewPeriod p) {
        progress.setVisible(false);
        export.setEnabled(true);
        String name = ReportExport.fileName(p);
        download.setHref(DownloadHandler.fromInputStream(event -> {
            long size = Files.size(file);
            return new DownloadResponse(new DeletingInputStream(file), name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", size);
        }));
        download.setText(getTranslation("reports.export.ready") + " " + name);
        download.setVisible(true);
        lastExport = file;
    }

    Path lastExport;

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        // Closing the browser stops an export in progress; a finished file not yet downloaded is removed.
        cancelExport.set(true);
        if (lastExport != null) {
            try {
                Files.deleteIfExists(lastExport);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
        super.onDetach(detachEvent);
    }

    // --- publishing ---

    private void addPublishing() {
        note.setId("reports-note");
        note.setLabel(getTranslation("reports.publish.note"));
        note.setMaxLength(4000);
        note.setWidthFull();
        publish.setId("reports-publish");
        publish.setText(getTranslation("reports.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            try {
                PublishedPack p = reports.publish(period.getValue(), note.getValue());
                Notifications.success(getTranslation("reports.publish.done", p.version()));
                note.clear();
                published.setItems(reports.publications(period.getValue()));
            } catch (InvalidInputException ex) {
                Notifications.error(getTranslation(ex.getFieldErrors().values().iterator().next()));
            }
        });
        published.setId("reports-published");
        published.setAllRowsVisible(true);
        published.addColumn(p -> getTranslation("reports.published.version", p.version(),
                Formats.dateTime(p.publishedAt(), user.zone(), user.locale()), staff.displayName(p.publishedBy())))
                .setHeader(getTranslation("reports.published")).setFlexGrow(2);
        published.addColumn(p -> p.note() == null ? "" : p.note()).setHeader(getTranslation("reports.publish.note")).setFlexGrow(3);
        published.addComponentColumn(p -> {
            Button open = new Button(getTranslation("reports.published.open"), e -> openPublished(p));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setAutoWidth(true);
        H3 title = new H3(getTranslation("reports.published"));
        add(title);
        if (manager) {
            HorizontalLayout row = new HorizontalLayout(note, publish);
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
            add(row);
        }
        add(published);
    }

    void openPublished(PublishedPack p) {
        ReviewPack frozen = reports.published(p.id());
        Dialog d = new Dialog();
        d.setWidth("min(70em, 95vw)");
        d.setHeaderTitle(getTranslation("reports.pack." + p.kind()) + " " + frozen.period().label());
        d.add(new Span(getTranslation("reports.published.frozen", p.version(), Formats.dateTime(p.publishedAt(), user.zone(), user.locale()),
                staff.displayName(p.publishedBy()))));
        Grid<PackRow> g = new Grid<>();
        g.setId("published-grid");
        g.setAllRowsVisible(true);
        g.addThemeVariants(GridVariant.LUMO_COMPACT);
        g.addColumn(r -> r.overall() ? kpiName(r) : "").setHeader(getTranslation("reports.col.kpi")).setFlexGrow(3);
        g.addColumn(r -> r.overall() ? "" : splitName(r.split())).setHeader(getTranslation("reports.col.split")).setFlexGrow(2);
        g.addColumn(r -> format(r, r.value().value())).setHeader(getTranslation("reports.col.value"));
        g.addColumn(r -> r.target() == null ? "–" : format(r, r.target())).setHeader(getTranslation("reports.col.target"));
        g.addColumn(r -> r.rag() == null ? "" : getTranslation(r.rag().messageKey())).setHeader(getTranslation("reports.col.rag"));
        g.setItems(frozen.rows());
        List<PackChange> changes = reports.changes(p.id());
        if (p.version() > 1) {
            d.add(new H3(getTranslation("reports.published.changes")));
            if (changes.isEmpty()) {
                d.add(new Span(getTranslation("reports.published.no-changes")));
            } else {
                Grid<PackChange> cg = new Grid<>();
                cg.setId("published-changes");
                cg.setAllRowsVisible(true);
                cg.addColumn(c -> getTranslation("reports.kpi." + c.kpi())).setHeader(getTranslation("reports.col.kpi"));
                cg.addColumn(c -> c.split().isEmpty() ? "" : splitName(c.split())).setHeader(getTranslation("reports.col.split"));
                cg.addColumn(c -> c.before() == null ? getTranslation("reports.no-data") : Formats.number(c.before(), user.locale()))
                        .setHeader(getTranslation("reports.col.previous"));
                cg.addColumn(c -> c.after() == null ? getTranslation("reports.no-data") : Formats.number(c.after(), user.locale()))
                        .setHeader(getTranslation("reports.col.value"));
                cg.setItems(changes);
                d.add(cg);
            }
        }
        d.add(g);
        d.getFooter().add(new Button(getTranslation("reports.drill.close"), e -> d.close()));
        d.open();
    }

    // --- action items ---

    private void addActions() {
        actions.setId("reports-actions");
        actions.setAllRowsVisible(true);
        LocalDate today = LocalDate.ofInstant(clock.instant(), user.zone());
        actions.addColumn(ActionItem::what).setHeader(getTranslation("reports.actions.what")).setFlexGrow(3);
        actions.addColumn(a -> staff.displayName(a.ownerId()).orElse("?")).setHeader(getTranslation("reports.actions.owner"));
        actions.addComponentColumn(a -> {
            Span due = new Span(Formats.date(a.due(), user.locale()));
            if (!a.done() && a.due().isBefore(today)) {
                due.setText(getTranslation("reports.actions.overdue", Formats.date(a.due(), user.locale())));
                due.addClassNames("cx-badge", "error");
            }
            return due;
        }).setHeader(getTranslation("reports.actions.due"));
        actions.addComponentColumn(a -> {
            Checkbox done = new Checkbox(getTranslation("reports.actions.done"), a.done());
            done.setEnabled(manager);
            done.setId("action-done-" + a.id());
            done.addValueChangeListener(e -> {
                if (!e.isFromClient() && e.getValue() == a.done()) {
                    return;
                }
                try {
                    reports.setActionDone(a.id(), a.version(), e.getValue());
                } catch (ConcurrentEditException ex) {
                    ConflictDialog.open(ex, user, this::refreshActions);
                }
                refreshActions();
            });
            return done;
        }).setHeader(getTranslation("reports.actions.done"));
        actionsEmpty.setText(getTranslation("reports.actions.none"));
        add(new H3(getTranslation("reports.actions")), actionsEmpty, actions);
        if (manager) {
            TextField what = new TextField(getTranslation("reports.actions.what"));
            what.setId("action-what");
            what.setMaxLength(ActionItem.WHAT_MAX);
            what.setWidth("24em");
            ComboBox<StaffDirectory.StaffContact> owner = new ComboBox<>(getTranslation("reports.actions.owner"));
            owner.setId("action-owner");
            owner.setItems(owners());
            owner.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
            DatePicker due = new DatePicker(getTranslation("reports.actions.due"));
            due.setId("action-due");
            due.setLocale(user.locale());
            Button addButton = new Button(getTranslation("reports.actions.add"), e -> {
                what.setInvalid(false);
                owner.setInvalid(false);
                due.setInvalid(false);
                try {
                    reports.addAction(period.getValue(), what.getValue(), owner.getValue() == null ? null : owner.getValue().id(), due.getValue());
                    what.clear();
                    owner.clear();
                    due.clear();
                    refreshActions();
                } catch (InvalidInputException ex) {
                    Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("what", what, "owner", owner, "due", due);
                    ex.getFieldErrors().forEach((f, key) -> {
                        com.vaadin.flow.component.HasValidation field = fields.get(f);
                        if (field != null) {
                            field.setErrorMessage(getTranslation(key));
                            field.setInvalid(true);
                        }
                    });
                }
            });
            addButton.setId("action-add");
            HorizontalLayout form = new HorizontalLayout(what, owner, due, addButton);
            form.setWrap(true);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(form);
        }
    }

    private List<StaffDirectory.StaffContact> owners() {
        Map<Long, StaffDirectory.StaffContact> all = new LinkedHashMap<>();
        for (Role r : List.of(Role.MANAGER, Role.EXECUTIVE, Role.VIP_MANAGER, Role.AGENT)) {
            staff.withRole(r).forEach(c -> all.putIfAbsent(c.id(), c));
        }
        return all.values().stream().sorted(Comparator.comparing(StaffDirectory.StaffContact::displayName)).toList();
    }

    void refreshActions() {
        List<ActionItem> items = reports.actions(period.getValue());
        actions.setItems(items);
        actions.setVisible(!items.isEmpty());
        actionsEmpty.setVisible(items.isEmpty());
    }

    /** A download that deletes its temporary workbook when the browser has read it (or the stream is closed). */
    private static final class DeletingInputStream extends java.io.FilterInputStream {
        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
