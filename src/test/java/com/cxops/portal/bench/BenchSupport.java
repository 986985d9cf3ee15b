package com.cxops.portal.bench;

import com.cxops.portal.customers.LayerRecomputation;
import com.cxops.portal.sla.SlaBulkReplay;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Small pieces the command and the CI test share. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** Fresh optimizer statistics after a bulk load (MariaDB/MySQL; H2 keeps its own). */
    static void analyze(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT DATABASE()", String.class) == null || isH2(jdbc)) {
            return;
        }
        for (String t : new String[]{"staff_member", "team", "team_member", "customer", "customer_order", "complaint",
                "complaint_timeline", "complaint_compensation", "rca_finding", "corrective_action", "sla_clock", "sla_pause",
                "sla_escalation"}) {
            jdbc.queryForList("ANALYZE TABLE " + t);
        }
    }

    /**
     * The service-level targets a generated complaint gets: its tier's policies for a customer as the generator writes
     * them (layer REGULAR, not VIP), as the portal's clock service picks them when the complaint is logged.
     */
    /** The portal's replay of SLA clocks from complaint histories, in bulk (the demo data's too). */
    static SlaBulkReplay slaReplay(ApplicationContext spring) {
        return spring.getBean(SlaBulkReplay.class);
    }

    static boolean isH2(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")));
    }

    /** The first recomputation places every generated customer in their layer; prints its time and the layers. */
    static LayerRecomputation.Result firstLayerRun(BenchContext ctx) throws Exception {
        long t0 = System.nanoTime();
        LayerRecomputation.Result result = BenchContext.as(ctx.manager, () -> ctx.layers.recomputeNow((done, total) -> { }));
        System.out.printf(Locale.ROOT, "First layer recomputation: %s in %.1f s%n", result, (System.nanoTime() - t0) / 1e9);
        ctx.jdbc.queryForList("SELECT layer, COUNT(*) AS customers FROM customer GROUP BY layer ORDER BY layer")
                .forEach(r -> System.out.println("  " + r.get("layer") + ": " + r.get("customers")));
        return result;
    }

    static String machine(JdbcTemplate jdbc) {
        String db = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
        return String.format(Locale.ROOT, "Machine: %d cores, JVM heap max %d MB, Java %s, %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024,
                System.getProperty("java.version"), db) + "; JVM " + ManagementFactory.getRuntimeMXBean().getVmName();
    }
}
