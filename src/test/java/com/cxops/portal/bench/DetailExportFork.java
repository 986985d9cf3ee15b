package com.cxops.portal.bench;

import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.complaints.ComplaintKpis;
import com.cxops.portal.reports.PackWorkbook;
import com.cxops.portal.reports.ReviewPack;
import com.cxops.portal.reports.ReviewPeriod;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 1 000 000-row detail export in a JVM of its own, started with -Xmx512m: the complaints of a period, oldest first
 * as the drill-down orders them, up to the row count, written as a detail sheet by the portal's streaming writer ({@link PackWorkbook}), to a temporary file that is deleted afterwards. Prints the rows,
 * the time, and the heap: its limit and the peak use of every heap pool. It reads the rows with a keyset query of
 * its own (the same SQL and 20 columns as the portal's keyset drill-down, without the Spring context); what this
 * shows is that the writer's memory stays bounded at a million rows.
 * <p>
 * Run by {@code BenchCommand} (-Dbench.action=run with -Dbench.export-rows=1000000): see {@link #runForked}.
 */
public final class DetailExportFork {

    private static final int PAGE = 5_000;

    private DetailExportFork() {
    }

    /** Arguments: jdbc url, user, password, first instant, end instant, rows, row window. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        Instant from = Instant.parse(args[3]);
        Instant to = Instant.parse(args[4]);
        int rows = Integer.parseInt(args[5]);
        int window = Integer.parseInt(args[6]);
        long t0 = System.nanoTime();
        long written;
        Path file = Files.createTempFile("bench-export-1m-", ".xlsx");
        try (Connection db = DriverManager.getConnection(url, args[1], args[2]); OutputStream out = Files.newOutputStream(file)) {
            long[] count = new long[1];
            Object[] after = {LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusNanos(1000), 0L};
            PackWorkbook.DetailSource source = (cursor, limit) -> {
                List<DrillRow> page = new ArrayList<>();
                // the portal's detail query (ComplaintKpis) for "complaints received", its 20 columns, within the period;
                // the assignee's name by a subquery here (the portal asks its staff directory, not at hand without Spring)
                try (PreparedStatement ps = db.prepareStatement("SELECT c.id, c.number, c.customer_name, c.created_at, c.tier, "
                        + "c.category, c.channel, c.status, c.source, c.subject, c.spread_risk, c.affected_count, c.order_external_id, "
                        + "c.order_amount, (SELECT t.name FROM team t WHERE t.id = c.team_id), "
                        + "(SELECT s.display_name FROM staff_member s WHERE s.id = c.assignee_id), "
                        + "c.acknowledged_at, c.resolved_at, c.closed_at, c.reopened_at FROM complaint c "
                        + "WHERE c.created_at >= ? AND c.created_at < ? AND (c.created_at > ? OR (c.created_at = ? AND c.id > ?)) "
                        + "ORDER BY c.created_at, c.id LIMIT ?")) {
                    ps.setObject(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
                    ps.setObject(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
                    ps.setObject(3, after[0]);
                    ps.setObject(4, after[0]);
                    ps.setLong(5, (Long) after[1]);
                    ps.setInt(6, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            LocalDateTime at = rs.getObject(4, LocalDateTime.class);
                            List<Object> more = new ArrayList<>();
                            for (int c = 6; c <= 20; c++) {
                                Object v = rs.getObject(c);
                                more.add(v instanceof LocalDateTime t ? t.toInstant(ZoneOffset.UTC) : v);
                            }
                            page.add(new DrillRow(DrillKind.COMPLAINT, rs.getLong(1), rs.getString(2), rs.getString(3),
                                    at.toInstant(ZoneOffset.UTC), "tier." + rs.getString(5), null, rs.getLong(1), more));
                            after[0] = at;
                            after[1] = rs.getLong(1);
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                count[0] += page.size();
                return page;
            };
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            ReviewPack empty = new ReviewPack(ReviewPeriod.containing(PackKind.QUARTERLY, LocalDate.ofInstant(from, zone)), false, false,
                    List.of(), List.of(), null, null, null, null);
            new PackWorkbook(key -> key, zone, window, rows).write(empty,
                    List.of(new PackWorkbook.Detail("complaints", source, rows, ComplaintKpis.DETAIL_COLUMNS)), out, (d, t) -> { }, () -> false);
            written = count[0];
        }
        long size = Files.size(file);
        Files.deleteIfExists(file);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "forked export: %d rows in %.1f s, file %.0f MB, max heap %d MB, peak heap (sum of the pools' peaks) %d MB%n",
                written, (System.nanoTime() - t0) / 1e9, size / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576,
                peak / 1048576);
    }

    /**
     * Starts this class in a new JVM with -Xmx512m on the test class path and prints its output; an out-of-memory
     * error there fails the step.
     */
    static String runForked(String url, String user, String password, Instant from, Instant to, int rows, int window) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), DetailExportFork.class.getName(),
                url, user, password, from.toString(), to.toString(), Integer.toString(rows), Integer.toString(window));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().filter(line -> line.startsWith("forked export") || line.contains("Error") || line.contains("Exception"))
                    .toList();
        }
        lines.forEach(System.out::println);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the forked export failed (exit " + process.exitValue() + "): " + lines);
        }
        return String.join("\n", lines);
    }
}
