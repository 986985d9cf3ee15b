package com.cxops.portal.customers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Test helper: inserts customers and orders straight into the tables (the customers import is built elsewhere). */
@Component
public class TestCustomers {

    private final JdbcTemplate jdbc;
    private final CustomerKpiStore kpiStore;
    private final java.time.Clock clock;

    TestCustomers(JdbcTemplate jdbc, CustomerKpiStore kpiStore, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.kpiStore = kpiStore;
        this.clock = clock;
    }

    public long create(String name) {
        return create(name, CustomerLayer.REGULAR, false, null);
    }

    public long create(String name, CustomerLayer layer, boolean manualVip, Long accountManagerId) {
        String externalId = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO customer (external_id, name, email, layer, manual_vip, "
                    + "account_manager_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, externalId);
            ps.setString(2, name);
            ps.setString(3, externalId.toLowerCase() + "@shop.example");
            ps.setString(4, layer.name());
            ps.setBoolean(5, manualVip);
            if (accountManagerId == null) {
                ps.setNull(6, java.sql.Types.BIGINT);
            } else {
                ps.setLong(6, accountManagerId);
            }
            ps.setTimestamp(7, Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public String externalId(long customerId) {
        return jdbc.queryForObject("SELECT external_id FROM customer WHERE id = ?", String.class, customerId);
    }

    /** Adds an order and returns its external id. */
    public String order(long customerId, BigDecimal amount, String currency) {
        String externalId = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status) VALUES (?, ?, ?, ?, ?, ?)",
                externalId, customerId, Timestamp.from(Instant.parse("2026-01-10T00:00:00Z")), amount, currency, "PAID");
        // as the portal's order writer does
        kpiStore.changed(Instant.parse("2026-01-10T00:00:00Z"), clock.instant());
        return externalId;
    }
}
