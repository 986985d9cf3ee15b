package com.cxops.portal.bench;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.complaints.ComplaintAcknowledgedByExecutive;
import com.cxops.portal.complaints.ComplaintCreated;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintStatusChanged;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.sla.SlaClockService;
import com.cxops.portal.sla.SlaSelfCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the generator and the benchmark harness working: a small shop (a few thousand rows) added to the test
 * database, every operation run a few times, the table checked for every operation with numbers. Timings are not
 * judged here (the figures come from the large shop, docs/performance.md).
 */
class BenchHarnessTest extends SpringTestBase {

    /** The clock columns the complaint's events decide (the monitor's marks come on top). */
    private static final String EVENT_COLUMNS = "kind, tier, team_id, assignee_id, duration_minutes, calendar_id, warning_percent, "
            + "cycle, running, started_at, paused_since, due_at, warn_at, met_at, business_minutes";

    @Autowired
    ApplicationContext spring;
    @Autowired
    DataSource dataSource;
    @Autowired
    SlaClockService clockService;

    /**
     * The shop lives in March 2019, a year no other test writes in: after the report tests' hand-built periods (up to
     * 2015), whose populations count every older customer, and before the records other tests leave at today's date,
     * so the monitor's ticks here (the catch-up and the month later) do not escalate the thousands of targets those
     * leave running (which made this test take minutes).
     */
    private static final Instant SHOP_NOW = Instant.parse("2019-03-04T02:00:00Z");  // a Monday, 10:00 in Shanghai

    @Test
    void small_shop_is_generated_and_every_operation_gets_figures_and_its_floor_returns_the_same_rows() throws Exception {
        clock.set(SHOP_NOW);
        String prefix = unique("b") + "-";
        Scale scale = Scale.small();
        ShopGenerator generator = new ShopGenerator(dataSource, scale, clock.instant(), prefix, 7, BenchSupport.slaReplay(spring));
        long started = System.nanoTime();
        ShopGenerator.Counts counts = generator.generate();
        progress(started, "small shop generated: " + counts);
        assertThat(counts.customers()).isEqualTo(scale.customers());
        assertThat(counts.orders()).isBetween(scale.orders() * 8L / 10, scale.orders() * 12L / 10);
        assertThat(counts.complaints()).isEqualTo(scale.complaints());
        assertThat(counts.openComplaints()).isBetween(scale.openComplaints() / 2L, scale.openComplaints() * 2L);
        assertThat(counts.timelineEntries()).isBetween(scale.complaints() * 4L, scale.complaints() * 6L);
        // first response and resolution for every complaint, more for urgent and major ones; the open ones still run
        assertThat(counts.slaClocks()).isBetween(scale.complaints() * 2L, scale.complaints() * 3L);
        assertThat(counts.runningSlaClocks()).isBetween(counts.openComplaints() / 2, counts.openComplaints() * 3);
        assertThat(generator.clocks().generate().clocks()).as("a second run finds every clock written").isZero();
        // survey rows went straight to the tables: the monthly rollups are recounted, as the portal's next start does
        spring.getBean(com.cxops.portal.surveys.SurveyRollups.class).rebuild();

        BenchContext ctx = new BenchContext(spring, prefix);
        theSlaDataCheckFindsNoDifference(ctx, prefix);
        clocksAreThoseThePortalBuildsFromTheComplaintsMoments(ctx, prefix);
        summariesAreThoseThePortalKeeps(ctx, prefix);
        progress(started, "clocks and summaries compared with the portal's");

        BenchSupport.firstLayerRun(ctx);
        assertThat(ctx.jdbc.queryForList("SELECT DISTINCT layer FROM customer WHERE external_id LIKE ?", String.class, prefix + "C%"))
                .as("every layer is populated")
                .containsExactlyInAnyOrder("NEW", "ACTIVE", "AT_RISK", "DORMANT", "HIGH_NET_WORTH", "REGULAR");

        ctx.slaWorkTargets = new int[]{2, 4};  // the small shop has a few dozen running targets
        List<BenchOperation> ops = BenchOperations.all(ctx);
        List<Benchmark.Row> rows;
        clock.set(clock.instant());  // one instant for the whole run: the team risk and the tick compare "now" with their floors
        BenchUi.open(spring, ctx.agent);
        try {
            rows = new Benchmark(1, 3, 1).run(ops);
        } finally {
            BenchUi.close();
        }
        progress(started, "every operation measured");
        SessionMemory.Result memory = SessionMemory.measure(spring, ctx, 3);
        String table = Benchmark.table(rows, memory);

        assertThat(rows).extracting(r -> r.op().name()).containsExactlyElementsOf(ops.stream().map(BenchOperation::name).toList());
        assertThat(ops).extracting(BenchOperation::name).contains("queue: all, by age (default)", "queue: all, by SLA due",
                "queue: my open", "queue: unassigned urgent+major", "queue: waiting on customer", "complaint page",
                "customer search", "customer page", "layer recomputation (all customers)", SlaOperations.TICK, SlaOperations.DASHBOARD,
                BenchScreens.QUEUE + "all, by age (default)", BenchScreens.QUEUE + "unassigned urgent+major",
                "complaint page: service call (details)", ConciergeOperations.MY_TASKS_SCREEN, ConciergeOperations.POOL_SCREEN,
                SlaWorkOperations.name(2), SlaWorkOperations.name(4), LayerOperations.FULL_PASS);
        for (Benchmark.Row row : rows) {
            assertThat(row.p50()).as(row.op().name()).isPositive().isFinite();
            assertThat(row.first()).as(row.op().name() + ", first call").isPositive().isFinite();
            assertThat(row.p95()).as(row.op().name()).isGreaterThanOrEqualTo(row.p50()).isFinite();
            assertThat(row.floorP95()).as(row.op().name() + " floor").isPositive().isFinite();
            assertThat(row.sameResult()).as(row.op().name() + ": the floor returns what the portal shows").isTrue();
            if (row.op().everyRun()) {
                assertThat(row.compared()).as(row.op().name() + ": compared on every run").isEqualTo(1 + 3);
            }
            assertThat(table).contains("| " + row.op().name() + " |");
        }
        assertThat(memory.kbPerSession()).isFinite();
        assertThat(table).contains("memory per agent session");
        BenchOperation dashboard = ops.stream().filter(o -> o.name().equals(SlaOperations.DASHBOARD)).findFirst().orElseThrow();
        assertThat((List<?>) dashboard.floor().run(0)).as("the quarter has decided targets and breaches")
                .anyMatch(r -> r.toString().startsWith("target ")).anyMatch(r -> r.toString().startsWith("breach "));

        // the tick with work escalates what it planted, and leaves the shop's clocks, summaries and escalations as it found them
        BenchOperation work = ops.stream().filter(o -> o.name().equals(SlaWorkOperations.name(4))).findFirst().orElseThrow();
        List<Map<String, Object>> before = slaState(ctx);
        List<?> written = (List<?>) work.timed(work.portal(), 0, new long[1]);
        assertThat(written.stream().filter(w -> w.toString().endsWith(" BREACH SENT"))).as("breaches").hasSize(2);
        assertThat(written.stream().filter(w -> w.toString().endsWith(" WARNING SKIPPED"))).as("warnings skipped").hasSize(2);
        assertThat(written.stream().filter(w -> w.toString().endsWith(" WARNING SENT"))).as("warnings").hasSize(2);
        assertThat(written).anyMatch(w -> w.toString().startsWith("notifications ") && !w.toString().equals("notifications 0"));
        assertThat(slaState(ctx)).as("the planted work is removed again").isEqualTo(before);

        // the full pass changes a tenth of the generated customers back and leaves them as it found them
        BenchOperation full = ops.stream().filter(o -> o.name().equals(LayerOperations.FULL_PASS)).findFirst().orElseThrow();
        String customers = "SELECT id, layer, layer_reason, high_net_worth, last_order_at, rfm_recency, rfm_frequency, rfm_monetary, "
                + "layer_since, (SELECT COUNT(*) FROM customer_layer_change h WHERE h.customer_id = c.id) AS changes FROM customer c "
                + "WHERE external_id LIKE ? ORDER BY id";
        List<Map<String, Object>> stored = ctx.jdbc.queryForList(customers, prefix + "C%");
        assertThat(full.timed(full.portal(), 0, new long[1])).isEqualTo(full.floor().run(0));
        assertThat(ctx.jdbc.queryForList(customers, prefix + "C%")).as("the changed share is put back").isEqualTo(stored);

        // a month later every running target of the shop is due: the tick escalates exactly what its floor finds
        BenchOperation tick = ops.stream().filter(o -> o.name().equals(SlaOperations.TICK)).findFirst().orElseThrow();
        clock.set(clock.instant().plus(Duration.ofDays(30)));
        Object due = tick.floor().run(0);
        progress(started, "a month later: " + ((List<?>) due).size() + " targets due, the monitor ticks");
        assertThat(tick.portal().run(0)).isEqualTo(due);
        assertThat((List<?>) due).as("the month's breaches").isNotEmpty();
        assertThat(tick.floor().run(0)).as("nothing is left due after the tick").isEqualTo(List.of());
        assertThat(tick.portal().run(0)).as("the next tick has nothing to do").isEqualTo(List.of());
        progress(started, "done");
    }

    /** Every clock with its complaint's summary, and the escalations, notifications and mails there are. */
    private static List<Map<String, Object>> slaState(BenchContext ctx) {
        List<Map<String, Object>> state = new java.util.ArrayList<>(ctx.jdbc.queryForList("SELECT c.id, c.due_at, c.warn_at, c.warn_pending, "
                + "c.breach_pending, c.warned_at, c.breached, c.breached_at, co.sla_due_at, co.sla_due_sort, co.sla_warn_at, co.sla_breached "
                + "FROM sla_clock c JOIN complaint co ON co.id = c.complaint_id ORDER BY c.id"));
        state.add(ctx.jdbc.queryForMap("SELECT (SELECT COUNT(*) FROM sla_escalation) e, (SELECT COUNT(*) FROM notification) n, "
                + "(SELECT COUNT(*) FROM mail_outbox) m, (SELECT COUNT(*) FROM sla_alert_pending) p"));
        return state;
    }

    /** The harness runs for a while; each phase says where it is and since when. */
    private static void progress(long started, String phase) {
        System.out.printf(java.util.Locale.ROOT, "Bench harness (%.1f s): %s%n", (System.nanoTime() - started) / 1e9, phase);
    }

    /** The SLA data check (the administrator's self-check) over the whole generated shop: zero differences. */
    private void theSlaDataCheckFindsNoDifference(BenchContext ctx, String prefix) {
        Map<String, Object> range = ctx.jdbc.queryForMap("SELECT MIN(id) AS first_id, MAX(id) AS last_id FROM complaint WHERE number LIKE ?",
                prefix + "CX-%");
        actAsNew(com.cxops.portal.base.Role.ADMIN);
        SlaSelfCheck.Report report = spring.getBean(SlaSelfCheck.class).checkComplaints(((Number) range.get("first_id")).longValue(),
                ((Number) range.get("last_id")).longValue(), null);
        System.out.printf("SLA data check on the benchmark shop: %d complaints, %d targets, %d differences%n", report.complaints(),
                report.clocks(), report.differences().size());
        report.differences().stream().limit(20).forEach(d -> System.out.println("  " + d));
        assertThat(report.complaints()).isEqualTo(Scale.small().complaints());
        assertThat(report.differences()).as("differences between the stored clocks and their history").isEmpty();
    }

    /**
     * The generator's clocks are the ones the portal's clock service builds from the same complaint's moments (the
     * replay the demo data uses): for a sample of every state, the clocks are dropped, rebuilt through the service's
     * event listeners and compared; then the generator's monitor marks are put back.
     */
    private void clocksAreThoseThePortalBuildsFromTheComplaintsMoments(BenchContext ctx, String prefix) {
        List<Long> sample = new ArrayList<>();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            for (Tier tier : Tier.values()) {
                sample.addAll(ctx.jdbc.queryForList("SELECT id FROM complaint WHERE number LIKE ? AND status = ? AND tier = ? "
                        + "ORDER BY id LIMIT 3", Long.class, prefix + "CX-%", status.name(), tier.name()));
            }
        }
        assertThat(sample).hasSizeGreaterThan(20);
        for (long id : sample) {
            String clocks = "SELECT * FROM sla_clock WHERE complaint_id = ? ORDER BY kind";
            List<Map<String, Object>> generated = ctx.jdbc.queryForList(clocks, id);
            List<Map<String, Object>> pauses = ctx.jdbc.queryForList("SELECT started_at, ended_at FROM sla_pause WHERE complaint_id = ?", id);
            ctx.jdbc.update("DELETE FROM sla_clock WHERE complaint_id = ?", id);
            ctx.jdbc.update("DELETE FROM sla_pause WHERE complaint_id = ?", id);
            replay(ctx, id);
            assertThat(ctx.jdbc.queryForList("SELECT " + EVENT_COLUMNS + " FROM sla_clock WHERE complaint_id = ? ORDER BY kind", id))
                    .as("clocks of complaint %d", id)
                    .isEqualTo(generated.stream().map(BenchHarnessTest::eventColumns).toList());
            assertThat(ctx.jdbc.queryForList("SELECT started_at, ended_at FROM sla_pause WHERE complaint_id = ?", id)).isEqualTo(pauses);
            for (Map<String, Object> g : generated) {
                ctx.jdbc.update("UPDATE sla_clock SET warned_at = ?, breached = ?, breached_at = ?, warn_pending = ?, breach_pending = ? "
                                + "WHERE complaint_id = ? AND kind = ?", g.get("warned_at"), g.get("breached"), g.get("breached_at"),
                        g.get("warn_pending"), g.get("breach_pending"), id, g.get("kind"));
            }
        }
    }

    /** As SlaDemoData replays a complaint: created, the executive's acknowledgement, then each state in order. */
    private void replay(BenchContext ctx, long id) {
        String[] moments = {"created_at", "exec_ack_at", "acknowledged_at", "in_progress_at", "waiting_since", "resolved_at",
                "closed_at", "reopened_at"};
        Map<String, Instant> at = new HashMap<>();
        String[] tierAndStatus = new String[2];
        ctx.jdbc.query("SELECT tier, status, " + String.join(", ", moments) + " FROM complaint WHERE id = ?", rs -> {
            tierAndStatus[0] = rs.getString(1);
            tierAndStatus[1] = rs.getString(2);
            for (int i = 0; i < moments.length; i++) {
                LocalDateTime v = rs.getObject(3 + i, LocalDateTime.class);
                at.put(moments[i], v == null ? null : v.toInstant(ZoneOffset.UTC));
            }
        }, id);
        clockService.onCreated(new ComplaintCreated(id, Tier.valueOf(tierAndStatus[0]), at.get("created_at")));
        if (at.get("exec_ack_at") != null) {
            clockService.onExecutiveAcknowledged(new ComplaintAcknowledgedByExecutive(id, "exec", at.get("exec_ack_at")));
        }
        ComplaintStatus status = ComplaintStatus.valueOf(tierAndStatus[1]);
        record Step(ComplaintStatus to, Instant at) {
        }
        List<Step> steps = new ArrayList<>();
        String[][] states = {{"ACKNOWLEDGED", "acknowledged_at"}, {"IN_PROGRESS", "in_progress_at"}, {"WAITING_CUSTOMER", "waiting_since"},
                {"RESOLVED", "resolved_at"}, {"CLOSED", "closed_at"}, {"REOPENED", "reopened_at"}};
        for (String[] m : states) {
            boolean waiting = m[0].equals("WAITING_CUSTOMER");
            if (at.get(m[1]) != null && (!waiting || status == ComplaintStatus.WAITING_CUSTOMER)) {
                steps.add(new Step(ComplaintStatus.valueOf(m[0]), at.get(m[1])));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        ComplaintStatus from = ComplaintStatus.NEW;
        for (Step step : steps) {
            clockService.onStatusChanged(new ComplaintStatusChanged(id, from, step.to(), step.at()));
            from = step.to();
        }
    }

    private static Map<String, Object> eventColumns(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String column : EVENT_COLUMNS.split(", ")) {
            out.put(column, row.get(column));
        }
        return out;
    }

    /** The SLA summary on each open complaint is what the clock service computes from its clocks. */
    private void summariesAreThoseThePortalKeeps(BenchContext ctx, String prefix) {
        String summary = "SELECT id, sla_due_at, sla_due_sort, sla_warn_at, sla_breached FROM complaint WHERE number LIKE ? "
                + "AND status NOT IN ('RESOLVED', 'CLOSED') ORDER BY id";
        List<Map<String, Object>> generated = ctx.jdbc.queryForList(summary, prefix + "CX-%");
        assertThat(generated).anyMatch(r -> Boolean.TRUE.equals(r.get("sla_breached"))).anyMatch(r -> r.get("sla_warn_at") != null);
        generated.forEach(r -> clockService.syncSummary(((Number) r.get("id")).longValue()));
        assertThat(ctx.jdbc.queryForList(summary, prefix + "CX-%")).isEqualTo(generated);
        assertThat(ctx.jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE number LIKE ? AND status = 'CLOSED' "
                + "AND (sla_due_at IS NOT NULL OR sla_breached = TRUE)", Long.class, prefix + "CX-%")).as("closed: nothing due").isZero();
        // resolved: only a public statement may still be owed (it is cancelled when the complaint is closed)
        assertThat(ctx.jdbc.queryForObject("SELECT COUNT(*) FROM complaint c WHERE c.number LIKE ? AND c.status = 'RESOLVED' "
                + "AND (c.sla_due_at IS NOT NULL OR c.sla_breached = TRUE) AND EXISTS (SELECT 1 FROM sla_clock k WHERE "
                + "k.complaint_id = c.id AND k.running = TRUE AND k.kind <> 'PUBLIC_STATEMENT')", Long.class, prefix + "CX-%"))
                .as("resolved: nothing due but a statement").isZero();
    }
}
