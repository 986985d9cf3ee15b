package com.cxops.portal.customers;

/** What a file holds: customers, or orders of existing customers. */
public enum ImportKind {
    CUSTOMERS, ORDERS
}
