package com.cxops.portal.bench;

import com.cxops.portal.sla.SlaBulkReplay;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills the portal's database with a large shop: staff and teams, customers of every layer, two years of orders,
 * twelve months of complaints with their timelines, compensation, root-cause analyses and service-level clocks
 * ({@link SlaClockGenerator}). InsertRows go in as multi-row
 * INSERT statements over plain JDBC (1 000 rows a statement, a commit every few statements), with explicit ids taken
 * after the current maximum, so the generator appends to a database that already holds other records and the
 * foreign keys and unique keys the portal relies on stay switched on. Orders and complaints are written in parallel
 * on two connections. Deterministic for a given seed.
 */
public final class ShopGenerator {

    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
            "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Smith", "Miller", "Brown", "Garcia", "Muller"};
    private static final String[] GIVEN = {"Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yan", "Jun", "Tao", "Ming", "Hui",
            "Xin", "Anna", "Tom", "Grace", "Leo", "Mia", "Sam", "Eva", "Max"};
    private static final String[] CATEGORIES = {"PRODUCT_QUALITY", "WRONG_ITEM", "LATE_DELIVERY", "LOST_PARCEL",
            "DAMAGED_IN_TRANSIT", "REFUND_NOT_RECEIVED", "BILLING_ERROR", "STAFF_ATTITUDE", "OTHER"};
    private static final String[] CHANNELS = {"PHONE", "CHAT", "EMAIL", "APP", "SOCIAL_MEDIA", "MARKETPLACE_REVIEW"};
    private static final String[] SHOP_CATEGORIES = {"apparel", "beauty", "electronics", "home", "food", "sports", "toys"};
    /** Shares of the layer profiles the orders are drawn for: new, active, at risk, dormant, regular, high-net-worth. */
    private static final double[] PROFILE_SHARE = {0.05, 0.15, 0.05, 0.25, 0.47, 0.03};
    private static final int[] PROFILE_ORDERS = {1, 20, 8, 6, 9, 25};

    /** What was written, for the report. */
    public record Counts(long staff, long teams, long customers, long orders, long complaints, long openComplaints,
                         long timelineEntries, long slaClocks, long runningSlaClocks, Duration took) {
    }

    private final DataSource dataSource;
    private final Scale scale;
    private final Instant now;
    private final String prefix;
    private final long seed;
    private final SlaBulkReplay slaReplay;

    /**
     * @param prefix     makes usernames, team names, external ids and complaint numbers unique, so a small shop can be
     *                   added to a database that other records share (the test suite)
     * @param slaReplay  the portal's replay of SLA clocks from complaint histories, in bulk
     */
    public ShopGenerator(DataSource dataSource, Scale scale, Instant now, String prefix, long seed,
                         SlaBulkReplay slaReplay) {
        this.dataSource = dataSource;
        this.scale = scale;
        this.now = now;
        this.prefix = prefix;
        this.seed = seed;
        this.slaReplay = slaReplay;
    }

    /** The number of customers already in the database (the command refuses to add a second large shop). */
    public static long existingCustomers(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Deletes every customer, order and complaint (and what hangs on them: SLA clocks, pauses, escalations), plus
     * the staff a generator made and the notifications and mails the benchmark's monitor ticks left for them.
     */
    public static void wipe(DataSource dataSource) throws SQLException {
        String[] tables = {"sla_alert_pending", "sla_escalation", "sla_pause", "sla_clock", "corrective_action", "rca_finding",
                "complaint_compensation", "complaint_timeline", "complaint_watcher", "complaint", "customer_layer_change",
                "customer_order", "customer"};
        ConciergeGenerator.wipe(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String t : tables) {
                s.executeUpdate("DELETE FROM " + t);
            }
            s.executeUpdate("DELETE FROM team_member WHERE team_id IN (SELECT id FROM team WHERE name LIKE 'bench-%')");
            s.executeUpdate("DELETE FROM team WHERE name LIKE 'bench-%'");
            s.executeUpdate("DELETE FROM staff_role WHERE staff_id IN (SELECT id FROM staff_member WHERE username LIKE 'bench-%')");
            s.executeUpdate("DELETE FROM staff_member WHERE username LIKE 'bench-%'");
            s.executeUpdate("DELETE FROM notification WHERE recipient LIKE 'bench-%'");
            s.executeUpdate("DELETE FROM mail_outbox WHERE recipient LIKE 'bench-%'");
        }
    }

    /** Usernames the generator gives: agents {@code <prefix>agent1..n}, and one manager {@code <prefix>manager}. */
    public String agentName(int n) {
        return prefix + "agent" + n;
    }

    public String managerName() {
        return prefix + "manager";
    }

    public Counts generate() throws Exception {
        long started = System.nanoTime();
        Ids ids;
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(prefix + seed + now);
        String[] names = new String[scale.customers()];
        long[] staffIds;
        long[][] teamMembers;
        long[] teamIds;
        long[] vipManagers;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ids = new Ids(c);
            // staff: agents, one manager (also lead of every team), two VIP account managers
            int staffCount = scale.agents() + 3;
            staffIds = new long[staffCount];
            InsertRows staff = new InsertRows(c, "INSERT INTO staff_member (id, version, username, display_name, email, language, "
                    + "time_zone, enabled, password_hash, password_changed_at, created_at) VALUES ");
            InsertRows roles = new InsertRows(c, "INSERT INTO staff_role (staff_id, role) VALUES ");
            for (int i = 0; i < staffCount; i++) {
                long id = ids.staff++;
                staffIds[i] = id;
                String user = i < scale.agents() ? agentName(i + 1) : i == scale.agents() ? managerName() : prefix + "vip" + (i - scale.agents());
                String role = i < scale.agents() ? "AGENT" : i == scale.agents() ? "MANAGER" : "VIP_MANAGER";
                staff.add(id + ",0," + InsertRows.q(user) + "," + InsertRows.q(user) + "," + InsertRows.q(user + "@bench.example") + ",'en','UTC',TRUE,"
                        + InsertRows.q(hash) + "," + InsertRows.q(InsertRows.time(now)) + "," + InsertRows.q(InsertRows.time(now)));
                roles.add(id + "," + InsertRows.q(role));
            }
            staff.flush();
            roles.flush();
            vipManagers = new long[]{staffIds[scale.agents() + 1], staffIds[scale.agents() + 2]};
            long manager = staffIds[scale.agents()];
            teamIds = new long[scale.teams()];
            teamMembers = new long[scale.teams()][];
            InsertRows teams = new InsertRows(c, "INSERT INTO team (id, version, name, lead_id) VALUES ");
            InsertRows members = new InsertRows(c, "INSERT INTO team_member (team_id, staff_id) VALUES ");
            for (int t = 0; t < scale.teams(); t++) {
                teamIds[t] = ids.team++;
                teams.add(teamIds[t] + ",0," + InsertRows.q(prefix + "team" + (t + 1)) + "," + manager);
            }
            teams.flush();
            for (int t = 0; t < scale.teams(); t++) {
                List<Long> m = new ArrayList<>();
                for (int a = t; a < scale.agents(); a += scale.teams()) {
                    m.add(staffIds[a]);
                    members.add(teamIds[t] + "," + staffIds[a]);
                }
                teamMembers[t] = m.stream().mapToLong(Long::longValue).toArray();
            }
            members.flush();
            c.commit();
        }
        long firstCustomer = ids.customer;
        writeCustomers(firstCustomer, names, vipManagers);
        long firstOrder = ids.order;
        long firstComplaint = ids.complaint;
        long firstTimeline = ids.timeline;
        long[] other = {ids.compensation, ids.finding, ids.action};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> orders = pool.submit(() -> writeOrders(firstCustomer, firstOrder));
            Future<long[]> complaints = pool.submit(() -> writeComplaints(firstCustomer, names, firstComplaint,
                    firstTimeline, other, staffIds, teamIds, teamMembers, vipManagers));
            long[] complaintCounts = complaints.get();
            // the clocks once every complaint is written (the orders may still be going in)
            SlaClockGenerator.Result clocks = clocks().generate(firstComplaint, firstComplaint + scale.complaints() - 1);
            long orderCount = orders.get();
            System.out.println("Surveys: " + new SurveyGenerator(dataSource, now, prefix, seed).generate());
            new ConciergeGenerator(dataSource, scale, now, prefix, seed).generate();
            InsertRows.restartIdentities(dataSource, Ids.TABLES);
            return new Counts(staffIds.length, teamIds.length, scale.customers(), orderCount, complaintCounts[0],
                    complaintCounts[1], complaintCounts[2], clocks.clocks(), clocks.runningClocks(),
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes the clocks of the generated complaints (by this generator's prefix) that have none. */
    public SlaClockGenerator clocks() {
        return new SlaClockGenerator(dataSource, now, prefix, slaReplay);
    }

    private void writeCustomers(long firstId, String[] names, long[] vipManagers) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            InsertRows rows = new InsertRows(c, "INSERT INTO customer (id, version, external_id, name, email, phone, registered_at, "
                    + "birthday, membership_level, survey_opt_out, manual_vip, account_manager_id, layer) VALUES ");
            for (int i = 0; i < scale.customers(); i++) {
                long id = firstId + i;
                int profile = profile(i);
                String name = SURNAMES[r.nextInt(SURNAMES.length)] + " " + GIVEN[r.nextInt(GIVEN.length)] + " " + id;
                names[i] = name;
                Instant registered = profile == 0 ? now.minus(Duration.ofDays(r.nextInt(30))) : now.minus(Duration.ofDays(731 + r.nextInt(365)));
                String membership = profile == 5 ? "DIAMOND" : r.nextInt(10) == 0 ? "GOLD" : "ORDINARY";
                String manager = profile == 5 ? String.valueOf(vipManagers[i % vipManagers.length]) : "NULL";
                rows.add(id + ",0," + InsertRows.q(prefix + "C" + id) + "," + InsertRows.q(name) + ","
                        + InsertRows.q(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@mail.example") + ","
                        + InsertRows.q("+86 1" + (3_000_000_000L + id)) + "," + InsertRows.q(InsertRows.time(registered)) + ","
                        + InsertRows.q((1950 + r.nextInt(55)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9)) + "," + InsertRows.q(membership) + ","
                        + (r.nextInt(50) == 0 ? "TRUE" : "FALSE") + ",FALSE," + manager + ",'REGULAR'");
            }
            rows.flush();
            c.commit();
        }
    }

    /** Which layer profile customer {@code i} is drawn for (deterministic, spread evenly over the ids). */
    static int profile(int i) {
        double x = (i * 0.6180339887) % 1.0;
        double acc = 0;
        for (int p = 0; p < PROFILE_SHARE.length; p++) {
            acc += PROFILE_SHARE[p];
            if (x < acc) {
                return p;
            }
        }
        return 4;
    }

    private long writeOrders(long firstCustomer, long firstOrder) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed + 1);
        double average = 0;
        for (int p = 0; p < PROFILE_SHARE.length; p++) {
            average += PROFILE_SHARE[p] * PROFILE_ORDERS[p];
        }
        double factor = scale.orders() / (scale.customers() * average);
        long id = firstOrder;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            InsertRows rows = new InsertRows(c, "INSERT INTO customer_order (id, version, external_id, customer_id, placed_at, amount, "
                    + "currency, status, category) VALUES ");
            for (int i = 0; i < scale.customers(); i++) {
                int profile = profile(i);
                int count = profile == 0 ? 1 : Math.max(1, (int) Math.round(PROFILE_ORDERS[profile] * factor * (0.5 + r.nextDouble())));
                // the most recent order decides the lifecycle layer; the others lie before it
                int lastDaysAgo = switch (profile) {
                    case 0 -> r.nextInt(25);
                    case 1, 5 -> r.nextInt(20);
                    case 2 -> 152 + r.nextInt(25);
                    case 3 -> 185 + r.nextInt(540);
                    default -> 95 + r.nextInt(50);
                };
                for (int k = 0; k < count; k++) {
                    int daysAgo;
                    if (k == 0) {
                        daysAgo = lastDaysAgo;
                    } else if (profile == 1 && k < 3) {
                        daysAgo = lastDaysAgo + 1 + r.nextInt(60);
                    } else {
                        daysAgo = Math.min(729, lastDaysAgo + 1 + r.nextInt(Math.max(1, 730 - lastDaysAgo)));
                    }
                    Instant placed = now.minus(Duration.ofDays(daysAgo)).minusSeconds(r.nextInt(86_000));
                    String amount = profile == 5 ? (1_500 + r.nextInt(4_000)) + "." + r.nextInt(10) + "0"
                            : (20 + r.nextInt(300)) + "." + r.nextInt(10) + "0";
                    int s = r.nextInt(100);
                    String status = s < 92 ? "PAID" : s < 97 ? "REFUNDED" : "CANCELLED";
                    rows.add(id + ",0," + InsertRows.q(prefix + "O" + id) + "," + (firstCustomer + i) + "," + InsertRows.q(InsertRows.time(placed)) + ","
                            + amount + ",'CNY'," + InsertRows.q(status) + "," + InsertRows.q(SHOP_CATEGORIES[r.nextInt(SHOP_CATEGORIES.length)]));
                    id++;
                }
            }
            rows.flush();
            c.commit();
        }
        return id - firstOrder;
    }

    /** Returns complaints written, open ones, timeline entries. */
    private long[] writeComplaints(long firstCustomer, String[] names, long firstId, long firstTimeline, long[] other,
                                   long[] staffIds, long[] teamIds, long[][] teamMembers, long[] vipManagers) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed + 2);
        long compensationId = other[0];
        long findingId = other[1];
        long actionId = other[2];
        long timelineId = firstTimeline;
        long open = 0;
        // about half of the recent complaints are still open; the window is as long as the wanted open count needs
        int openWindowDays = (int) Math.min(365, Math.ceil(scale.openComplaints() * 365.0 / scale.complaints() / 0.5));
        double openShare = Math.min(1.0, scale.openComplaints() / (scale.complaints() * openWindowDays / 365.0));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // the SLA summary (due, warning point, breached) starts as "nothing due": the clock phase writes it from the clocks
            InsertRows complaints = new InsertRows(c, "INSERT INTO complaint (id, version, number, customer_id, customer_name, channel, "
                    + "category, subject, description, spread_risk, affected_count, tier, tier_reason, status, source, "
                    + "created_at, created_by, acknowledged_at, in_progress_at, waiting_since, resolved_at, closed_at, "
                    + "reopened_at, team_id, assignee_id, exec_ack_by, exec_ack_at, sla_due_at, sla_due_sort, sla_breached) VALUES ");
            InsertRows timeline = new InsertRows(c, complaints, "INSERT INTO complaint_timeline (id, complaint_id, occurred_at, actor, kind, "
                    + "customer_visible, from_value, to_value, body) VALUES ");
            InsertRows compensations = new InsertRows(c, complaints, "INSERT INTO complaint_compensation (id, complaint_id, kind, amount, currency, "
                    + "reason, created_at, created_by) VALUES ");
            InsertRows findings = new InsertRows(c, complaints, "INSERT INTO rca_finding (id, complaint_id, dimension, finding, created_at, created_by) VALUES ");
            InsertRows actions = new InsertRows(c, findings, "INSERT INTO corrective_action (id, version, finding_id, complaint_id, what, owner_id, "
                    + "due_date, status, done_at) VALUES ");
            for (int i = 0; i < scale.complaints(); i++) {
                long id = firstId + i;
                int customer = r.nextInt(scale.customers());
                long ageSeconds = (long) (r.nextDouble() * 365 * 86_400);
                Instant created = now.minusSeconds(ageSeconds);
                boolean isOpen = ageSeconds < openWindowDays * 86_400L && r.nextDouble() < openShare;
                int t = r.nextInt(100);
                String tier = t < 85 ? "NORMAL" : t < 98 ? "URGENT" : "MAJOR";
                String risk = tier.equals("MAJOR") ? "MEDIA_VIRAL" : tier.equals("URGENT") && r.nextBoolean() ? "PUBLIC_POST" : "PRIVATE";
                String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
                String channel = CHANNELS[r.nextInt(CHANNELS.length)];
                int team = r.nextInt(5) == 0 ? -1 : r.nextInt(teamIds.length);
                long assignee;
                if (isOpen && r.nextInt(4) == 0) {
                    assignee = -1;
                } else if (team >= 0 && teamMembers[team].length > 0) {
                    assignee = teamMembers[team][r.nextInt(teamMembers[team].length)];
                } else {
                    assignee = staffIds[r.nextInt(scale.agents())];
                }
                String status;
                if (isOpen) {
                    open++;
                    int s = r.nextInt(100);
                    status = s < 15 ? "NEW" : s < 30 ? "ACKNOWLEDGED" : s < 70 ? "IN_PROGRESS" : s < 95 ? "WAITING_CUSTOMER" : "REOPENED";
                    if (assignee < 0 && !status.equals("NEW")) {
                        status = "NEW";
                    }
                } else {
                    status = r.nextInt(5) == 0 ? "RESOLVED" : "CLOSED";
                }
                // the first contact within about the tier's first-response time (the SLA columns follow from the clocks)
                long slaMinutes = tier.equals("NORMAL") ? 120 : tier.equals("URGENT") ? 30 : 15;
                Instant ack = status.equals("NEW") ? null : created.plusSeconds(60 + r.nextInt((int) slaMinutes * 80));
                Instant inProgress = ack == null || status.equals("ACKNOWLEDGED") ? null : ack.plusSeconds(300 + r.nextInt(3_600));
                Instant waiting = status.equals("WAITING_CUSTOMER") ? inProgress.plusSeconds(600 + r.nextInt(7_200)) : null;
                Instant resolved = isOpen ? null : inProgress.plusSeconds(3_600 + r.nextInt(3 * 86_400));
                Instant closed = status.equals("CLOSED") ? resolved.plusSeconds(86_400 + r.nextInt(86_400)) : null;
                Instant reopened = status.equals("REOPENED") ? inProgress.plusSeconds(7_200) : null;
                if (resolved != null && resolved.isAfter(now)) {
                    resolved = now;
                }
                if (closed != null && closed.isAfter(now)) {
                    closed = now;
                }
                String execAck = tier.equals("MAJOR") && ack != null ? InsertRows.q(prefix + "manager") : "NULL";
                String actor = assignee < 0 ? "'intake'" : InsertRows.q(prefix + "agent");
                complaints.add(id + ",0," + InsertRows.q(prefix + "CX-" + id) + "," + (firstCustomer + customer) + "," + InsertRows.q(names[customer]) + ","
                        + InsertRows.q(channel) + "," + InsertRows.q(category) + "," + InsertRows.q(subject(category, id)) + ","
                        + InsertRows.q("Customer reports " + category.toLowerCase(Locale.ROOT).replace('_', ' ') + " on order " + (id % 9973)
                        + ". Generated for the benchmark.") + "," + InsertRows.q(risk) + ","
                        + (tier.equals("MAJOR") ? 20 + r.nextInt(200) : 1) + "," + InsertRows.q(tier) + "," + InsertRows.q("rule: " + tier.toLowerCase(Locale.ROOT)) + ","
                        + InsertRows.q(status) + "," + (r.nextBoolean() ? "'API'" : "'PORTAL'") + "," + InsertRows.q(InsertRows.time(created)) + ",'intake',"
                        + InsertRows.qt(ack) + "," + InsertRows.qt(inProgress) + "," + InsertRows.qt(waiting) + "," + InsertRows.qt(resolved) + "," + InsertRows.qt(closed) + ","
                        + InsertRows.qt(reopened) + "," + (team < 0 ? "NULL" : teamIds[team]) + "," + (assignee < 0 ? "NULL" : assignee) + ","
                        + execAck + "," + (execAck.equals("NULL") ? "NULL" : InsertRows.qt(ack)) + ",NULL,'9999-12-31 00:00:00',FALSE");
                // about five steps in the processing log
                timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(created)) + ",'intake','CREATED',TRUE,NULL,NULL,NULL");
                if (assignee >= 0 && team < 0) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(created.plusSeconds(30))) + ",'intake','ASSIGNMENT',FALSE,NULL,"
                            + InsertRows.q(String.valueOf(assignee)) + ",NULL");
                }
                if (ack != null) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(ack)) + "," + actor + ",'STATUS',TRUE,'NEW','ACKNOWLEDGED',NULL");
                    if (r.nextInt(5) < 2) {
                        timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(ack.plusSeconds(5))) + "," + actor
                                + ",'NOTE',FALSE,NULL,NULL,'Called the customer, checking with the warehouse.'");
                    }
                }
                if (!execAck.equals("NULL")) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(ack)) + "," + execAck + ",'EXECUTIVE_ACK',FALSE,NULL," + execAck + ",NULL");
                }
                if (inProgress != null) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(inProgress)) + "," + actor + ",'STATUS',TRUE,'ACKNOWLEDGED','IN_PROGRESS',NULL");
                }
                // every status step is in the log: the SLA clocks are replayed from it (waiting intervals, reopening)
                if (waiting != null) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(waiting)) + "," + actor + ",'STATUS',TRUE,'IN_PROGRESS','WAITING_CUSTOMER',NULL");
                }
                if (reopened != null) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(reopened)) + "," + actor + ",'STATUS',TRUE,'IN_PROGRESS','REOPENED',NULL");
                }
                if (resolved != null) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(resolved)) + "," + actor + ",'STATUS',TRUE,'IN_PROGRESS','RESOLVED',NULL");
                }
                if (closed != null) {
                    timeline.add(timelineId++ + "," + id + "," + InsertRows.q(InsertRows.time(closed)) + "," + actor + ",'STATUS',TRUE,'RESOLVED','CLOSED',NULL");
                }
                if (!isOpen && r.nextInt(20) == 0) {
                    compensations.add(compensationId++ + "," + id + ",'COUPON',20.00,'CNY','Late delivery, not caused by the customer',"
                            + InsertRows.q(InsertRows.time(resolved)) + "," + actor);
                }
                if (tier.equals("MAJOR") && !isOpen) {
                    for (String dimension : new String[]{"PROCESS", "SYSTEM", "PEOPLE"}) {
                        long finding = findingId++;
                        findings.add(finding + "," + id + "," + InsertRows.q(dimension) + ",'Root cause found in " + dimension.toLowerCase(Locale.ROOT)
                                + "'," + InsertRows.q(InsertRows.time(resolved)) + ",'" + prefix + "manager'");
                        actions.add(actionId++ + ",0," + finding + "," + id + ",'Corrective action'," + staffIds[scale.agents()] + ","
                                + InsertRows.q(LocalDateTime.ofInstant(resolved, ZoneOffset.UTC).toLocalDate().plusDays(14).toString()) + ",'DONE',"
                                + InsertRows.q(InsertRows.time(resolved.plusSeconds(86_400))));
                    }
                }
            }
            complaints.flush();
            timeline.flush();
            compensations.flush();
            findings.flush();
            actions.flush();
            c.commit();
        }
        return new long[]{scale.complaints(), open, timelineId - firstTimeline};
    }

    private static String subject(String category, long id) {
        return switch (category) {
            case "LATE_DELIVERY" -> "Parcel not delivered yet";
            case "LOST_PARCEL" -> "Parcel lost";
            case "REFUND_NOT_RECEIVED" -> "Refund not received";
            case "WRONG_ITEM" -> "Wrong item received";
            case "DAMAGED_IN_TRANSIT" -> "Item arrived damaged";
            default -> "Complaint about " + category.toLowerCase(Locale.ROOT).replace('_', ' ');
        } + " #" + id % 100_000;
    }

    /** The next free id of each table the generator writes. */
    private static final class Ids {
        static final String[] TABLES = {"staff_member", "team", "customer", "customer_order", "complaint",
                "complaint_timeline", "complaint_compensation", "rca_finding", "corrective_action"};
        long staff, team, customer, order, complaint, timeline, compensation, finding, action;

        Ids(Connection c) throws SQLException {
            long[] next = new long[TABLES.length];
            try (Statement s = c.createStatement()) {
                for (int i = 0; i < TABLES.length; i++) {
                    try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + TABLES[i])) {
                        rs.next();
                        next[i] = rs.getLong(1);
                    }
                }
            }
            staff = next[0];
            team = next[1];
            customer = next[2];
            order = next[3];
            complaint = next[4];
            timeline = next[5];
            compensation = next[6];
            finding = next[7];
            action = next[8];
        }
    }

}
