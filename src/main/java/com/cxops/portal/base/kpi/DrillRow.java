package com.cxops.portal.base.kpi;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One row behind a figure: the record (id, readable reference such as a complaint number, name), the moment that
 * placed it in the figure, a message key describing it (a tier, layer, target kind...) and a value (minutes, amount).
 * {@code key} is the id of the population's own row (a complaint, a clock, a compensation), which with {@code at} is
 * the row's place in the drill-down's order, so that the next page can start after it ({@link DrillCursor}).
 * {@code more} holds the values of the read model's {@link DetailColumn}s when they were asked for (detail sheets).
 */
public record DrillRow(DrillKind kind, long id, String reference, String name, Instant at, String detailKey, String value,
                       long key, List<Object> more) {

    public DrillRow(DrillKind kind, long id, String reference, String name, Instant at, String detailKey, String value) {
        this(kind, id, reference, name, at, detailKey, value, id, List.of());
    }

    /** The same row with its name as the reader sees it (an automatic task's title is stored as a message reference). */
    public DrillRow withName(UnaryOperator<String> render) {
        return new DrillRow(kind, id, reference, render.apply(name), at, detailKey, value, key, more);
    }
}
