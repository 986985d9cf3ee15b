package com.cxops.portal.tasks;

import java.time.Instant;
import java.util.Locale;

/** A task as lists show it: its facts plus the customer's and owner's names. */
public record TaskRow(long id, long version, String typeCode, String typeNameEn, String typeNameZh, Long customerId,
                      String customerName, String title, TaskStatus status, TaskPriority priority, Long ownerId,
                      String ownerName, String pool, Instant dueAt, TaskSource source, String outcomeCode,
                      String outcomeName, Instant createdAt, Instant closedAt) {

    public String typeName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? typeNameZh : typeNameEn;
    }
}
