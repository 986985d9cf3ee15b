package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DetailColumn;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The detail sheets of a pack's workbook: the drill-down rows of each figure, read a page at a time from a cursor
 * (keyset: every page costs the same) and streamed with SXSSF (only the window of rows in memory), so a million-row
 * sheet is written in bounded memory and time. Five columns every row has (reference, name, moment, detail, value)
 * and the read model's further columns (a complaint's: 15 more). Text is always a string cell, never a formula.
 */
final class DetailSheets {

    private final Function<String, String> t;
    private final ZoneId zone;
    private final int maxRows;

    DetailSheets(Function<String, String> translate, ZoneId zone, int maxRows) {
        this.t = translate;
        this.zone = zone;
        this.maxRows = maxRows;
    }

    void write(SXSSFWorkbook wb, List<PackWorkbook.Detail> details, PackWorkbook.Progress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        long total = details.stream().mapToLong(d -> Math.min(d.count(), maxRows)).sum();
        long done = 0;
        progress.update(0, total);
        CellStyle bold = WorkbookCells.boldStyle(wb);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        for (PackWorkbook.Detail d : details) {
            SXSSFSheet sheet = wb.createSheet(WorkbookCells.sheetName(names, d.title()));
            List<String> headers = new ArrayList<>(List.of(t.apply("reports.drill.reference"), t.apply("reports.drill.name"),
                    t.apply("reports.drill.at"), t.apply("reports.drill.detail"), t.apply("reports.drill.value")));
            d.columns().forEach(c -> headers.add(t.apply(c.headerKey())));
            WorkbookCells.header(sheet.createRow(0), bold, headers.toArray(String[]::new));
            int r = 1;
            DrillCursor cursor = DrillCursor.START;
            while (r <= maxRows) {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedException("export cancelled");
                }
                int want = Math.min(PackWorkbook.PAGE, maxRows - r + 1);
                List<DrillRow> page = d.source().page(cursor, want);
                for (DrillRow row : page) {
                    writeRow(sheet.createRow(r++), row, d.columns());
                }
                done += page.size();
                progress.update(done, total);
                if (page.size() < want) {
                    break;
                }
                cursor = cursor.after(page);
            }
        }
    }

    private void writeRow(Row x, DrillRow row, List<DetailColumn> columns) {
        WorkbookCells.text(x, 0, row.reference());
        WorkbookCells.text(x, 1, row.name());
        WorkbookCells.text(x, 2, moment(row.at()));
        WorkbookCells.text(x, 3, row.detailKey() == null ? null : t.apply(row.detailKey()));
        WorkbookCells.text(x, 4, row.value());
        for (int c = 0; c < columns.size() && c < row.more().size(); c++) {
            Object v = row.more().get(c);
            int col = 5 + c;
            switch (columns.get(c).type()) {
                case MESSAGE_KEY -> WorkbookCells.text(x, col, v == null ? null : t.apply(v.toString()));
                case MOMENT -> WorkbookCells.text(x, col, v instanceof Instant i ? moment(i) : null);
                case NUMBER -> WorkbookCells.number(x, col, v == null ? null : new BigDecimal(v.toString()));
                case TEXT -> WorkbookCells.text(x, col, v == null ? null : v.toString());
            }
        }
    }

    private String moment(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.atZone(zone).toLocalDateTime());
    }
}
