package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.customers.CustomerKpiStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up keeps the customer figures of the last completed quarter's and year's packs (each with the period
 * before, the same one a year earlier and the trend) before anyone opens them; run again, it counts nothing.
 * Periods of 2080–2082, the clock in May 2082.
 */
class PackWarmUpTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    PackWarmUp warmUp;
    @Autowired
    CustomerKpiStore store;
    @Autowired
    JdbcTemplate jdbc;

    long keptStarting(LocalDate... firstDays) {
        long n = 0;
        for (LocalDate d : firstDays) {
            Long c = jdbc.queryForObject("SELECT COUNT(*) FROM kpi_kept_period WHERE start_at = ?", Long.class,
                    java.time.LocalDateTime.ofInstant(d.atStartOfDay(SHANGHAI).toInstant(), java.time.ZoneOffset.UTC));
            n += c == null ? 0 : c;
        }
        return n;
    }

    @Test
    void the_last_quarters_and_years_figures_are_kept_before_anyone_asks_and_counted_once() {
        store.clear();
        clock.set(Instant.parse("2082-05-15T04:00:00Z"));
        warmUp.run();
        // Q1 2082, Q4 2081, Q1 2081 and the trend's quarters; the year 2081, 2080 and 2081's months
        ReviewPeriod quarter = new ReviewPeriod(PackKind.QUARTERLY, LocalDate.of(2082, 1, 1));
        assertThat(keptStarting(LocalDate.of(2082, 1, 1), LocalDate.of(2081, 10, 1), LocalDate.of(2081, 1, 1))).isGreaterThanOrEqualTo(3);
        for (ReviewPeriod t : quarter.trend()) {
            assertThat(keptStarting(t.firstDay())).as(t.label()).isPositive();
        }
        Long years = jdbc.queryForObject("SELECT COUNT(*) FROM kpi_kept_period WHERE start_at = ? AND end_at = ?", Long.class,
                java.time.LocalDateTime.ofInstant(LocalDate.of(2081, 1, 1).atStartOfDay(SHANGHAI).toInstant(), java.time.ZoneOffset.UTC),
                java.time.LocalDateTime.ofInstant(LocalDate.of(2082, 1, 1).atStartOfDay(SHANGHAI).toInstant(), java.time.ZoneOffset.UTC));
        // once per model that keeps figures: the customers', the complaints', the service levels' and the tasks'
        assertThat(years).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT DISTINCT model FROM kpi_kept_period ORDER BY model", String.class))
                .containsExactly("complaints", "customers", "sla", "tasks");
        List<Long> before = jdbc.queryForList("SELECT id FROM kpi_kept_period ORDER BY id", Long.class);
        warmUp.run();
        assertThat(jdbc.queryForList("SELECT id FROM kpi_kept_period ORDER BY id", Long.class)).isEqualTo(before);
    }
}
