package com.cxops.portal.bench;

import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.PackWorkbook;
import com.cxops.portal.reports.ReportService;
import com.cxops.portal.reports.ReviewPack;
import com.cxops.portal.reports.ReviewPeriod;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The review reports' operations: the quarterly and the yearly pack as a manager opens them (every figure of the
 * period, the previous one, the same one a year earlier and the trend), and a detail export of 100 000 rows through
 * the portal's streaming workbook writer, each beside a SQL floor that computes the figures it is compared on.
 * The 1 000 000-row export under -Xmx512m runs in a forked JVM ({@link DetailExportFork}, from BenchCommand).
 */
final class ReportOperations {

    static final double MONTHLY_MS = 1_000;
    static final double QUARTERLY_MS = 1_000;
    static final double YEARLY_MS = 2_000;
    static final double EXPORT_SECONDS = 4;
    static final int EXPORT_ROWS = 100_000;
    static final long EXPORT_HEAP_MB = 100;
    static final String MONTHLY = "monthly pack (last full month)";
    static final String QUARTERLY = "quarterly pack (last full quarter)";
    static final String YEARLY = "yearly pack (last full year)";
    static final String EXPORT = "detail export 100 000 rows";
    static final String EXPORT_1M = "detail export 1 000 000 rows, -Xmx512m";

    private ReportOperations() {
    }

    static List<BenchOperation> all(BenchContext ctx) {
        ReportService reports = ctx.spring.getBean(ReportService.class);
        ZoneId zone = reports.zone();
        LocalDate today = LocalDate.ofInstant(ctx.clock.instant(), zone);
        ReviewPeriod quarter = ReviewPeriod.containing(PackKind.QUARTERLY, today).previous();
        ReviewPeriod year = ReviewPeriod.containing(PackKind.YEARLY, today).previous();
        ReviewPeriod month = ReviewPeriod.containing(PackKind.MONTHLY, today).previous();
        List<BenchOperation> ops = new ArrayList<>();
        ops.add(BenchOperation.ms(MONTHLY,
                run -> BenchContext.as(ctx.manager, () -> complaintsByTier(reports.pack(month))),
                run -> monthlyFloor(ctx, month, zone), MONTHLY_MS, 0));
        ops.add(BenchOperation.ms(QUARTERLY,
                run -> BenchContext.as(ctx.manager, () -> customerFigures(reports.pack(quarter))),
                run -> quarterlyFloor(ctx, quarter, zone), QUARTERLY_MS, 0));
        ops.add(BenchOperation.ms(YEARLY,
                run -> BenchContext.as(ctx.manager, () -> complaintsByMonth(reports.pack(year))),
                run -> yearlyFloor(ctx, year, zone), YEARLY_MS, 0));
        ops.add(export(ctx, reports, quarter, zone));
        return ops;
    }

    // --- monthly: complaints received by tier of the month ---

    private static List<Long> complaintsByTier(ReviewPack pack) {
        List<Long> out = new ArrayList<>();
        for (String tier : List.of("", "tier:NORMAL", "tier:URGENT", "tier:MAJOR")) {
            out.add(pack.rows().stream().filter(r -> r.kpi().id().equals("complaints.received") && r.split().equals(tier)).findFirst()
                    .map(r -> r.value().numerator()).orElse(0L));
        }
        return out;
    }

    /**
     * Complaints received by tier (one grouped pass) for every month the pack computes: the month, the one before,
     * the same month a year earlier and the trend's six; returns the month's (all, normal, urgent, major). One of the
     * pack's KPIs: the pack's time above it is the price of the others.
     */
    static List<Long> monthlyFloor(BenchContext ctx, ReviewPeriod month, ZoneId zone) {
        List<ReviewPeriod> periods = new ArrayList<>(month.trend());
        periods.add(month.previous());
        periods.add(month.lastYear());
        List<Long> result = null;
        for (ReviewPeriod p : periods) {
            java.util.Map<String, Long> byTier = new java.util.HashMap<>();
            ctx.jdbc.query("SELECT tier, COUNT(*) FROM complaint WHERE created_at >= ? AND created_at < ? GROUP BY tier",
                    rs -> {
                        byTier.put(rs.getString(1), rs.getLong(2));
                    }, utc(p.firstDay(), zone), utc(p.endDay(), zone));
            if (p.equals(month)) {
                long all = byTier.values().stream().mapToLong(Long::longValue).sum();
                result = List.of(all, byTier.getOrDefault("NORMAL", 0L), byTier.getOrDefault("URGENT", 0L), byTier.getOrDefault("MAJOR", 0L));
            }
        }
        return result;
    }

    // --- quarterly: repurchase and dormant reactivation (numerator, denominator) of the quarter ---

    private static List<Long> customerFigures(ReviewPack pack) {
        List<Long> out = new ArrayList<>();
        for (String kpi : List.of("customers.repurchase-rate", "customers.dormant-reactivation")) {
            PackRow row = pack.rows().stream().filter(r -> r.kpi().id().equals(kpi) && r.split().isEmpty()).findFirst().orElseThrow();
            out.add(row.value().numerator());
            out.add(row.value().denominator() == null ? 0 : row.value().denominator());
        }
        return out;
    }

    private static final String REPURCHASE = "SELECT SUM(CASE WHEN n >= 2 THEN 1 ELSE 0 END), COUNT(*) FROM (SELECT customer_id, COUNT(*) n "
            + "FROM customer_order WHERE status = 'PAID' AND placed_at >= ? AND placed_at < ? GROUP BY customer_id) x";
    private static final String REACTIVATION = """
            SELECT SUM(CASE WHEN EXISTS (SELECT 1 FROM customer_order o WHERE o.customer_id = l.customer_id AND o.status = 'PAID'
                                         AND o.placed_at >= ? AND o.placed_at < ?) THEN 1 ELSE 0 END), COUNT(*)
            FROM (SELECT customer_id, to_layer, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY changed_at DESC, id DESC) rn
                  FROM customer_layer_change WHERE changed_at < ?) l
            WHERE l.rn = 1 AND l.to_layer = 'DORMANT'""";

    /**
     * The floor computes the two compared figures for every quarter the pack computes (the quarter, the one before,
     * the same quarter a year earlier and the trend's four), and returns the quarter's. It computes two of the
     * pack's KPIs, not all of them, so the pack's time above it is the price of the others.
     */
    static List<Long> quarterlyFloor(BenchContext ctx, ReviewPeriod quarter, ZoneId zone) {
        List<ReviewPeriod> periods = new ArrayList<>(quarter.trend());
        periods.add(quarter.lastYear());
        List<Long> result = null;
        for (ReviewPeriod p : periods) {
            LocalDateTime start = utc(p.firstDay(), zone);
            LocalDateTime end = utc(p.endDay(), zone);
            List<Long> figures = new ArrayList<>();
            ctx.jdbc.query(REPURCHASE, rs -> {
                figures.add(rs.getLong(1));
                figures.add(rs.getLong(2));
            }, start, end);
            ctx.jdbc.query(REACTIVATION, rs -> {
                figures.add(rs.getLong(1));
                figures.add(rs.getLong(2));
            }, start, end, start);
            if (p.equals(quarter)) {
                result = figures;
            }
        }
        return result;
    }

    // --- yearly: complaints received in the year and in each of its months ---

    private static List<Long> complaintsByMonth(ReviewPack pack) {
        PackRow row = pack.rows().stream().filter(r -> r.kpi().id().equals("complaints.received") && r.split().isEmpty())
                .findFirst().orElseThrow();
        List<Long> out = new ArrayList<>();
        out.add(row.value().value() == null ? 0 : row.value().value().longValue());
        for (BigDecimal month : row.trend()) {
            out.add(month == null ? 0 : month.longValue());   // a month without complaints has no data: 0 here
        }
        return out;
    }

    /** One pass over the year's complaints counted by month of the shop zone, and the year before (the pack's "previous"). */
    static List<Long> yearlyFloor(BenchContext ctx, ReviewPeriod year, ZoneId zone) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
        List<Object> params = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            sql.append(", SUM(CASE WHEN created_at >= ? AND created_at < ? THEN 1 ELSE 0 END)");
            params.add(utc(year.firstDay().plusMonths(m), zone));
            params.add(utc(year.firstDay().plusMonths(m + 1), zone));
        }
        sql.append(" FROM complaint WHERE created_at >= ? AND created_at < ?");
        params.add(utc(year.firstDay(), zone));
        params.add(utc(year.endDay(), zone));
        List<Long> out = new ArrayList<>();
        ctx.jdbc.query(sql.toString(), rs -> {
            for (int i = 1; i <= 13; i++) {
                out.add(rs.getLong(i));
            }
        }, params.toArray());
        ctx.jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE created_at >= ? AND created_at < ?", Long.class,
                utc(year.previous().firstDay(), zone), utc(year.previous().endDay(), zone));
        return out;
    }

    // --- detail export ---

    /**
     * The quarter's complaints (the drill-down of "complaints received", read by keyset with their 20 columns) written
     * as a detail sheet by the portal's streaming writer, at most {@value #EXPORT_ROWS} rows, to a temporary file; the pack's own sheets come from a
     * pack computed once before. Returns (rows written, sum of their ids); the floor reads the same rows in the same
     * order with one query. The comparison run (untimed) measures memory: bytes allocated by all threads (the pages are read on one of their own),
     * the highest heap use above the level before (sampled every 5 ms: live data plus garbage not yet collected), and
     * what stays after a full collection.
     */
    private static BenchOperation export(BenchContext ctx, ReportService reports, ReviewPeriod quarter, ZoneId zone) {
        TranslationProvider i18n = ctx.spring.getBean(TranslationProvider.class);
        ReviewPack[] pack = new ReviewPack[1];
        return BenchOperation.job(EXPORT, run -> BenchContext.as(ctx.manager, () -> {
            if (pack[0] == null) {
                pack[0] = reports.pack(quarter);
            }
            if (run != 0) {
                return exportOnce(ctx, reports, i18n, quarter, zone, pack[0], null);
            }
            // the comparison run: once to load the writer's classes, then again with the heap watched
            exportOnce(ctx, reports, i18n, quarter, zone, pack[0], null);
            return exportOnce(ctx, reports, i18n, quarter, zone, pack[0], HeapWatch.start());
        }), run -> {
            long[] read = new long[2];
            // the same 20 columns as the detail sheet, in one ordered read
            ctx.jdbc.query("SELECT c.id, c.number, c.customer_name, c.created_at, c.tier, c.exec_ack_at, c.category, c.channel, c.status, "
                    + "c.source, c.subject, c.spread_risk, c.affected_count, c.order_external_id, c.order_amount, t.name, s.display_name, "
                    + "c.acknowledged_at, c.resolved_at, c.closed_at, c.reopened_at FROM complaint c LEFT JOIN team t ON t.id = c.team_id "
                    + "LEFT JOIN staff_member s ON s.id = c.assignee_id WHERE c.created_at >= ? AND c.created_at < ? "
                    + "ORDER BY c.created_at, c.id LIMIT " + EXPORT_ROWS, rs -> {
                read[0]++;
                read[1] += rs.getLong(1);
            }, utc(quarter.firstDay(), zone), utc(quarter.endDay(), zone));
            return List.of(read[0], read[1]);
        }, EXPORT_SECONDS);
    }

    /**
     * The 1 000 000-row export in a forked JVM with -Xmx512m (BenchCommand; -Dbench.export-rows to change the count):
     * the complaints of the last 400 days, i.e. all of the large shop's. Returns the fork's summary line.
     */
    static String forkedExport(BenchContext ctx) throws Exception {
        Instant now = ctx.clock.instant();
        return DetailExportFork.runForked(System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/cxops_bench"),
                System.getProperty("bench.user", "cxops_test"), System.getProperty("bench.password", ""),
                now.minus(java.time.Duration.ofDays(400)), now, Integer.getInteger("bench.export-rows", 1_000_000),
                ctx.settings.getInt("reports.export.row-window"));
    }

    private static List<Long> exportOnce(BenchContext ctx, ReportService reports, TranslationProvider i18n, ReviewPeriod quarter,
                                         ZoneId zone, ReviewPack pack, HeapWatch watch) throws Exception {
        long[] written = new long[2];
        PackWorkbook.DetailSource source = (after, limit) -> {
            List<DrillRow> page;
            try {
                // pages are read on the writer's reader thread: the manager's authentication goes with each
                page = BenchContext.as(ctx.manager, () -> reports.detailPage(quarter, "complaints.received", "", after, limit));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (DrillRow r : page) {
                written[0]++;
                written[1] += r.id();
            }
            return page;
        };
        PackWorkbook writer = new PackWorkbook(key -> i18n.getTranslation(key, Locale.ENGLISH), zone,
                ctx.settings.getInt("reports.export.row-window"), EXPORT_ROWS);
        Path file = Files.createTempFile("bench-export-", ".xlsx");
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(pack, List.of(new PackWorkbook.Detail("complaints", source, EXPORT_ROWS,
                    reports.detailColumns("complaints.received"))), out, (d, t) -> { }, () -> false);
            if (watch != null) {
                System.out.printf(Locale.ROOT, "Detail export: %d rows in %.2f s, file %.1f MB; %s (target ≤ %d MB growth)%n",
                        written[0], (System.nanoTime() - t0) / 1e9, Files.size(file) / 1048576.0, watch.stop(), EXPORT_HEAP_MB);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return List.of(written[0], written[1]);
    }

    static LocalDateTime utc(LocalDate day, ZoneId zone) {
        return LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }

    static Instant instant(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * Heap use during a piece of work: see {@link #export}. Two peaks: the heap in use sampled every 5 ms (what the
     * export holds plus its garbage not yet collected, so it follows the collector's young-generation size as soon as
     * the export allocates more than that), and the heap in use right after each collection during the work (what
     * the export holds: the live data the collector could not free), from the collectors' notifications.
     */
    static final class HeapWatch {
        private final long baseline;
        private final long allocatedBefore;
        private final Thread sampler;
        private final java.util.Set<String> heapPools = new java.util.HashSet<>();
        private final javax.management.NotificationListener onCollection = this::collected;
        private volatile long peak;
        private volatile long livePeak;
        private volatile int collections;
        private volatile boolean running = true;

        private HeapWatch() {
            System.gc();
            baseline = used();
            peak = baseline;
            livePeak = baseline;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).addNotificationListener(onCollection, null, null);
            }
            allocatedBefore = allocated();
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    peak = Math.max(peak, used());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private void collected(javax.management.Notification n, Object handback) {
            if (!running || !com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
            long after = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    after += e.getValue().getUsed();
                }
            }
            livePeak = Math.max(livePeak, after);
            collections++;
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        String stop() throws Exception {
            long allocated = allocated() - allocatedBefore;
            Thread.sleep(100);   // notifications of the last collections arrive on a thread of their own
            running = false;
            sampler.join();
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).removeNotificationListener(onCollection);
            }
            peak = Math.max(peak, used());
            System.gc();
            long retained = used() - baseline;
            return String.format(Locale.ROOT, "allocated %.0f MB, peak heap growth %.0f MB (with garbage not yet collected), "
                            + "peak live heap growth %.0f MB (after each of %d collections), retained after GC %.1f MB",
                    allocated / 1048576.0, (peak - baseline) / 1048576.0, (livePeak - baseline) / 1048576.0, collections,
                    retained / 1048576.0);
        }

        private static long used() {
            return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        /** Bytes allocated by every thread: the export reads its pages on a thread of its own. */
        private static long allocated() {
            return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
        }
    }
}
