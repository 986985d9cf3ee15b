package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DetailColumn;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The detail sheets of a pack's workbook: the drill-down rows of each figure, read a page at a time from a cursor
 * (keyset: every page costs the same; the next page on a virtual thread while the current one is written, so a
 * source must not depend on the writing thread: its own transaction, no thread-bound security context) and streamed with SXSSF (only the window of rows in memory), so a million-row
 * sheet is written in bounded memory and time. Five columns every row has (reference, name, moment, detail, value)
 * and the read model's further columns (a complaint's: 15 more). Text is always a string cell, never a formula.
 * <p>
 * Written for a hundred thousand rows and more, so per cell it avoids what POI and the JDK would do each time: every
 * cell gets the workbook's default style object (without one, POI looks the column's default style up in the sheet's
 * XML beans for every cell it flushes), texts of message keys are translated once per key, moments are formatted by
 * hand into the same text as ISO_LOCAL_DATE_TIME, and numbers go to the cell without a detour through text.
 */
final class DetailSheets {

    private final Function<String, String> t;
    private final ZoneId zone;
    private final int maxRows;
    private final Map<String, String> texts = new HashMap<>();
    private final char[] moment = new char[29];
    private CellStyle plain;

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
        plain = wb.getCellStyleAt(0);
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
            // the next page is read while this one is written (the database and the writer work at the same time);
            // closing the reader waits for a read still under way, so nothing runs on after the sheet ends
            try (ExecutorService reader = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("detail-sheet-reader").factory())) {
                DrillCursor cursor = DrillCursor.START;
                int want = Math.min(PackWorkbook.PAGE, maxRows);
                Future<List<DrillRow>> next = maxRows < 1 ? null : read(reader, d.source(), cursor, want);
                while (next != null) {
                    if (cancelled.getAsBoolean()) {
                        throw new InterruptedException("export cancelled");
                    }
                    List<DrillRow> page = result(next);
                    next = null;
                    int after = r + page.size();
                    if (page.size() == want && after <= maxRows) {
                        cursor = cursor.after(page);
                        want = Math.min(PackWorkbook.PAGE, maxRows - after + 1);
                        next = read(reader, d.source(), cursor, want);
                    }
                    for (DrillRow row : page) {
                        writeRow(sheet.createRow(r++), row, d.columns());
                    }
                    done += page.size();
                    progress.update(done, total);
                }
            }
        }
    }

    private static Future<List<DrillRow>> read(ExecutorService reader, PackWorkbook.DetailSource source, DrillCursor from, int limit) {
        return reader.submit(() -> source.page(from, limit));
    }

    /** A page read on the reader's thread; its failure is thrown here as it was thrown there. */
    private static List<DrillRow> result(Future<List<DrillRow>> page) throws InterruptedException {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeRow(Row x, DrillRow row, List<DetailColumn> columns) {
        text(x, 0, row.reference());
        text(x, 1, row.name());
        text(x, 2, moment(row.at()));
        text(x, 3, row.detailKey() == null ? null : translated(row.detailKey()));
        text(x, 4, row.value());
        for (int c = 0; c < columns.size() && c < row.more().size(); c++) {
            Object v = row.more().get(c);
            int col = 5 + c;
            switch (columns.get(c).type()) {
                case MESSAGE_KEY -> text(x, col, v == null ? null : translated(v.toString()));
                case MOMENT -> text(x, col, v instanceof Instant i ? moment(i) : null);
                case NUMBER -> number(x, col, v);
                case TEXT -> text(x, col, v == null ? null : v.toString());
            }
        }
    }

    /** A string cell ({@link WorkbookCells#text}: never a formula) with the default style set, so POI need not look it up. */
    private void text(Row x, int col, String value) {
        if (value != null) {
            Cell cell = x.createCell(col);
            cell.setCellStyle(plain);
            cell.setCellValue(value);
        }
    }

    private void number(Row x, int col, Object value) {
        if (value != null) {
            Cell cell = x.createCell(col);
            cell.setCellStyle(plain);
            cell.setCellValue(value instanceof Number n ? n.doubleValue() : new BigDecimal(value.toString()).doubleValue());
        }
    }

    private String translated(String key) {
        return texts.computeIfAbsent(key, t);
    }

    /** The moment in the shop zone as ISO_LOCAL_DATE_TIME writes it (seconds always, a fraction without trailing zeros). */
    String moment(Instant at) {
        if (at == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofInstant(at, zone);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        char[] m = moment;
        digits(m, 0, t.getYear(), 4);
        m[4] = '-';
        digits(m, 5, t.getMonthValue(), 2);
        m[7] = '-';
        digits(m, 8, t.getDayOfMonth(), 2);
        m[10] = 'T';
        digits(m, 11, t.getHour(), 2);
        m[13] = ':';
        digits(m, 14, t.getMinute(), 2);
        m[16] = ':';
        digits(m, 17, t.getSecond(), 2);
        int length = 19;
        int nano = t.getNano();
        if (nano != 0) {
            m[19] = '.';
            digits(m, 20, nano, 9);
            length = 29;
            while (m[length - 1] == '0') {
                length--;
            }
        }
        return new String(m, 0, length);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
