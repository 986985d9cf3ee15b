package com.cxops.portal.bench;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Adds the VIP concierge to a generated shop: one customer in twenty of the shop made a VIP (manual VIP with a
 * membership anniversary) and spread over VIP account managers it creates ({@code <prefix>vipc1..n}, one per 400
 * VIPs), and 0.3 tasks per complaint of every type and status, owned by the VIPs' managers or waiting in the concierge
 * pool and the teams' pools, due around "now". InsertRows go in as multi-row INSERTs over plain JDBC with explicit ids after
 * the current maximum, as {@link ShopGenerator} writes. Additive: it writes nothing when the shop already has its
 * generated tasks (source id {@code <prefix>T…}), so it can run on a shop generated before the concierge existed.
 */
final class ConciergeGenerator {

    static final String MANAGER_INFIX = "vipc";
    private static final int VIPS_PER_MANAGER = 400;
    private static final String[] TYPES = {"OCCASION", "SERVICE_REQUEST", "CO_CREATION", "REWARD", "COMPLAINT_FOLLOW_UP",
            "SURVEY_FOLLOW_UP", "WIN_BACK", "WELCOME"};
    private static final String[] SOURCES = {"OCCASION", "CUSTOMER", "CUSTOMER", "CUSTOMER", "COMPLAINT", "SURVEY_ANSWER",
            "LAYER_CHANGE", "LAYER_CHANGE"};
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "HIGH", "URGENT"};

    /** What was written (zero everywhere when the shop had its tasks already). */
    record Counts(long vipManagers, long vips, long tasks, long openTasks, long pooledTasks, Duration took) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, Duration.ZERO);
    }

    private final DataSource dataSource;
    private final Scale scale;
    private final Instant now;
    private final String prefix;
    private final long seed;

    ConciergeGenerator(DataSource dataSource, Scale scale, Instant now, String prefix, long seed) {
        this.dataSource = dataSource;
        this.scale = scale;
        this.now = now;
        this.prefix = prefix;
        this.seed = seed;
    }

    /** The VIP managers' usernames: {@code <prefix>vipc1..n}. */
    static String managerName(String prefix, int n) {
        return prefix + MANAGER_INFIX + n;
    }

    int vipManagers() {
        return Math.max(2, scale.customers() / 20 / VIPS_PER_MANAGER);
    }

    /** Deletes the generated tasks (and what hangs on them) before a shop's customers and staff are wiped. */
    static void wipe(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String t : new String[]{"vip_right_use", "contact_log", "task_event", "task"}) {
                s.executeUpdate("DELETE FROM " + t);
            }
        }
    }

    Counts generate() throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (count(c, "SELECT COUNT(*) FROM task WHERE source_id LIKE '" + prefix + "T%'") > 0) {
                return Counts.NONE;
            }
            long[] managers = managers(c);
            List<Long> vips = vips(c, managers);
            long[] teams = ids(c, "SELECT id FROM team WHERE name LIKE '" + prefix + "team%' ORDER BY id");
            long[] written = tasks(c, vips, managers, teams);
            c.commit();
            restartIdentities(c);
            Counts counts = new Counts(managers.length, vips.size(), written[0], written[1], written[2],
                    Duration.ofNanos(System.nanoTime() - started));
            System.out.println("Concierge: " + counts);
            return counts;
        }
    }

    /** The VIP managers, made once (explicit consecutive ids, so their customers can be spread by arithmetic). */
    private long[] managers(Connection c) throws SQLException {
        long[] existing = ids(c, "SELECT id FROM staff_member WHERE username LIKE '" + prefix + MANAGER_INFIX + "%' ORDER BY id");
        if (existing.length > 0) {
            return existing;
        }
        long first = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM staff_member");
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(prefix + seed + now);
        InsertRows staff = new InsertRows(c, "INSERT INTO staff_member (id, version, username, display_name, email, language, time_zone, "
                + "enabled, password_hash, password_changed_at, created_at) VALUES ");
        InsertRows roles = new InsertRows(c, "INSERT INTO staff_role (staff_id, role) VALUES ");
        long[] ids = new long[vipManagers()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = first + i;
            String user = managerName(prefix, i + 1);
            staff.add(ids[i] + ",0," + InsertRows.q(user) + "," + InsertRows.q(user) + "," + InsertRows.q(user + "@bench.example") + ",'en','UTC',TRUE," + InsertRows.q(hash)
                    + "," + InsertRows.q(InsertRows.time(now)) + "," + InsertRows.q(InsertRows.time(now)));
            roles.add(ids[i] + ",'VIP_MANAGER'");
        }
        staff.flush();
        roles.flush();
        return ids;
    }

    /** One customer in twenty of the shop, not yet anyone's VIP, evenly over the ids, to the managers in turn. */
    private List<Long> vips(Connection c, long[] managers) throws SQLException {
        long[] candidates = ids(c, "SELECT id FROM customer WHERE external_id LIKE '" + prefix + "C%' AND account_manager_id IS NULL "
                + "AND manual_vip = FALSE ORDER BY id");
        int wanted = Math.min(candidates.length, scale.customers() / 20);
        List<Long> vips = new ArrayList<>(wanted);
        try (PreparedStatement u = c.prepareStatement("UPDATE customer SET manual_vip = TRUE, manual_vip_reason = 'Generated VIP', "
                + "account_manager_id = ?, anniversary = ? WHERE id = ?")) {
            for (int i = 0; i < wanted; i++) {
                long id = candidates[(int) ((long) i * candidates.length / wanted)];
                vips.add(id);
                u.setLong(1, managers[i % managers.length]);
                // membership anniversaries on every day of the year, so the occasions job finds some on any day
                u.setObject(2, LocalDate.of(2015 + (int) (id % 10), 1, 1).plusDays(id % 365));
                u.setLong(3, id);
                u.addBatch();
                if ((i + 1) % InsertRows.ROWS_PER_STATEMENT == 0) {
                    u.executeBatch();
                }
            }
            u.executeBatch();
        }
        return vips;
    }

    /** Tasks of every type and status; returns {written, open, pooled}. */
    private long[] tasks(Connection c, List<Long> vips, long[] managers, long[] teams) throws SQLException {
        if (vips.isEmpty()) {
            return new long[3];
        }
        Map<String, Long> typeIds = new HashMap<>();
        Map<String, String> outcomes = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.code, t.id, MIN(o.code) FROM task_type t LEFT JOIN task_outcome o "
                     + "ON o.task_type_id = t.id GROUP BY t.code, t.id")) {
            while (rs.next()) {
                typeIds.put(rs.getString(1), rs.getLong(2));
                outcomes.put(rs.getString(1), rs.getString(3));
            }
        }
        Map<Long, Long> managerOf = new HashMap<>();
        for (int i = 0; i < vips.size(); i++) {
            managerOf.put(vips.get(i), managers[i % managers.length]);
        }
        SplittableRandom r = new SplittableRandom(seed + 15);
        long first = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM task");
        int total = (int) Math.round(scale.complaints() * 0.3);
        long open = 0;
        long pooled = 0;
        InsertRows rows = new InsertRows(c, "INSERT INTO task (id, version, task_type_id, customer_id, title, status, priority, owner_id, pool, "
                + "due_at, source_type, source_id, outcome_code, created_at, created_by, started_at, closed_at, closed_by) VALUES ");
        for (int i = 0; i < total; i++) {
            long id = first + i;
            int type = i % TYPES.length;
            long customer = vips.get(r.nextInt(vips.size()));
            int roll = r.nextInt(100);
            // a third open (a fifth of those unclaimed in a pool), a tenth in progress, about half done, the rest cancelled
            String status = roll < 35 ? "OPEN" : roll < 45 ? "IN_PROGRESS" : roll < 90 ? "DONE" : "CANCELLED";
            boolean inPool = status.equals("OPEN") && r.nextInt(5) == 0;
            String pool = "NULL";
            String owner = String.valueOf(managerOf.get(customer));
            if (inPool) {
                owner = "NULL";
                pool = TYPES[type].equals("SURVEY_FOLLOW_UP") && teams.length > 0 ? InsertRows.q("TEAM:" + teams[r.nextInt(teams.length)]) : "'CONCIERGE'";
                pooled++;
            }
            boolean closed = status.equals("DONE") || status.equals("CANCELLED");
            open += closed ? 0 : 1;
            // open work due from ten days ago to three weeks ahead; closed work due in the last two months
            Instant due = closed ? now.minus(Duration.ofMinutes(r.nextLong(60L * 24 * 60)))
                    : now.plus(Duration.ofMinutes(r.nextLong(-60L * 24 * 10, 60L * 24 * 21)));
            Instant created = due.minus(Duration.ofHours(24 + r.nextInt(24 * 7)));
            Instant closedAt = closed ? due.plus(Duration.ofMinutes(r.nextLong(-60L * 24 * 3, 60L * 12))) : null;
            if (closedAt != null && closedAt.isBefore(created)) {
                closedAt = created.plus(Duration.ofHours(1));
            }
            String outcome = status.equals("DONE") ? InsertRows.q(outcomes.get(TYPES[type])) : "NULL";
            rows.add(id + ",0," + typeIds.get(TYPES[type]) + "," + customer + "," + InsertRows.q("@concierge.demo." + TYPES[type] + "|Customer " + customer)
                    + "," + InsertRows.q(status) + "," + InsertRows.q(PRIORITIES[r.nextInt(PRIORITIES.length)]) + "," + owner + "," + pool + "," + InsertRows.qt(due) + ","
                    + InsertRows.q(SOURCES[type]) + "," + InsertRows.q(prefix + "T" + id) + "," + outcome + "," + InsertRows.qt(created) + ",'bench',"
                    + (status.equals("IN_PROGRESS") || status.equals("DONE") ? InsertRows.qt(created.plus(Duration.ofHours(2))) : "NULL") + ","
                    + InsertRows.qt(closedAt) + "," + (closed ? "'bench'" : "NULL"));
        }
        rows.flush();
        return new long[]{total, open, pooled};
    }

    /** H2 does not move its identity past explicit ids; MariaDB/MySQL do. */
    private static void restartIdentities(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            return;
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String t : new String[]{"staff_member", "task"}) {
                s.executeUpdate("ALTER TABLE " + t + " ALTER COLUMN id RESTART WITH " + count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + t));
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long[] ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

}
