package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.PackKind;

import java.time.Instant;
import java.time.LocalDate;

/** A publication of a pack (one version of a period), as listed. */
public record PublishedPack(long id, PackKind kind, LocalDate periodStart, int version, String note, Instant publishedAt,
                            String publishedBy) {

    /** The longest note a manager writes on a publication (column review_publication.note). */
    public static final int NOTE_MAX = 4000;
}
