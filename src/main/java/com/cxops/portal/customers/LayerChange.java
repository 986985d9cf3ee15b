package com.cxops.portal.customers;

import java.time.Instant;

/** One change of a customer's layer (from is null for the first layer the rules gave). */
public record LayerChange(long customerId, CustomerLayer from, CustomerLayer to, Instant at, String reason) {
}
