package com.cxops.portal.customers;

import java.time.Instant;

/**
 * A customer entered the AT_RISK layer (DOMAIN.md: churn early warning, 30 days before dormant). Published inside
 * the recomputation's transaction; listeners that start work (a win-back task) should use
 * {@code @TransactionalEventListener} so they act only once the change is committed.
 */
public record CustomerEnteredAtRisk(long customerId, Instant at) {
}
