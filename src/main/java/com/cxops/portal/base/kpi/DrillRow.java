package com.cxops.portal.base.kpi;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * One row behind a figure: the record (id, readable reference such as a complaint number, name), the moment that
 * placed it in the figure, a message key describing it (a tier, layer, target kind...) and a value (minutes, amount).
 */
public record DrillRow(DrillKind kind, long id, String reference, String name, Instant at, String detailKey, String value) {

    /** The same row with its name as the reader sees it (an automatic task's title is stored as a message reference). */
    public DrillRow withName(UnaryOperator<String> render) {
        return new DrillRow(kind, id, reference, render.apply(name), at, detailKey, value);
    }
}
