package com.cxops.portal.customers;

import java.time.Instant;

/**
 * A customer became high-net-worth by the rules ({@code highNetWorth} true) or stopped being so (false). Published
 * inside the recomputation's transaction, once per change; listeners that start work (a welcome task, a flag to the
 * account manager) should use {@code @TransactionalEventListener} so they act only once the change is committed.
 */
public record CustomerHighNetWorthChanged(long customerId, boolean highNetWorth, Instant at) {
}
