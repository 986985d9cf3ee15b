package com.cxops.portal.bench;

import com.cxops.portal.SpringTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the generator and the benchmark harness working: a small shop (a few thousand rows) added to the test
 * database, every operation run a few times, the table checked for every operation with numbers. Timings are not
 * judged here (the figures come from the large shop, docs/performance.md).
 */
class BenchHarnessTest extends SpringTestBase {

    @Autowired
    ApplicationContext spring;
    @Autowired
    DataSource dataSource;

    @Test
    void small_shop_is_generated_and_every_operation_gets_figures_and_its_floor_returns_the_same_rows() throws Exception {
        String prefix = unique("b") + "-";
        Scale scale = Scale.small();
        ShopGenerator.Counts counts = new ShopGenerator(dataSource, scale, clock.instant(), prefix, 7).generate();
        assertThat(counts.customers()).isEqualTo(scale.customers());
        assertThat(counts.orders()).isBetween(scale.orders() * 8L / 10, scale.orders() * 12L / 10);
        assertThat(counts.complaints()).isEqualTo(scale.complaints());
        assertThat(counts.openComplaints()).isBetween(scale.openComplaints() / 2L, scale.openComplaints() * 2L);
        assertThat(counts.timelineEntries()).isBetween(scale.complaints() * 4L, scale.complaints() * 6L);

        BenchContext ctx = new BenchContext(spring, prefix);
        BenchSupport.firstLayerRun(ctx);
        assertThat(ctx.jdbc.queryForList("SELECT DISTINCT layer FROM customer WHERE external_id LIKE ?", String.class, prefix + "C%"))
                .as("every layer is populated")
                .containsExactlyInAnyOrder("NEW", "ACTIVE", "AT_RISK", "DORMANT", "HIGH_NET_WORTH", "REGULAR");

        List<BenchOperation> ops = BenchOperations.all(ctx);
        List<Benchmark.Row> rows;
        BenchUi.open(spring, ctx.agent);
        try {
            rows = new Benchmark(1, 3, 1).run(ops);
        } finally {
            BenchUi.close();
        }
        SessionMemory.Result memory = SessionMemory.measure(spring, ctx.agent, 3);
        String table = Benchmark.table(rows, memory);

        assertThat(rows).extracting(r -> r.op().name()).containsExactlyElementsOf(ops.stream().map(BenchOperation::name).toList());
        assertThat(ops).extracting(BenchOperation::name).contains("queue: all, by age (default)", "queue: all, by SLA due",
                "queue: my open", "queue: unassigned urgent+major", "queue: waiting on customer", "complaint page",
                "customer search", "customer page", "layer recomputation (all customers)");
        for (Benchmark.Row row : rows) {
            assertThat(row.p50()).as(row.op().name()).isPositive().isFinite();
            assertThat(row.p95()).as(row.op().name()).isGreaterThanOrEqualTo(row.p50()).isFinite();
            assertThat(row.floorP95()).as(row.op().name() + " floor").isPositive().isFinite();
            assertThat(row.sameResult()).as(row.op().name() + ": the floor returns what the portal shows").isTrue();
            assertThat(table).contains("| " + row.op().name() + " |");
        }
        assertThat(memory.kbPerSession()).isFinite();
        assertThat(table).contains("memory per agent session");
    }
}
