package com.cxops.portal.customers;

public enum OrderStatus {
    PAID, REFUNDED, CANCELLED
}
