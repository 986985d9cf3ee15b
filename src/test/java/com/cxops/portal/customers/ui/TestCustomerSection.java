package com.cxops.portal.customers.ui;

import com.cxops.portal.customers.Customer;
import com.vaadin.flow.component.html.Span;

/** A section as another feature would contribute it, to test the customer 360 extension point. */
@org.springframework.stereotype.Component
class TestCustomerSection implements CustomerSection {

    @Override
    public String titleKey() {
        return "customer.orders";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public com.vaadin.flow.component.Component create(Customer customer) {
        Span span = new Span("section for " + customer.getExternalId());
        span.setId("test-section");
        return span;
    }
}
