package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DetailColumn;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The Excel workbook of a pack (Apache POI): a summary sheet (KPI, split, value, target, RAG with conditional
 * formatting, previous period, last year), a trend sheet with a native line chart, one sheet per section, and a detail
 * sheet per figure with the drill-down rows, streamed with SXSSF (a window of rows in memory, the rest compressed on
 * disk) so that a million-row sheet is written in bounded memory. Every text is written as a string cell: a name such
 * as {@code =HYPERLINK(...)} stays text, never a formula.
 */
public final class PackWorkbook {

    /** The rows behind one figure, a page at a time from a cursor (keyset where the read model supports it). */
    public interface DetailSource {
        List<DrillRow> page(DrillCursor after, int limit);
    }

    /** A detail sheet to write: its title, its rows, and the columns its rows carry beyond the five of every row. */
    public record Detail(String title, DetailSource source, long count, List<DetailColumn> columns) {
        public Detail(String title, DetailSource source, long count) {
            this(title, source, count, List.of());
        }
    }

    public interface Progress {
        void update(long done, long total);
    }

    static final int PAGE = 5_000;

    private final Function<String, String> t;
    private final Map<String, String> splitNames;
    private final ZoneId zone;
    private final int window;
    private final int maxRows;

    public PackWorkbook(Function<String, String> translate, ZoneId zone, int window, int maxRows) {
        this(translate, Map.of(), zone, window, maxRows);
    }

    /** {@code splitNames}: names of split values that are data (task types), in the workbook's language. */
    public PackWorkbook(Function<String, String> translate, Map<String, String> splitNames, ZoneId zone, int window, int maxRows) {
        this.t = translate;
        this.splitNames = splitNames;
        this.zone = zone;
        this.window = window;
        this.maxRows = maxRows;
    }

    /** Writes the workbook; stops with {@link InterruptedException} when cancelled (the caller deletes the file). */
    public void write(ReviewPack pack, List<Detail> details, OutputStream out, Progress progress, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        XSSFWorkbook base = new XSSFWorkbook();
        summary(base, pack);
        trend(base, pack);
        sections(base, pack);
        SXSSFWorkbook wb = new SXSSFWorkbook(base, window);
        wb.setCompressTempFiles(true);
        try {
            new DetailSheets(t, zone, maxRows).write(wb, details, progress, cancelled);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private String label(PackRow r) {
        return t.apply("reports.kpi." + r.kpi().id());
    }

    String splitLabel(String split) {
        return splitLabel(t, splitNames, split);
    }

    /** Like {@link #splitLabel(Function, String)}, with the names of split values that are data taken first. */
    public static String splitLabel(Function<String, String> t, Map<String, String> splitNames, String split) {
        String name = split == null ? null : splitNames.get(split);
        return name != null ? name : splitLabel(t, split);
    }

    /** "tier:MAJOR" -> the tier's word; "migration:A>B" -> "A → B"; "" -> "Overall". */
    public static String splitLabel(Function<String, String> t, String split) {
        if (split == null || split.isEmpty()) {
            return t.apply("reports.split.overall");
        }
        int colon = split.indexOf(':');
        String dim = colon < 0 ? "" : split.substring(0, colon);
        String value = colon < 0 ? split : split.substring(colon + 1);
        return switch (dim) {
            case "tier" -> t.apply("tier." + value);
            case "category" -> t.apply("category." + value);
            case "channel" -> t.apply("channel." + value);
            case "kind" -> t.apply("compensation.kind." + value);
            case "target" -> t.apply("sla.target." + value);
            case "layer" -> layer(t, value);
            case "survey" -> value;  // NPS, CSAT: the same word in both languages
            case "type" -> value.charAt(0) + value.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            case "migration" -> {
                String[] ft = value.split(">", 2);
                yield layer(t, ft[0]) + " → " + (ft.length > 1 ? layer(t, ft[1]) : "");
            }
            default -> value;
        };
    }

    private static String layer(Function<String, String> t, String value) {
        return "NONE".equals(value) ? t.apply("reports.layer.none") : t.apply("layer." + value);
    }

    private void summary(XSSFWorkbook wb, ReviewPack pack) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(t.apply("reports.sheet.summary")));
        CellStyle bold = boldStyle(wb);
        Row title = s.createRow(0);
        text(title, 0, t.apply("reports.pack." + pack.period().kind()) + " " + pack.period().label());
        header(s.createRow(1), bold, t.apply("reports.col.kpi"), t.apply("reports.col.split"), t.apply("reports.col.value"),
                t.apply("reports.col.target"), t.apply("reports.col.rag"), t.apply("reports.col.previous"), t.apply("reports.col.last-year"),
                t.apply("reports.col.unit"));
        int r = 2;
        for (PackRow row : pack.rows()) {
            Row x = s.createRow(r++);
            text(x, 0, label(row));
            text(x, 1, splitLabel(row.split()));
            number(x, 2, row.value().value());
            number(x, 3, row.target());
            text(x, 4, row.rag() == null ? null : t.apply(row.rag().messageKey()));
            number(x, 5, row.previous());
            number(x, 6, row.lastYear());
            text(x, 7, t.apply("reports.unit." + row.kpi().unit()));
        }
        if (r > 2) {
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            CellRangeAddress[] range = {new CellRangeAddress(2, r - 1, 4, 4)};
            ragRule(cf, range, t.apply(Rag.GREEN.messageKey()), IndexedColors.LIGHT_GREEN);
            ragRule(cf, range, t.apply(Rag.AMBER.messageKey()), IndexedColors.LIGHT_ORANGE);
            ragRule(cf, range, t.apply(Rag.RED.messageKey()), IndexedColors.ROSE);
        }
        for (int c = 0; c < 8; c++) {
            s.setColumnWidth(c, c < 2 ? 40 * 256 : 14 * 256);
        }
    }

    private static void ragRule(SheetConditionalFormatting cf, CellRangeAddress[] range, String word, IndexedColors color) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + word.replace("\"", "\"\"") + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(color.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(range, rule);
    }

    /** Trend values of the overall figures (one row per KPI, one column per period) and a native line chart of them. */
    private void trend(XSSFWorkbook wb, ReviewPack pack) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(t.apply("reports.sheet.trend")));
        CellStyle bold = boldStyle(wb);
        List<String> labels = pack.trendLabels();
        Row head = s.createRow(0);
        text(head, 0, t.apply("reports.col.kpi"));
        head.getCell(0).setCellStyle(bold);
        for (int i = 0; i < labels.size(); i++) {
            text(head, i + 1, labels.get(i));
        }
        List<PackRow> lines = pack.rows().stream().filter(r -> r.overall() && !r.trend().isEmpty()).toList();
        int r = 1;
        for (PackRow row : lines) {
            Row x = s.createRow(r++);
            text(x, 0, label(row));
            for (int i = 0; i < row.trend().size(); i++) {
                number(x, i + 1, row.trend().get(i));
            }
        }
        s.setColumnWidth(0, 40 * 256);
        // One chart per unit family would be ideal; a single line chart of the percentage KPIs reads well enough.
        List<Integer> percentRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kpi().unit() == KpiUnit.PERCENT) {
                percentRows.add(i + 1);
            }
        }
        if (labels.isEmpty() || percentRows.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, r + 2, Math.max(8, labels.size() + 2), r + 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t.apply("reports.chart.trend-percent"));
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(0, 0, 1, labels.size()));
        for (int row : percentRows) {
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(row, row, 1, labels.size()));
            XDDFChartData.Series series = data.addSeries(cats, vals);
            series.setTitle(s.getRow(row).getCell(0).getStringCellValue(), null);
        }
        chart.plot(data);
    }

    private void sections(XSSFWorkbook wb, ReviewPack pack) {
        Map<String, List<PackRow>> bySection = new LinkedHashMap<>();
        pack.rows().forEach(r -> bySection.computeIfAbsent(r.kpi().section(), k -> new ArrayList<>()).add(r));
        CellStyle bold = boldStyle(wb);
        java.util.Set<String> names = new java.util.HashSet<>();
        names.add(wb.getSheetName(0));
        names.add(wb.getSheetName(1));
        bySection.forEach((section, rows) -> {
            XSSFSheet s = wb.createSheet(sheetName(names, t.apply("reports.section." + section)));
            header(s.createRow(0), bold, t.apply("reports.col.kpi"), t.apply("reports.col.split"), t.apply("reports.col.value"),
                    t.apply("reports.col.numerator"), t.apply("reports.col.denominator"), t.apply("reports.col.target"),
                    t.apply("reports.col.rag"));
            int r = 1;
            for (PackRow row : rows) {
                Row x = s.createRow(r++);
                text(x, 0, label(row));
                text(x, 1, splitLabel(row.split()));
                number(x, 2, row.value().value());
                number(x, 3, BigDecimal.valueOf(row.value().numerator()));
                number(x, 4, row.value().denominator() == null ? null : BigDecimal.valueOf(row.value().denominator()));
                number(x, 5, row.target());
                text(x, 6, row.rag() == null ? null : t.apply(row.rag().messageKey()));
            }
            s.setColumnWidth(0, 40 * 256);
            s.setColumnWidth(1, 30 * 256);
        });
    }

    static String sheetName(java.util.Set<String> used, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.length() > 28 ? wanted.substring(0, 28) : wanted);
        String name = base;
        for (int i = 2; used.stream().anyMatch(name::equalsIgnoreCase); i++) {
            name = WorkbookUtil.createSafeSheetName((base.length() > 26 ? base.substring(0, 26) : base) + " " + i);
        }
        used.add(name);
        return name;
    }

    static CellStyle boldStyle(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    static void header(Row row, CellStyle style, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(titles[i]);
            c.setCellStyle(style);
        }
    }

    /** A string cell: whatever the text begins with (= + - @), it is stored as text, never as a formula. */
    static void text(Row row, int col, String value) {
        if (value != null) {
            row.createCell(col).setCellValue(value);
        }
    }

    static void number(Row row, int col, BigDecimal value) {
        if (value != null) {
            row.createCell(col).setCellValue(value.doubleValue());
        }
    }

    /** A CSV field: quoted, and a leading = + - @ (a formula to a spreadsheet) neutralised with an apostrophe. */
    public static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
