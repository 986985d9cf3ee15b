package com.cxops.portal.concierge;

import java.time.Instant;

/** A VIP right to deliver: becomes a service-request task of the customer's account manager (or the concierge pool). */
public record RightRequestForm(Long customerId, Long rightId, Instant dueAt, String note) {
}
