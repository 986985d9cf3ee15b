package com.cxops.portal.reports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static com.cxops.portal.reports.WorkbookCells.boldStyle;
import static com.cxops.portal.reports.WorkbookCells.header;
import static com.cxops.portal.reports.WorkbookCells.number;
import static com.cxops.portal.reports.WorkbookCells.sheetName;
import static com.cxops.portal.reports.WorkbookCells.text;

/**
 * The figure sheets of a pack's workbook: the summary (KPI, split, value, target, RAG with conditional formatting,
 * previous period, last year) and one sheet per section with each figure's numerator and denominator.
 */
final class FigureSheets {

    private final Function<String, String> t;
    private final Map<String, String> splitNames;

    FigureSheets(Function<String, String> translate, Map<String, String> splitNames) {
        this.t = translate;
        this.splitNames = splitNames;
    }

    private String label(PackRow r) {
        return t.apply("reports.kpi." + r.kpi().id());
    }

    private String splitLabel(String split) {
        return SplitLabels.splitLabel(t, splitNames, split);
    }

    void summary(XSSFWorkbook wb, ReviewPack pack) {
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

    void sections(XSSFWorkbook wb, ReviewPack pack) {
        Map<String, List<PackRow>> bySection = new LinkedHashMap<>();
        pack.rows().forEach(r -> bySection.computeIfAbsent(r.kpi().section(), k -> new ArrayList<>()).add(r));
        CellStyle bold = boldStyle(wb);
        Set<String> names = new HashSet<>();
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

}
