package com.cxops.portal.customers.ui;

import com.cxops.portal.customers.Customer;
import com.vaadin.flow.component.Component;

/**
 * A section of the customer 360 page contributed by another feature (complaints, surveys, concierge tasks), so that
 * the customers feature never depends on them. Declare it as a Spring bean (e.g. {@code @Component}, or
 * {@code @SpringComponent @UIScope}); the page shows the sections by {@link #order()}, each under its title.
 */
public interface CustomerSection {

    /** Message key of the section title. */
    String titleKey();

    /** Position among the sections, smaller first. */
    int order();

    /** Whether the person looking may see this section (default: yes). */
    default boolean visibleTo(com.cxops.portal.base.CurrentUser user) {
        return true;
    }

    /** The section's content for this customer; called on the UI thread, once per page visit. */
    Component create(Customer customer);
}
