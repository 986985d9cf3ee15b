package com.cxops.portal.complaints;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintDemoDataTest extends SpringTestBase {

    @Autowired
    ComplaintDemoData demo;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void demo_data_makes_its_complaints_over_fifteen_months_in_every_tier_and_state_with_timelines() {
        List<ComplaintDemoData.Cust> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean vip = i % 10 == 0;
            String name = unique("Demo ");
            long id = customers.create(name, vip ? CustomerLayer.HIGH_NET_WORTH : CustomerLayer.ACTIVE, false, null);
            people.add(new ComplaintDemoData.Cust(id, name, vip ? CustomerLayer.HIGH_NET_WORTH : CustomerLayer.ACTIVE, vip, null));
        }
        String ids = people.stream().map(p -> Long.toString(p.id())).reduce((a, b) -> a + "," + b).orElseThrow();
        tx.executeWithoutResult(s -> demo.generate(people));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE customer_id IN (" + ids + ")", Integer.class)).isEqualTo(6250);
        assertThat(jdbc.queryForList("SELECT DISTINCT tier FROM complaint WHERE customer_id IN (" + ids + ")", String.class))
                .containsExactlyInAnyOrder("NORMAL", "URGENT", "MAJOR");
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM complaint WHERE customer_id IN (" + ids + ")", String.class))
                .contains("NEW", "ACKNOWLEDGED", "IN_PROGRESS", "WAITING_CUSTOMER", "RESOLVED", "CLOSED", "REOPENED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE customer_id IN (" + ids + ") AND number LIKE 'DEMO-%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_timeline t JOIN complaint c ON c.id = t.complaint_id "
                + "WHERE c.customer_id IN (" + ids + ")", Integer.class)).isGreaterThan(15000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_compensation k JOIN complaint c ON c.id = k.complaint_id "
                + "WHERE c.customer_id IN (" + ids + ")", Integer.class)).as("service failures got compensation").isPositive();
        assertThat(jdbc.queryForObject("SELECT MIN(created_at) FROM complaint WHERE customer_id IN (" + ids + ")", java.sql.Timestamp.class)
                .toInstant()).as("spread over 15 months: last month's pack has the same month a year earlier")
                .isBefore(clock.instant().minus(java.time.Duration.ofDays(430)));
    }
}
