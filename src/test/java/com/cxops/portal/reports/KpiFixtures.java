package com.cxops.portal.reports;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Hand-built rows for the KPI tests, written straight to the tables in the shop zone Asia/Shanghai. Each test names
 * its customers with a mark of its own, so that a run can remove what an earlier one left in the MariaDB test
 * database (which outlives a run).
 */
final class KpiFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private KpiFixtures() {
    }

    /** A Shanghai wall-clock time ("2014-05-10T10:00") as the UTC timestamp the tables store. */
    static LocalDateTime utc(String shanghai) {
        return LocalDateTime.ofInstant(LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);
    }

    /** Removes the survey, concierge, task and order rows of the customers named {@code mark} (not the customers). */
    static void removeRowsOfCustomers(JdbcTemplate jdbc, String mark) {
        // the derived table lets MariaDB delete from a table the subquery would otherwise read
        String mine = "SELECT id FROM (SELECT id FROM customer WHERE name = '" + mark.replace("'", "''") + "') x";
        // a follow-up sweep of another test may have given a marked detractor answer a task, with its CREATED event
        jdbc.update("DELETE FROM task_event WHERE task_id IN (SELECT id FROM (SELECT id FROM task WHERE customer_id IN ("
                + mine + ")) t)");
        for (String table : new String[]{"survey_answer", "survey_invitation", "vip_right_use", "contact_log", "task", "customer_order"}) {
            jdbc.update("DELETE FROM " + table + " WHERE customer_id IN (" + mine + ")");
        }
    }

    /** Removes the customers named {@code mark}; their rows must be gone first. */
    static void removeCustomers(JdbcTemplate jdbc, String mark) {
        jdbc.update("DELETE FROM customer WHERE name = ?", mark);
    }

    /**
     * A task of the type with this code, created at {@code created} (Shanghai time, like the other instants; {@code
     * closed} may be null).
     */
    static void task(JdbcTemplate jdbc, String type, Long customer, String title, String status, String priority, String due,
                     String created, String createdBy, String closed) {
        jdbc.update("INSERT INTO task (task_type_id, customer_id, title, status, priority, due_at, source_type, created_at, created_by, closed_at) "
                        + "VALUES ((SELECT id FROM task_type WHERE code = ?), ?, ?, ?, ?, ?, 'CUSTOMER', ?, ?, ?)",
                type, customer, title, status, priority, utc(due), utc(created), createdBy, closed == null ? null : utc(closed));
        // written around the portal's writers: the kept task figures (source "customers") are forgotten, as
        // CustomerKpiStore.clear() does
        jdbc.update("UPDATE kpi_kept_state SET generation = generation + 1 WHERE source = 'customers'");
        jdbc.update("DELETE FROM kpi_kept_period WHERE source = 'customers'");
    }
}
