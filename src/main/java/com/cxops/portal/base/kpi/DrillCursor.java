package com.cxops.portal.base.kpi;

import java.time.Instant;

/**
 * Where the next page of a drill-down starts: after the row at ({@code at}, {@code key}) in the drill-down's order
 * (keyset paging: a deep page costs what the first does), or, without a row, after {@code offset} rows (offset
 * paging, for a jump into the middle and for read models that page only by offset). {@code offset} always counts
 * the rows before the page.
 */
public record DrillCursor(int offset, Instant at, Long key) {

    public static final DrillCursor START = new DrillCursor(0, null, null);

    /** After the first {@code offset} rows, by offset. */
    public static DrillCursor atOffset(int offset) {
        return new DrillCursor(offset, null, null);
    }

    /** The cursor after a page read from this one: past its last row. */
    public DrillCursor after(java.util.List<DrillRow> page) {
        if (page.isEmpty()) {
            return this;
        }
        DrillRow last = page.getLast();
        return new DrillCursor(offset + page.size(), last.at(), last.key());
    }

    /** Whether the page starts after a known row (keyset) rather than after a number of rows. */
    public boolean keyed() {
        return key != null;
    }
}
