package com.cxops.portal.audit;

import java.time.Instant;

/** Filters of the audit list; blank means "any". The time range is half-open: [from, to). */
public record AuditFilter(String actor, String action, String recordType, String recordId, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
