package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;

import java.util.List;
import java.util.TreeMap;

/**
 * Serves a lazy grid's (offset, limit) requests by keyset paging: it remembers the cursor after every page it has
 * read, and starts the next request from the nearest one before it, skipping at most {@link #MAX_SKIP} rows. Scrolling
 * down page by page therefore costs the same at row 900 000 as at row 0; only a jump far past what was read (dragging
 * the scroll bar) pages once by offset, and the pages after it are keyed again.
 */
public final class DrillPager {

    /** Rows read and dropped to reach a request from a remembered cursor, rather than paging by offset. */
    static final int MAX_SKIP = 2_000;

    /** Reads a page from a cursor (keyset when the cursor is keyed). */
    public interface Source {
        List<DrillRow> page(DrillCursor after, int limit);
    }

    private final Source source;
    private final TreeMap<Integer, DrillCursor> cursors = new TreeMap<>();

    public DrillPager(Source source) {
        this.source = source;
        cursors.put(0, DrillCursor.START);
    }

    public List<DrillRow> fetch(int offset, int limit) {
        var known = cursors.floorEntry(offset);
        DrillCursor from = offset - known.getKey() <= MAX_SKIP ? known.getValue() : DrillCursor.atOffset(offset);
        int skip = offset - from.offset();
        List<DrillRow> read = source.page(from, skip + limit);
        DrillCursor next = from.after(read);
        if (read.size() == skip + limit && next.keyed()) {
            cursors.put(next.offset(), next);
        }
        return read.subList(Math.min(skip, read.size()), read.size());
    }

    /** Cursors remembered (for tests: how the pager pages). */
    int remembered() {
        return cursors.size();
    }
}
