package com.cxops.portal.customers;

import com.cxops.portal.SpringTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerDemoDataTest extends SpringTestBase {

    @Autowired CustomerDemoData demo;
    @Autowired JdbcTemplate jdbc;

    @Test
    void demo_data_puts_members_in_every_layer() {
        String prefix = unique("T").toUpperCase();
        demo.loadWithPrefix(prefix);
        Map<String, Long> layers = new HashMap<>();
        jdbc.query("SELECT layer, COUNT(*) FROM customer WHERE external_id LIKE ? GROUP BY layer",
                rs -> {
                    layers.put(rs.getString(1), rs.getLong(2));
                }, prefix + "%");
        assertThat(layers.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CustomerDemoData.CUSTOMERS);
        for (CustomerLayer layer : CustomerLayer.values()) {
            assertThat(layers.getOrDefault(layer.name(), 0L)).as(layer.name()).isGreaterThan(10);
        }
        Long names = jdbc.queryForObject("SELECT COUNT(DISTINCT name) FROM customer WHERE external_id LIKE ?", Long.class, prefix + "%");
        assertThat(names).isGreaterThan(100);
    }
}
