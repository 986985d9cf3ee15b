package com.cxops.portal.bench;

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
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Adds NPS and CSAT surveys to a generated shop: 0.3 answers per complaint (300 000 on the large shop), 60 % of them
 * CSAT answers to invitations sent two hours after a resolved complaint (response rate 30 %), 40 % NPS answers from
 * four quarterly relationship campaigns (response rate 20 %). Scores differ by layer (VIPs happiest, at-risk and
 * dormant customers least happy) and, for CSAT, by tier. Each invitation and answer carries the customer's layer as
 * the shop generator drew it (the layer the first layer run gives), membership level and VIP mark, and for CSAT the
 * complaint's tier, category, team and agent, as the portal copies them. Written like {@link ShopGenerator}: multi-row
 * INSERTs over JDBC with explicit ids after the current maximum, deterministic for a seed.
 * <p>
 * Additive: it writes nothing when the shop's customers already have answers, so it can run on a shop generated before
 * it existed. No follow-up tasks are written (the portal's follow-up sweep would make them if the application ran its
 * jobs on this database).
 */
public final class SurveyGenerator {

    static final double ANSWERS_PER_COMPLAINT = 0.3;
    static final double CSAT_SHARE = 0.6;
    static final double CSAT_RESPONSE_RATE = 0.3;
    static final double NPS_RESPONSE_RATE = 0.2;
    static final int NPS_CAMPAIGNS = 4;

    /** The shop generator's layer profiles, in its order (ShopGenerator.profile). */
    private static final String[] PROFILE_LAYERS = {"NEW", "ACTIVE", "AT_RISK", "DORMANT", "REGULAR", "HIGH_NET_WORTH"};
    /** NPS promoter and detractor shares per profile: VIPs recommend most, at-risk and dormant customers least. */
    private static final double[] PROMOTERS = {0.45, 0.50, 0.18, 0.25, 0.35, 0.65};
    private static final double[] DETRACTORS = {0.15, 0.12, 0.45, 0.35, 0.22, 0.07};
    /** Comments with the theme codes the portal's default themes find in them, unhappy and happy. */
    private static final String[][] UNHAPPY_COMMENTS = {
            {"The courier was late again and nobody told me", "delivery"},
            {"快递太慢了，等了一个星期", "delivery,speed"},
            {"The product arrived broken, poor quality", "quality"},
            {"质量太差，用了两天就坏了", "quality"},
            {"Still waiting for my refund", "refund"},
            {"退款到现在还没到账", "refund"},
            {"客服态度很差，不理人", "service"},
            {"Too expensive for what you get", "price"}};
    private static final String[][] HAPPY_COMMENTS = {
            {"Fast delivery, thank you", "delivery,speed"},
            {"客服很耐心，问题很快解决了", "service,speed"},
            {"Great quality as always", "quality"},
            {"退货很方便，退款及时", "refund,speed"},
            {"Friendly and helpful agent", "service"}};

    /** What was written. */
    public record Counts(long campaigns, long invitations, long answers, long csatAnswers, long npsAnswers, Duration took) {
        static Counts none() {
            return new Counts(0, 0, 0, 0, 0, Duration.ZERO);
        }
    }

    private final DataSource dataSource;
    private final Ids ids = new Ids();
    private final Instant now;
    private final String prefix;
    private final long seed;

    /** @param prefix the shop generator's prefix: its customers' external ids and complaints' numbers start with it */
    public SurveyGenerator(DataSource dataSource, Instant now, String prefix, long seed) {
        this.dataSource = dataSource;
        this.now = now;
        this.prefix = prefix;
        this.seed = seed;
    }

    /** Whether the shop's customers already have survey answers (then {@link #generate()} writes nothing). */
    public boolean hasAnswers() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM survey_answer a JOIN customer c ON c.id = a.customer_id "
                     + "WHERE c.external_id LIKE ? LIMIT 1")) {
            s.setString(1, prefix + "C%");
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Counts generate() throws SQLException {
        if (hasAnswers()) {
            return Counts.none();
        }
        long started = System.nanoTime();
        Shop shop = readShop();
        if (shop.customers == 0) {
            return Counts.none();
        }
        long answers = Math.round(ANSWERS_PER_COMPLAINT * shop.complaints);
        long csatAnswers = Math.round(answers * CSAT_SHARE);
        long npsAnswers = answers - csatAnswers;
        long[] lastInvited = new long[shop.customers];
        long invitations;
        try (Connection read = dataSource.getConnection(); Connection write = dataSource.getConnection()) {
            write.setAutoCommit(false);
            ids.read(write);
            InsertRows invitationRows = new InsertRows(write, "INSERT INTO survey_invitation (id, version, kind, status, customer_id, "
                    + "campaign_id, complaint_id, resolved_at, language, send_at, sent_at, expires_at, answered_at, created_at, "
                    + "customer_layer, membership, vip, tier, category, team_id, agent_id) VALUES ");
            InsertRows answerRows = new InsertRows(write, invitationRows, "INSERT INTO survey_answer (id, version, invitation_id, kind, "
                    + "score, comment, themes, language, answered_at, customer_id, campaign_id, complaint_id, customer_layer, "
                    + "membership, vip, tier, category, team_id, agent_id) VALUES ");
            Writer w = new Writer(shop, invitationRows, answerRows, lastInvited);
            writeCsat(read, w, shop, csatAnswers);
            long csatInvitations = w.invitations;
            writeNps(write, w, shop, npsAnswers);
            invitationRows.flush();
            answerRows.flush();
            writeSurveyCustomers(write, shop, lastInvited);
            // written straight to the tables: the portal's monthly rollups are recounted at its next start
            try (java.sql.Statement st = write.createStatement()) {
                st.executeUpdate("UPDATE survey_rollup_state SET zone = NULL WHERE id = 1");
            }
            write.commit();
            invitations = w.invitations;
            System.out.printf(Locale.ROOT, "Surveys: %d CSAT invitations, %d NPS invitations%n", csatInvitations,
                    invitations - csatInvitations);
        }
        InsertRows.restartIdentities(dataSource, Ids.TABLES);
        analyze();
        return new Counts(NPS_CAMPAIGNS, invitations, csatAnswers + npsAnswers, csatAnswers, npsAnswers,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The shop's customers (contiguous ids from the generator) and its number of complaints. */
    private static final class Shop {
        long firstCustomer;
        int customers;
        long complaints;
        String[] membership;
        boolean[] reachable;
        long resolved;
    }

    private Shop readShop() throws SQLException {
        Shop shop = new Shop();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(id), MAX(id) FROM customer WHERE external_id LIKE ?")) {
                s.setString(1, prefix + "C%");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    shop.firstCustomer = rs.getLong(1);
                    shop.customers = rs.wasNull() ? 0 : (int) (rs.getLong(2) - shop.firstCustomer + 1);
                }
            }
            shop.membership = new String[shop.customers];
            shop.reachable = new boolean[shop.customers];
            try (PreparedStatement s = c.prepareStatement("SELECT id, membership_level, email, survey_opt_out FROM customer "
                    + "WHERE external_id LIKE ?")) {
                s.setString(1, prefix + "C%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int i = (int) (rs.getLong(1) - shop.firstCustomer);
                        shop.membership[i] = rs.getString(2);
                        String email = rs.getString(3);
                        shop.reachable[i] = email != null && !email.isEmpty() && !rs.getBoolean(4);
                    }
                }
            }
            shop.complaints = count(c, "SELECT COUNT(*) FROM complaint WHERE number LIKE ?", prefix + "CX-%");
            shop.resolved = count(c, "SELECT COUNT(*) FROM complaint WHERE number LIKE ? AND resolved_at IS NOT NULL "
                    + "AND resolved_at <= ?", prefix + "CX-%", LocalDateTime.ofInstant(csatCutoff(), ZoneOffset.UTC));
        }
        return shop;
    }

    /** CSAT invitations go out two hours after the resolution; the last day's are not sent yet. */
    private Instant csatCutoff() {
        return now.minus(Duration.ofDays(1));
    }

    /**
     * One invitation per sampled resolved complaint, in id order; both the invitations and the answers among them are
     * drawn by selection sampling (still needed / still left), which gives exactly the numbers asked for.
     */
    private void writeCsat(Connection read, Writer w, Shop shop, long answers) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed + 11);
        long wanted = Math.min(shop.resolved, Math.round(answers / CSAT_RESPONSE_RATE));
        long answersLeft = Math.min(answers, wanted);
        long invitationsLeft = wanted;
        long complaintsLeft = shop.resolved;
        try (PreparedStatement s = read.prepareStatement("SELECT id, customer_id, resolved_at, tier, category, team_id, "
                + "assignee_id FROM complaint WHERE number LIKE ? AND resolved_at IS NOT NULL AND resolved_at <= ? ORDER BY id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setString(1, prefix + "CX-%");
            s.setObject(2, LocalDateTime.ofInstant(csatCutoff(), ZoneOffset.UTC));
            s.setFetchSize(1_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && complaintsLeft > 0) {
                    boolean invite = r.nextLong(complaintsLeft--) < invitationsLeft;
                    int customer = (int) (rs.getLong(2) - shop.firstCustomer);
                    if (!invite || customer < 0 || customer >= shop.customers) {
                        continue;
                    }
                    boolean answered = r.nextLong(invitationsLeft--) < answersLeft;
                    if (answered) {
                        answersLeft--;
                    }
                    Instant resolved = rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    String tier = rs.getString(4);
                    long team = rs.getLong(6);
                    String teamId = rs.wasNull() ? "NULL" : Long.toString(team);
                    long agent = rs.getLong(7);
                    String agentId = rs.wasNull() ? "NULL" : Long.toString(agent);
                    int score = answered ? csatScore(r, tier, profile(customer)) : 0;
                    w.invitation(r, "CSAT", customer, "NULL", Long.toString(rs.getLong(1)), InsertRows.q(InsertRows.time(resolved)),
                            resolved.plus(Duration.ofHours(2)), Duration.ofDays(3), answered, score,
                            InsertRows.q(tier), InsertRows.q(rs.getString(5)), teamId, agentId);
                }
            }
        }
    }

    /** Four quarterly relationship campaigns over the reachable customers, each a week long. */
    private void writeNps(Connection write, Writer w, Shop shop, long answers) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed + 13);
        long reachable = 0;
        for (boolean b : shop.reachable) {
            reachable += b ? 1 : 0;
        }
        long slots = reachable * NPS_CAMPAIGNS;
        long wanted = Math.min(slots, Math.round(answers / NPS_RESPONSE_RATE));
        long answersLeft = Math.min(answers, wanted);
        long invitationsLeft = wanted;
        InsertRows campaigns = new InsertRows(write, "INSERT INTO survey_campaign (id, version, name, kind, status, vip, sample_kind, "
                + "sample_value, window_start, window_end, eligible, processed, invited, created_at, created_by, finished_at) VALUES ");
        for (int k = NPS_CAMPAIGNS - 1; k >= 0; k--) {
            long campaign = ids.campaign++;
            Instant start = now.minus(Duration.ofDays(45 + 91L * k));
            long invitedBefore = w.invitations;
            for (int i = 0; i < shop.customers; i++) {
                if (!shop.reachable[i] || r.nextLong(slots--) >= invitationsLeft) {
                    continue;
                }
                boolean answered = r.nextLong(invitationsLeft--) < answersLeft;
                if (answered) {
                    answersLeft--;
                }
                int score = answered ? npsScore(r, profile(i)) : 0;
                w.invitation(r, "NPS", i, Long.toString(campaign), "NULL", "NULL",
                        start.plusSeconds(r.nextLong(7 * 86_400L)), Duration.ofDays(5), answered, score,
                        "NULL", "NULL", "NULL", "NULL");
            }
            long invited = w.invitations - invitedBefore;
            int percent = (int) Math.max(1, Math.min(100, Math.round(100.0 * invited / Math.max(1, reachable))));
            campaigns.add(campaign + ",0," + InsertRows.q(prefix + "survey-nps-" + (NPS_CAMPAIGNS - k)) + ",'RELATIONSHIP','DONE','ANY',"
                    + "'PERCENT'," + percent + "," + InsertRows.q(InsertRows.time(start)) + "," + InsertRows.q(InsertRows.time(start.plus(Duration.ofDays(7)))) + ","
                    + invited + "," + reachable + "," + invited + "," + InsertRows.q(InsertRows.time(start.minus(Duration.ofDays(1)))) + ","
                    + InsertRows.q(prefix + "manager") + "," + InsertRows.q(InsertRows.time(start.minus(Duration.ofDays(1)).plusSeconds(60))));
        }
        campaigns.flush();
    }

    /** Language and the last invitation of every invited customer that has no survey record yet. */
    private void writeSurveyCustomers(Connection write, Shop shop, long[] lastInvited) throws SQLException {
        Set<Long> existing = new HashSet<>();
        try (PreparedStatement s = write.prepareStatement("SELECT sc.customer_id FROM survey_customer sc JOIN customer c "
                + "ON c.id = sc.customer_id WHERE c.external_id LIKE ?")) {
            s.setString(1, prefix + "C%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getLong(1));
                }
            }
        }
        long id = ids.surveyCustomer;
        InsertRows rows = new InsertRows(write, "INSERT INTO survey_customer (id, version, customer_id, language, last_invited_at) VALUES ");
        for (int i = 0; i < shop.customers; i++) {
            long customer = shop.firstCustomer + i;
            if (lastInvited[i] != 0 && !existing.contains(customer)) {
                rows.add(id++ + ",0," + customer + "," + InsertRows.q(language(i)) + "," + InsertRows.q(InsertRows.time(Instant.ofEpochSecond(lastInvited[i]))));
            }
        }
        rows.flush();
    }

    /** Writes an invitation and, when answered, its answer; keeps each customer's last invitation. */
    private final class Writer {
        final Shop shop;
        final InsertRows invitationRows;
        final InsertRows answers;
        final long[] lastInvited;
        long invitations;

        Writer(Shop shop, InsertRows invitations, InsertRows answers, long[] lastInvited) {
            this.shop = shop;
            this.invitationRows = invitations;
            this.answers = answers;
            this.lastInvited = lastInvited;
        }

        void invitation(SplittableRandom r, String kind, int customer, String campaign, String complaint, String resolvedAt,
                        Instant sent, Duration answerWithin, boolean answered, int score, String tier, String category,
                        String team, String agent) throws SQLException {
            if (sent.isAfter(now)) {
                sent = now.minusSeconds(3_600);
            }
            Instant answeredAt = answered ? min(sent.plusSeconds(600 + r.nextLong(answerWithin.toSeconds())), now) : null;
            long id = ids.invitation++;
            int profile = profile(customer);
            String facts = InsertRows.q(PROFILE_LAYERS[profile]) + "," + InsertRows.q(shop.membership[customer]) + "," + (profile == 5 ? "TRUE" : "FALSE")
                    + "," + tier + "," + category + "," + team + "," + agent;
            String language = InsertRows.q(language(customer));
            long customerId = shop.firstCustomer + customer;
            invitationRows.add(id + ",0," + InsertRows.q(kind) + "," + (answered ? "'ANSWERED'" : "'SENT'") + "," + customerId + ","
                    + campaign + "," + complaint + "," + resolvedAt + "," + language + "," + InsertRows.q(InsertRows.time(sent)) + "," + InsertRows.q(InsertRows.time(sent)) + ","
                    + InsertRows.q(InsertRows.time(sent.plus(Duration.ofDays(14)))) + "," + (answeredAt == null ? "NULL" : InsertRows.q(InsertRows.time(answeredAt))) + ","
                    + InsertRows.q(InsertRows.time(sent.minusSeconds(60))) + "," + facts);
            invitations++;
            lastInvited[customer] = Math.max(lastInvited[customer], sent.getEpochSecond());
            if (!answered) {
                return;
            }
            boolean unhappy = kind.equals("NPS") ? score <= 6 : score <= 2;
            boolean happy = kind.equals("NPS") ? score >= 9 : score >= 4;
            String[] comment = null;
            if (r.nextDouble() < (unhappy ? 0.6 : 0.25)) {
                String[][] list = unhappy ? UNHAPPY_COMMENTS : happy ? HAPPY_COMMENTS : null;
                comment = list == null ? new String[]{"OK", null} : list[r.nextInt(list.length)];
            }
            answers.add(ids.answer++ + ",0," + id + "," + InsertRows.q(kind) + "," + score + ","
                    + (comment == null ? "NULL" : InsertRows.q(comment[0])) + "," + (comment == null || comment[1] == null ? "NULL" : InsertRows.q(comment[1]))
                    + "," + language + "," + InsertRows.q(InsertRows.time(answeredAt)) + "," + customerId + "," + campaign + "," + complaint + "," + facts);
        }
    }

    /** The layer profile the shop generator drew the customer for. */
    private static int profile(int customer) {
        return ShopGenerator.profile(customer);
    }

    private static int npsScore(SplittableRandom r, int profile) {
        double x = r.nextDouble();
        if (x < PROMOTERS[profile]) {
            return 9 + r.nextInt(2);
        }
        if (x < PROMOTERS[profile] + DETRACTORS[profile]) {
            // detractors lean to 5-6, few answer 0
            return Math.max(0, 6 - (int) Math.floor(Math.abs(r.nextGaussian()) * 2.5));
        }
        return 7 + r.nextInt(2);
    }

    /** Satisfied (4-5) share by tier, a little higher for VIPs and lower for at-risk and dormant customers. */
    private static int csatScore(SplittableRandom r, String tier, int profile) {
        double satisfied = switch (tier) {
            case "MAJOR" -> 0.48;
            case "URGENT" -> 0.62;
            default -> 0.78;
        } + (profile == 5 ? 0.08 : profile == 2 || profile == 3 ? -0.10 : 0);
        double x = r.nextDouble();
        if (x < satisfied) {
            return 4 + r.nextInt(2);
        }
        return x < satisfied + (1 - satisfied) * 0.45 ? 3 : 1 + r.nextInt(2);
    }

    /** Most customers answer in Chinese, one in five in English. */
    private static String language(int customer) {
        return customer % 5 == 4 ? "en" : "zh";
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Fresh optimizer statistics after the bulk load (MariaDB/MySQL; H2 keeps its own). */
    private void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                return;
            }
            for (String t : Ids.TABLES) {
                s.execute("ANALYZE TABLE " + t);
            }
        }
    }

    /** The next free id of each table written. */
    private static final class Ids {
        static final String[] TABLES = {"survey_campaign", "survey_invitation", "survey_answer", "survey_customer"};
        long campaign, invitation, answer, surveyCustomer;

        void read(Connection c) throws SQLException {
            campaign = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM survey_campaign");
            invitation = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM survey_invitation");
            answer = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM survey_answer");
            surveyCustomer = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM survey_customer");
        }
    }

}
