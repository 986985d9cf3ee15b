package com.cxops.portal.bench;

import com.cxops.portal.sla.SlaBulkReplay;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Writes the service-level clocks of generated complaints that have none (all of them right after the shop was
 * generated; or a shop generated before the clocks existed) with the portal's own replay ({@link SlaBulkReplay}, the
 * code that gives the demo data its clocks): every complaint's clocks and waiting intervals from its processing log.
 * Then the marks a monitor running every minute would have left on the open complaints (warned at the warning point,
 * breached at the due instant, the executive alerted), as set-based updates, and the queue summaries of the open
 * complaints from their clocks (the portal's own summary). A complaint's clocks go in with its batch, so an
 * interrupted run leaves whole complaints with or without clocks, and running it again writes the missing ones.
 */
final class SlaClockGenerator {

    /** What was written. */
    record Result(long complaints, long clocks, long runningClocks, long pauses, long escalations, long summariesChanged,
                  Duration took) {
        static final Result NONE = new Result(0, 0, 0, 0, 0, 0, Duration.ZERO);
    }

    private final DataSource dataSource;
    private final Instant now;
    private final String prefix;
    private final SlaBulkReplay replay;

    SlaClockGenerator(DataSource dataSource, Instant now, String prefix, SlaBulkReplay replay) {
        this.dataSource = dataSource;
        this.now = now;
        this.prefix = prefix;
        this.replay = replay;
    }

    /** Generated complaints (by number prefix) without any clock. */
    static long complaintsWithoutClocks(DataSource dataSource, String prefix) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM complaint co WHERE co.number LIKE ? "
                     + "AND NOT EXISTS (SELECT 1 FROM sla_clock k WHERE k.complaint_id = co.id)")) {
            s.setString(1, prefix + "CX-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The clocks of every generated complaint (by number prefix) that has none. */
    Result generate() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MIN(id), MAX(id) FROM complaint WHERE number LIKE ?")) {
            s.setString(1, prefix + "CX-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long firstId = rs.getLong(1);
                long lastId = rs.getLong(2);
                if (rs.wasNull()) {
                    return Result.NONE;
                }
                return generate(firstId, lastId);
            }
        }
    }

    /** The clocks of the generated complaints with ids in [firstId, lastId] that have none. */
    Result generate(long firstId, long lastId) throws Exception {
        long started = System.nanoTime();
        SlaBulkReplay.Written written = replay.replayMissing(firstId, lastId);
        log("%,d complaints given their clocks from their history (" + written.clocks() + " clocks, " + written.runningClocks()
                + " running, " + written.pauses() + " waiting intervals)", written.complaints(), started);
        if (written.complaints() == 0) {
            return Result.NONE;
        }
        long t = System.nanoTime();
        long escalations = monitorMarks(firstId, lastId);
        int summaries = replay.syncSummaries(firstId, lastId);
        log("%,d monitor marks and " + summaries + " queue summaries", escalations, t);
        return new Result(written.complaints(), written.clocks(), written.runningClocks(), written.pauses(), escalations, summaries,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * What a monitor running every minute would have left by now on the running targets: the warning sent at the
     * warning point, the breach marked at the due instant, and for a major complaint the executive alert (recorded,
     * with nobody on duty in a generated shop). Returns the number of marks.
     */
    private long monitorMarks(long firstId, long lastId) throws SQLException {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        String range = " AND complaint_id BETWEEN " + firstId + " AND " + lastId;
        long marks = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            marks += update(c, "UPDATE sla_clock SET warned_at = warn_at, warn_pending = FALSE WHERE running = TRUE AND warn_pending = TRUE "
                    + "AND warn_at IS NOT NULL AND warn_at <= ?" + range, at);
            marks += update(c, "UPDATE sla_clock SET breached = TRUE, breached_at = due_at, breach_pending = FALSE, warn_pending = FALSE "
                    + "WHERE running = TRUE AND breach_pending = TRUE AND due_at IS NOT NULL AND due_at <= ?" + range, at);
            marks += update(c, "INSERT INTO sla_escalation (complaint_id, kind, cycle, level, outcome, recipients, created_at) "
                    + "SELECT complaint_id, kind, cycle, 'EXEC_ALERT', 'SENT', '', started_at FROM sla_clock WHERE running = TRUE "
                    + "AND kind = 'EXECUTIVE_ACK' AND started_at <= ?" + range + " AND NOT EXISTS (SELECT 1 FROM sla_escalation e "
                    + "WHERE e.complaint_id = sla_clock.complaint_id AND e.kind = sla_clock.kind AND e.cycle = sla_clock.cycle "
                    + "AND e.level = 'EXEC_ALERT')", at);
            c.commit();
        }
        return marks;
    }

    private static int update(Connection c, String sql, LocalDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, at);
            return s.executeUpdate();
        }
    }

    private static void log(String what, long n, long since) {
        System.out.printf(Locale.ROOT, "SLA clocks: " + what + " in %.1f s%n", n, (System.nanoTime() - since) / 1e9);
    }
}
