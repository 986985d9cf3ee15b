package com.cxops.portal.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

import java.math.BigDecimal;
import java.util.Set;

/** The cells and sheet names every sheet of a pack's workbook writes: text is always a string cell, never a formula. */
final class WorkbookCells {

    private WorkbookCells() {
    }

    static String sheetName(Set<String> used, String wanted) {
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

}
