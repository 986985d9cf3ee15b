package com.cxops.portal.reports;

import java.time.Instant;
import java.util.List;

/**
 * A review pack: its period, whether the period is still in progress, the trend periods' labels and the rows. A
 * published pack also carries its version, note, who published it and when.
 */
public record ReviewPack(ReviewPeriod period, boolean inProgress, boolean future, List<String> trendLabels, List<PackRow> rows,
                         Integer version, String note, String publishedBy, Instant publishedAt) {

    public boolean published() {
        return version != null;
    }
}
