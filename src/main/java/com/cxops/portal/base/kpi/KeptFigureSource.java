package com.cxops.portal.base.kpi;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** A source of kept figures (a bean per source): its store, and the moments of the parent rows its rows name. */
public interface KeptFigureSource {

    String name();

    KeptFigures kept();

    /** The earliest moment the parent rows of these ids are counted by (see {@link KeptFigureRows.Row#parent()}). */
    Optional<Instant> parentsEarliest(Collection<Long> ids);
}
