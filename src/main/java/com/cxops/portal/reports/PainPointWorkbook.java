package com.cxops.portal.reports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The weekly pain-point report as a small workbook: one sheet of complaint categories, one of comment themes. */
final class PainPointWorkbook {

    private PainPointWorkbook() {
    }

    static byte[] write(PainPoints.Report report, Function<String, String> t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(wb, bold, t, t.apply("reports.pain.sheet.categories"), report, report.categories());
            sheet(wb, bold, t, t.apply("reports.pain.sheet.themes"), report, report.themes());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, CellStyle bold, Function<String, String> t, String title, PainPoints.Report report,
                              List<PainPoints.Line> lines) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(title));
        // names are data (theme names are edited by administrators): string cells, never formulas
        s.createRow(0).createCell(0).setCellValue(title + " " + report.weekStart() + " – " + report.weekStart().plusDays(6));
        Row header = s.createRow(1);
        String[] cols = {"reports.pain.col.name", "reports.pain.col.this-week", "reports.pain.col.previous-average",
                "reports.pain.col.change", "reports.pain.col.new"};
        for (int i = 0; i < cols.length; i++) {
            header.createCell(i).setCellValue(t.apply(cols[i]));
            header.getCell(i).setCellStyle(bold);
        }
        int r = 2;
        for (PainPoints.Line line : lines) {
            Row x = s.createRow(r++);
            x.createCell(0).setCellValue(line.name());
            x.createCell(1).setCellValue(line.thisWeek());
            x.createCell(2).setCellValue(line.previousAverage().doubleValue());
            BigDecimal change = line.changePercent();
            if (change != null) {
                x.createCell(3).setCellValue(change.doubleValue());
            } else {
                x.createCell(3).setCellValue(t.apply("reports.no-data"));
            }
            x.createCell(4).setCellValue(line.fresh() ? t.apply("reports.pain.new") : "");
        }
        if (lines.isEmpty()) {
            s.createRow(r).createCell(0).setCellValue(t.apply("reports.no-data"));
        }
        for (int i = 0; i < cols.length; i++) {
            s.setColumnWidth(i, i == 0 ? 40 * 256 : 18 * 256);
        }
    }
}
