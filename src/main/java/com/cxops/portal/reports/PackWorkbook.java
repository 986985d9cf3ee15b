package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DetailColumn;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The Excel workbook of a pack (Apache POI): a summary sheet (KPI, split, value, target, RAG with conditional
 * formatting, previous period, last year), a trend sheet with a native line chart, one sheet per section, and a detail
 * sheet per figure with the drill-down rows, streamed with SXSSF (a window of rows in memory, the rest compressed on
 * disk) so that a million-row sheet is written in bounded memory. Every text is written as a string cell: a name such
 * as {@code =HYPERLINK(...)} stays text, never a formula. The sheets are written by {@link FigureSheets},
 * {@link TrendSheet} and {@link DetailSheets}; split words come from {@link SplitLabels}.
 */
public final class PackWorkbook {

    /**
     * The rows behind one figure, a page at a time from a cursor (keyset where the read model supports it). Pages are
     * asked for one at a time, in order, but on a thread of the writer's (see DetailSheets): a page must be read
     * without the caller's thread-bound state (transaction, security context).
     */
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
        FigureSheets figures = new FigureSheets(t, splitNames);
        figures.summary(base, pack);
        new TrendSheet(t).write(base, pack);
        figures.sections(base, pack);
        SXSSFWorkbook wb = new DetailWorkbook(base, window);
        try {
            new DetailSheets(t, zone, maxRows).write(wb, details, progress, cancelled);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The words of a split in the reader's language ({@link SplitLabels}), names of data values first. */
    public static String splitLabel(Function<String, String> t, Map<String, String> splitNames, String split) {
        return SplitLabels.splitLabel(t, splitNames, split);
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
