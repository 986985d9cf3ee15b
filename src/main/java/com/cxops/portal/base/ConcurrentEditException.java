package com.cxops.portal.base;

import java.time.Instant;

/** Someone else saved the record first; carries who and when so the person can be told and offered a reload. */
public class ConcurrentEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentEditException(String changedBy, Instant changedAt) {
        super("Record was changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** Throws when the version the person edited is not the one stored. */
    public static void check(AbstractEntity stored, long editedVersion) {
        if (stored.getVersion() != editedVersion) {
            throw new ConcurrentEditException(stored.getUpdatedBy(), stored.getUpdatedAt());
        }
    }
}
