package com.cxops.portal.customers;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.ReportService;
import com.cxops.portal.reports.ReviewPack;
import com.cxops.portal.reports.ReviewPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's layer history, on a demo-sized set generated as on 1 January 2044 (orders from mid 2042, history from
 * October 2042): only these customers are replayed, so no other test's customers change.
 */
class DemoLayerHistoryTest extends SpringTestBase {

    static final Instant DEMO_START = Instant.parse("2044-01-01T02:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CustomerDemoData demo;
    @Autowired
    LayerRecomputation recomputation;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demo_customers_have_a_layer_at_every_month_start_and_a_past_quarter_is_split_by_real_layers() {
        clock.set(DEMO_START);
        String prefix = unique("H").toUpperCase();
        long[] range = demo.insertWithPrefix(prefix);
        List<Instant> moments = CustomerDemoData.historyMoments(clock.instant(), SHANGHAI);
        assertThat(moments).hasSize(CustomerDemoData.HISTORY_MONTHS).first()
                .isEqualTo(LocalDate.of(2042, 10, 1).atStartOfDay(SHANGHAI).toInstant().minusSeconds(1));
        long started = System.nanoTime();
        recomputation.replay(moments, range[0], range[1]);
        System.out.printf("Layer history of %d demo customers over %d months: %d ms%n", range[1] - range[0] + 1, moments.size(),
                (System.nanoTime() - started) / 1_000_000);

        // Every customer registered before a month start has a layer at that start (the latest change before it).
        for (int i = 0; i < CustomerDemoData.HISTORY_MONTHS; i++) {
            LocalDateTime start = LocalDateTime.ofInstant(LocalDate.of(2042, 10, 1).plusMonths(i).atStartOfDay(SHANGHAI).toInstant(), ZoneOffset.UTC);
            Long without = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM customer c WHERE c.id BETWEEN ? AND ? AND c.registered_at < ?
                      AND NOT EXISTS (SELECT 1 FROM customer_layer_change h WHERE h.customer_id = c.id AND h.changed_at < ?)""",
                    Long.class, range[0], range[1], start, start);
            assertThat(without).as("customers without a layer at %s", start).isZero();
        }
        // The history follows the orders: several layers at the start of July 2043 (the demo's active customers placed most of
        // their orders in the last three months, so half a year earlier they were regular), and customers move between them.
        LocalDateTime july = LocalDateTime.ofInstant(LocalDate.of(2043, 7, 1).atStartOfDay(SHANGHAI).toInstant(), ZoneOffset.UTC);
        Set<String> layers = new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT h.to_layer FROM customer_layer_change h WHERE h.customer_id BETWEEN ? AND ? AND h.changed_at < ?
                  AND NOT EXISTS (SELECT 1 FROM customer_layer_change l WHERE l.customer_id = h.customer_id AND l.changed_at < ?
                                  AND (l.changed_at > h.changed_at OR (l.changed_at = h.changed_at AND l.id > h.id)))""",
                String.class, range[0], range[1], july, july));
        assertThat(layers).contains("DORMANT", "REGULAR", "AT_RISK", "NEW");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_layer_change WHERE customer_id BETWEEN ? AND ? AND from_layer IS NOT NULL",
                Long.class, range[0], range[1])).as("layer changes over the months").isGreaterThan(100);

        // The quarterly pack of Q3 2043 (only these customers order in 2043) splits by layer at the quarter's start.
        actAsNew(Role.MANAGER);
        ReviewPack q3 = reports.pack(new ReviewPeriod(PackKind.QUARTERLY, LocalDate.of(2043, 7, 1)));
        List<PackRow> repurchase = q3.rows().stream().filter(r -> r.kpi().id().equals("customers.repurchase-rate")).toList();
        PackRow overall = repurchase.stream().filter(r -> r.split().isEmpty()).findFirst().orElseThrow();
        assertThat(overall.value().denominator()).isPositive();
        assertThat(repurchase).noneMatch(r -> r.split().equals("layer:NONE") && r.value().denominator() != null && r.value().denominator() > 0);
        assertThat(repurchase.stream().filter(r -> r.split().startsWith("layer:")).mapToLong(r -> r.value().denominator()).sum())
                .isEqualTo(overall.value().denominator());
        assertThat(q3.rows()).filteredOn(r -> r.kpi().id().equals("customers.migration"))
                .noneMatch(r -> r.split().startsWith("migration:NONE>"));
        assertThat(q3.rows()).filteredOn(r -> r.kpi().id().equals("customers.dormant-reactivation") && r.split().isEmpty())
                .singleElement().satisfies(r -> assertThat(r.value().denominator()).isPositive());
    }
}
