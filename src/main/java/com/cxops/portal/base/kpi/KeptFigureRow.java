package com.cxops.portal.base.kpi;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An entity whose writes can change kept figures of settled periods ({@link KeptFigures}): every insert, update and
 * delete of it through JPA tells its source, at the end of the transaction, the earliest moment it touched — the
 * values of {@link #keptMoments()} before and after the write, and the moment of the parent row named by
 * {@link #keptParent()}. Writes in plain SQL call their source themselves.
 */
public interface KeptFigureRow {

    /** The source whose kept figures the row counts in (a {@link KeptFigureSource#name()}). */
    String keptSource();

    /** The properties holding the moments (Instant, or LocalDate: its day in any zone) the row is counted by. */
    List<String> keptMoments();

    /** A property holding the id of a parent row whose moment the row is also counted by, or null. */
    default @Nullable String keptParent() {
        return null;
    }
}
