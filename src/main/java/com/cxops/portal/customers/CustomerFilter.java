package com.cxops.portal.customers;

/** Filters of the customers list; null means "any". */
public record CustomerFilter(String text, CustomerLayer layer, MembershipLevel membership, Long accountManagerId) {

    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null, null);
    }
}
