package com.cxops.portal.customers;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values that today's checks refuse may already be stored (older imports, direct database edits): the customer page
 * must still show the customer, not blank out for every viewer.
 */
class CustomerPageStoredBadDataTest extends KaribuTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestCustomers testCustomers;

    @Test
    void a_customer_with_far_future_dates_and_control_characters_still_opens() {
        long id = testCustomers.create("Bad\u0001Data " + unique(""));
        jdbc.update("UPDATE customer SET registered_at = ?, birthday = ?, anniversary = ?, last_order_at = ? WHERE id = ?",
                java.sql.Timestamp.valueOf("9999-12-31 23:59:59"), java.sql.Date.valueOf("0001-01-01"),
                java.sql.Date.valueOf("9999-12-31"), java.sql.Timestamp.valueOf("9999-12-31 23:59:59"), id);
        jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status, category, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0)", unique("O"), id, java.sql.Timestamp.valueOf("9999-12-31 23:59:59"),
                new java.math.BigDecimal("99999999999999999.99"), "XXX", "PAID", "\u0000\u200b");
        for (Role role : new Role[]{Role.AGENT, Role.MANAGER}) {
            loginNew(role);
            UI.getCurrent().navigate("customers/" + id);
            assertThat(_get(H2.class, s -> s.withId("customer-name")).getText()).startsWith("Bad");
        }
    }
}
