package com.cxops.portal.bench;

import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.sla.SlaTarget;
import com.cxops.portal.sla.SlaTargetKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Writes the service-level clocks of generated complaints that have none (all of them right after the shop was
 * generated; or a shop generated before the clocks existed): for every complaint the clocks its tier's policy gives
 * it ({@link SlaHistory}: running ones for the open complaints, met or breached ones for the closed), the open
 * waiting-on-customer pauses, the escalations a monitor running every minute recorded for the open complaints, and
 * the complaint's SLA summary brought in line with its clocks (as {@code SlaClockService.syncSummary} keeps it).
 * <p>
 * The complaints are read back in id order into compact arrays, sorted by creation, and their clocks written in that
 * order (clock ids follow it) as multi-row INSERT statements on two connections (older and newer half), so that
 * the clock table's time-ordered indexes grow at their ends instead of at random places. A complaint's rows always
 * go into one transaction with its siblings, so an interrupted run leaves whole complaints with or without clocks,
 * and running it again writes the missing ones.
 */
final class SlaClockGenerator {

    private static final int READ_PAGE = 20_000;
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final int STATEMENTS_PER_COMMIT = 10;
    private static final long NULL = Long.MIN_VALUE;
    private static final String NOTHING_DUE = "'9999-12-31 00:00:00'";
    private static final Tier[] TIERS = Tier.values();
    private static final ComplaintStatus[] STATUSES = ComplaintStatus.values();

    /** What was written. */
    record Result(long complaints, long clocks, long runningClocks, long pauses, long escalations, long summariesChanged,
                  Duration took) {
        static final Result NONE = new Result(0, 0, 0, 0, 0, 0, Duration.ZERO);
    }

    private final DataSource dataSource;
    private final Instant now;
    private final String prefix;
    private final Map<Tier, List<SlaTarget>> targets = new EnumMap<>(Tier.class);

    /**
     * @param targets the targets a new complaint of each tier gets (the portal's policies), in the order of
     *                {@link SlaTargetKind}
     */
    SlaClockGenerator(DataSource dataSource, Instant now, String prefix, Function<Tier, List<SlaTarget>> targets) {
        this.dataSource = dataSource;
        this.now = now;
        this.prefix = prefix;
        for (Tier t : TIERS) {
            this.targets.put(t, List.copyOf(targets.apply(t)));
        }
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
        long firstId;
        long lastId;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MIN(id), MAX(id) FROM complaint WHERE number LIKE ?")) {
            s.setString(1, prefix + "CX-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                firstId = rs.getLong(1);
                lastId = rs.getLong(2);
                if (rs.wasNull()) {
                    return Result.NONE;
                }
            }
        }
        return generate(firstId, lastId);
    }

    /** The clocks of the generated complaints with ids in [firstId, lastId] that have none. */
    Result generate(long firstId, long lastId) throws Exception {
        long started = System.nanoTime();
        Complaints all = read(firstId, lastId);
        log("read %,d complaints without clocks", all.size, started);
        if (all.size == 0) {
            return Result.NONE;
        }
        long t = System.nanoTime();
        long changed = syncSummaries(all);
        log("%,d complaint SLA summaries brought in line with their clocks", changed, t);

        t = System.nanoTime();
        int[] order = all.byCreation();
        // clock ids in creation order: each half starts where the clocks of the complaints before it end
        long[] firstClockId = new long[order.length + 1];
        firstClockId[0] = nextId("sla_clock");
        for (int i = 0; i < order.length; i++) {
            int k = order[i];
            firstClockId[i + 1] = firstClockId[i] + SlaHistory.clockCount(targets.get(all.tier(k)), all.tier(k), all.publicOpinion[k]);
        }
        Recipients recipients = new Recipients(dataSource);
        int half = order.length / 2;
        long[][] written;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<long[]> older = pool.submit(() -> write(all, order, 0, half, firstClockId, recipients));
            Future<long[]> newer = pool.submit(() -> write(all, order, half, order.length, firstClockId, recipients));
            written = new long[][]{older.get(), newer.get()};
        } finally {
            pool.shutdownNow();
        }
        restartIdentity();
        Result result = new Result(all.size, written[0][0] + written[1][0], written[0][1] + written[1][1],
                written[0][2] + written[1][2], written[0][3] + written[1][3], changed, Duration.ofNanos(System.nanoTime() - started));
        log("%,d clocks written (" + result.runningClocks() + " running, " + result.pauses() + " pauses, "
                + result.escalations() + " escalations)", result.clocks(), t);
        return result;
    }

    private static void log(String what, long n, long since) {
        System.out.printf(Locale.ROOT, "SLA clocks: " + what + " in %.1f s%n", n, (System.nanoTime() - since) / 1e9);
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** The complaints' facts in parallel arrays (a million complaints in about 110 MB), instants as epoch microseconds. */
    private static final class Complaints {
        int size;
        long[] id = new long[1024];
        byte[] tier = new byte[1024];
        byte[] status = new byte[1024];
        boolean[] publicOpinion = new boolean[1024];
        long[] team = new long[1024];
        long[] assignee = new long[1024];
        /** created, acknowledged, in progress, waiting, resolved, closed, reopened, executive ack, and the stored summary: due, warn. */
        long[][] at = new long[10][1024];
        boolean[] breached = new boolean[1024];

        void grow() {
            if (size < id.length) {
                return;
            }
            int n = id.length * 2;
            id = Arrays.copyOf(id, n);
            tier = Arrays.copyOf(tier, n);
            status = Arrays.copyOf(status, n);
            publicOpinion = Arrays.copyOf(publicOpinion, n);
            team = Arrays.copyOf(team, n);
            assignee = Arrays.copyOf(assignee, n);
            for (int i = 0; i < at.length; i++) {
                at[i] = Arrays.copyOf(at[i], n);
            }
            breached = Arrays.copyOf(breached, n);
        }

        Tier tier(int k) {
            return TIERS[tier[k]];
        }

        ComplaintStatus status(int k) {
            return STATUSES[status[k]];
        }

        Instant at(int field, int k) {
            long v = at[field][k];
            return v == NULL ? null : Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000), Math.floorMod(v, 1_000_000) * 1_000L);
        }

        SlaHistory.Facts facts(int k) {
            return new SlaHistory.Facts(id[k], tier(k), STATUSES[status[k]], publicOpinion[k], at(0, k), at(1, k), at(2, k),
                    at(3, k), at(4, k), at(5, k), at(6, k), at(7, k));
        }

        SlaHistory.Summary stored(int k) {
            return new SlaHistory.Summary(at(8, k), at(9, k), breached[k]);
        }

        /** Indexes in order of creation, then id. */
        int[] byCreation() {
            long[] keys = new long[size];
            for (int k = 0; k < size; k++) {
                // creation second (33 bits are enough until the year 2242) and the index (30 bits) in one sortable long
                keys[k] = (Math.floorDiv(at[0][k], 1_000_000) << 30) | k;
            }
            Arrays.sort(keys);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = (int) (keys[i] & ((1L << 30) - 1));
            }
            return order;
        }
    }

    private Complaints read(long firstId, long lastId) throws SQLException {
        Complaints all = new Complaints();
        String sql = "SELECT co.id, co.tier, co.status, co.spread_risk, co.team_id, co.assignee_id, co.created_at, co.acknowledged_at, "
                + "co.in_progress_at, co.waiting_since, co.resolved_at, co.closed_at, co.reopened_at, co.exec_ack_at, co.sla_due_at, "
                + "co.sla_warn_at, co.sla_breached FROM complaint co WHERE co.id > ? AND co.id <= ? AND co.number LIKE ? "
                + "AND NOT EXISTS (SELECT 1 FROM sla_clock k WHERE k.complaint_id = co.id) ORDER BY co.id LIMIT " + READ_PAGE;
        long after = firstId - 1;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            while (after < lastId) {
                s.setLong(1, after);
                s.setLong(2, lastId);
                s.setString(3, prefix + "CX-%");
                int rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        all.grow();
                        int k = all.size++;
                        all.id[k] = rs.getLong(1);
                        all.tier[k] = (byte) Tier.valueOf(rs.getString(2)).ordinal();
                        all.status[k] = (byte) ComplaintStatus.valueOf(rs.getString(3)).ordinal();
                        SpreadRisk risk = SpreadRisk.valueOf(rs.getString(4));
                        all.publicOpinion[k] = risk == SpreadRisk.PUBLIC_POST || risk == SpreadRisk.MEDIA_VIRAL;
                        all.team[k] = rs.getLong(5);
                        all.assignee[k] = rs.getLong(6);
                        for (int f = 0; f < 10; f++) {
                            LocalDateTime v = rs.getObject(7 + f, LocalDateTime.class);
                            all.at[f][k] = v == null ? NULL : micros(v.toInstant(ZoneOffset.UTC));
                        }
                        all.breached[k] = rs.getBoolean(17);
                        after = all.id[k];
                        rows++;
                    }
                }
                if (rows < READ_PAGE) {
                    break;
                }
            }
        }
        return all;
    }

    private static long micros(Instant i) {
        return Math.multiplyExact(i.getEpochSecond(), 1_000_000L) + i.getNano() / 1_000;
    }

    // ---- the complaint's summary ------------------------------------------------------------------------------

    /**
     * Writes the summary the clocks give where the complaint row says otherwise (before the clocks are written: an
     * interrupted run leaves the complaint without clocks, and the next run corrects both). Complaints with nothing
     * due get one UPDATE per thousand; the others one each, batched.
     */
    private long syncSummaries(Complaints all) throws SQLException {
        long changed = 0;
        List<Long> nothingDue = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement one = c.prepareStatement("UPDATE complaint SET sla_due_at = ?, sla_due_sort = ?, sla_warn_at = ?, "
                     + "sla_breached = ? WHERE id = ?")) {
            c.setAutoCommit(false);
            int batched = 0;
            for (int k = 0; k < all.size; k++) {
                SlaHistory.Summary wanted = all.status(k).isOpen()
                        ? SlaHistory.of(all.facts(k), targets.get(all.tier(k)), now).summary()
                        : SlaHistory.Summary.NOTHING_DUE;  // a resolved or closed complaint runs no clock
                if (wanted.equals(all.stored(k))) {
                    continue;
                }
                changed++;
                if (wanted.equals(SlaHistory.Summary.NOTHING_DUE)) {
                    nothingDue.add(all.id[k]);
                    if (nothingDue.size() == ROWS_PER_STATEMENT) {
                        nothingDue(c, nothingDue);
                    }
                    continue;
                }
                one.setObject(1, utc(wanted.due()));
                one.setObject(2, wanted.due() == null ? LocalDateTime.of(9999, 12, 31, 0, 0) : utc(wanted.due()));
                one.setObject(3, utc(wanted.warn()));
                one.setBoolean(4, wanted.breached());
                one.setLong(5, all.id[k]);
                one.addBatch();
                if (++batched % ROWS_PER_STATEMENT == 0) {
                    one.executeBatch();
                    c.commit();
                }
            }
            one.executeBatch();
            nothingDue(c, nothingDue);
            c.commit();
        }
        return changed;
    }

    private static void nothingDue(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE complaint SET sla_due_at = NULL, sla_due_sort = " + NOTHING_DUE + ", sla_warn_at = NULL, "
                    + "sla_breached = FALSE WHERE id IN (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")");
        }
        c.commit();
        ids.clear();
    }

    private static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    /** Writes the clocks of order[from, to); returns clocks, running clocks, pauses, escalations written. */
    private long[] write(Complaints all, int[] order, int from, int to, long[] firstClockId, Recipients recipients) throws SQLException {
        long clocks = 0;
        long running = 0;
        long pauses = 0;
        long escalations = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Batch clockRows = new Batch("INSERT INTO sla_clock (id, version, complaint_id, kind, tier, team_id, assignee_id, "
                    + "duration_minutes, calendar_id, warning_percent, cycle, running, started_at, paused_since, due_at, warn_at, "
                    + "warned_at, met_at, breached, breached_at, business_minutes, warn_pending, breach_pending) VALUES ");
            Batch pauseRows = new Batch("INSERT INTO sla_pause (version, complaint_id, started_at, ended_at) VALUES ");
            Batch escalationRows = new Batch("INSERT INTO sla_escalation (complaint_id, kind, cycle, level, outcome, recipients, "
                    + "created_at) VALUES ");
            int statements = 0;
            for (int i = from; i < to; i++) {
                int k = order[i];
                Tier tier = all.tier(k);
                SlaHistory h = SlaHistory.of(all.facts(k), targets.get(tier), now);
                long id = firstClockId[i];
                String team = all.team[k] == 0 ? "NULL" : String.valueOf(all.team[k]);
                String assignee = all.assignee[k] == 0 ? "NULL" : String.valueOf(all.assignee[k]);
                for (SlaHistory.Clock clock : h.clocks) {
                    SlaTarget t = clock.target;
                    clockRows.add(id++ + ",0," + all.id[k] + ",'" + t.kind().name() + "','" + tier.name() + "'," + team + ","
                            + assignee + "," + t.duration().toMinutes() + "," + t.calendarId() + "," + t.warningPercent() + ","
                            + clock.cycle + "," + clock.running + "," + time(clock.started) + "," + time(clock.pausedSince) + ","
                            + time(clock.due) + "," + time(clock.warn) + "," + time(clock.warnedAt) + "," + time(clock.metAt) + ","
                            + clock.breached + "," + time(clock.breachedAt) + ","
                            + (clock.businessMinutes == null ? "NULL" : clock.businessMinutes) + "," + clock.warnPending + ","
                            + clock.breachPending);
                    running += clock.running ? 1 : 0;
                }
                clocks += h.clocks.size();
                if (all.status(k).isOpen()) {
                    // the history the portal keeps of the open complaints (the monitor reads it: executive alerts sent)
                    if (h.openPause != null) {
                        pauseRows.add("0," + all.id[k] + "," + time(h.openPause) + ",NULL");
                        pauses++;
                    }
                    for (SlaHistory.Escalation e : h.escalations) {
                        escalationRows.add(all.id[k] + ",'" + e.kind().name() + "'," + e.cycle() + ",'" + e.level() + "',"
                                + (e.sent() ? "'SENT'" : "'SKIPPED'") + "," + q(e.sent() ? recipients.of(e, tier, all.team[k], all.assignee[k]) : "")
                                + "," + time(e.at()));
                        escalations++;
                    }
                }
                // a statement ends with a whole complaint, so a commit never splits one
                if (clockRows.rows >= ROWS_PER_STATEMENT || escalationRows.rows >= ROWS_PER_STATEMENT || pauseRows.rows >= ROWS_PER_STATEMENT) {
                    clockRows.send(c);
                    pauseRows.send(c);
                    escalationRows.send(c);
                    if (++statements % STATEMENTS_PER_COMMIT == 0) {
                        c.commit();
                    }
                }
            }
            clockRows.send(c);
            pauseRows.send(c);
            escalationRows.send(c);
            c.commit();
        }
        return new long[]{clocks, running, pauses, escalations};
    }

    private long nextId(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** H2 does not move its identity past explicit ids; MariaDB/MySQL do. */
    private void restartIdentity() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                s.executeUpdate("ALTER TABLE sla_clock ALTER COLUMN id RESTART WITH " + nextId("sla_clock"));
            }
        }
    }

    /** 'yyyy-MM-dd HH:mm:ss[.ffffff]' in UTC, quoted; NULL for null. */
    private static String time(Instant i) {
        if (i == null) {
            return "NULL";
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(i.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(28).append('\'').append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
        if (i.getNano() != 0) {
            b.append('.').append(String.format(Locale.ROOT, "%06d", i.getNano() / 1_000));
        }
        return b.append('\'').toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** One multi-row INSERT being built; sent when the caller says (at a complaint's end), committed by the caller. */
    private static final class Batch {
        private final String head;
        private final StringBuilder sql = new StringBuilder(300 * ROWS_PER_STATEMENT);
        int rows;

        Batch(String head) {
            this.head = head;
        }

        void add(String values) {
            sql.append(rows == 0 ? head : ",").append('(').append(values).append(')');
            rows++;
        }

        void send(Connection c) throws SQLException {
            if (rows == 0) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql.toString());
            }
            sql.setLength(0);
            rows = 0;
        }
    }

    /**
     * Whom the monitor told (the recipients column of an escalation; the next executive escalation reads the alert's):
     * a warning goes to the assignee, else the team lead, from urgent up also the team's managers, else every manager;
     * a breach to the team lead and the team's managers, else every manager; the executive alert to the executives
     * on duty then (the generator writes no roster: nobody), the escalation to every executive, else every manager.
     */
    private static final class Recipients {
        private final Map<Long, String> usernames = new HashMap<>();
        private final Map<Long, Long> leads = new HashMap<>();
        private final Map<Long, List<String>> teamManagers = new HashMap<>();
        private final String managers;
        private final String executives;

        Recipients(DataSource dataSource) throws SQLException {
            Set<String> managerNames = new LinkedHashSet<>();
            Set<String> executiveNames = new LinkedHashSet<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT s.id, s.username, r.role FROM staff_member s LEFT JOIN staff_role r "
                        + "ON r.staff_id = s.id WHERE s.enabled = TRUE ORDER BY s.username")) {
                    while (rs.next()) {
                        usernames.put(rs.getLong(1), rs.getString(2));
                        if ("MANAGER".equals(rs.getString(3))) {
                            managerNames.add(rs.getString(2));
                        } else if ("EXECUTIVE".equals(rs.getString(3))) {
                            executiveNames.add(rs.getString(2));
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id, lead_id FROM team")) {
                    while (rs.next()) {
                        leads.put(rs.getLong(1), rs.getLong(2));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT m.team_id, s.username FROM team_member m JOIN staff_member s ON s.id = m.staff_id "
                        + "JOIN staff_role r ON r.staff_id = s.id WHERE r.role = 'MANAGER' AND s.enabled = TRUE ORDER BY m.team_id, s.id")) {
                    while (rs.next()) {
                        teamManagers.computeIfAbsent(rs.getLong(1), t -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            this.managers = String.join(",", managerNames);
            this.executives = executiveNames.isEmpty() ? managers : String.join(",", executiveNames);
        }

        String of(SlaHistory.Escalation e, Tier tier, long team, long assignee) {
            Set<String> to = new LinkedHashSet<>();
            String lead = team == 0 ? null : usernames.get(leads.getOrDefault(team, 0L));
            List<String> ofTeam = team == 0 ? List.of() : teamManagers.getOrDefault(team, List.of());
            switch (e.level()) {
                case SlaHistory.WARNING -> {
                    if (assignee != 0 && usernames.containsKey(assignee)) {
                        to.add(usernames.get(assignee));
                    } else if (lead != null) {
                        to.add(lead);
                    }
                    if (tier.isAbove(Tier.NORMAL)) {
                        to.addAll(ofTeam);
                    }
                }
                case SlaHistory.BREACH -> {
                    if (lead != null) {
                        to.add(lead);
                    }
                    to.addAll(ofTeam);
                }
                case SlaHistory.EXEC_ALERT -> {
                    return "";
                }
                default -> {
                    return executives.length() > 2000 ? executives.substring(0, 2000) : executives;
                }
            }
            String who = to.isEmpty() ? managers : String.join(",", to);
            return who.length() > 2000 ? who.substring(0, 2000) : who;  // the column's length, as the monitor cuts it
        }
    }
}
