package com.cxops.portal.concierge;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConciergeDemoDataTest extends SpringTestBase {

    @Autowired
    ConciergeDemoData demo;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demo_data_gives_both_managers_tasks_of_every_type_rights_contacts_a_29_february_birthday_and_an_absence() {
        jdbc.update("DELETE FROM concierge_job_state");
        String first = unique("vip");
        String second = unique("vip");
        long a = testStaff.ensure(first, Role.VIP_MANAGER).getId();
        long b = testStaff.ensure(second, Role.VIP_MANAGER).getId();
        List<Long> book = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long c = customers.create(unique("Demo VIP "), CustomerLayer.HIGH_NET_WORTH, true, i % 2 == 0 ? a : b);
            jdbc.update("UPDATE customer SET membership_level = ? WHERE id = ?", i % 3 == 0 ? "DIAMOND" : "GOLD", c);
            book.add(c);
        }
        demo.generate(first, second, 0);
        String ids = book.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
        assertThat(jdbc.queryForList("SELECT DISTINCT y.code FROM task t JOIN task_type y ON y.id = t.task_type_id WHERE t.customer_id IN ("
                + ids + ")", String.class)).contains("OCCASION", "SERVICE_REQUEST", "CO_CREATION", "REWARD", "COMPLAINT_FOLLOW_UP",
                "SURVEY_FOLLOW_UP", "WIN_BACK", "WELCOME");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE status = 'DONE' AND customer_id IN (" + ids + ")", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE status = 'OPEN' AND due_at < CURRENT_TIMESTAMP AND customer_id IN ("
                + ids + ")", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_right_use WHERE delivered = TRUE AND customer_id IN (" + ids + ")", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_log WHERE customer_id IN (" + ids + ")", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE MONTH(birthday) = 2 AND DAY(birthday) = 29 AND id IN (" + ids + ")",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM concierge_absence WHERE staff_id = ? AND deputy_id = ?", Long.class, b, a)).isEqualTo(1);
    }
}
