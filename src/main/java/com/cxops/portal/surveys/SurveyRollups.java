package com.cxops.portal.surveys;

import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.settings.ShopSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Monthly rollups of the survey results (table {@code survey_rollup}): per month of the shop zone, kind and one split
 * value (the answer's and invitation's snapshot columns; dimension ALL for the whole), the invitations sent in the
 * month and how many of them are answered, and the answers of the month per score. Every write that changes these
 * counts adds to the rows in its own transaction (an invitation sent; an answer recorded, which also marks its
 * invitation answered); nothing deletes answers or changes their snapshot columns, so nothing subtracts. A rebuild
 * recounts everything from the raw tables: at start when the rows were cut in another zone or never built, and after
 * bulk loads that write the raw tables directly (demo data). Readers use the rows only while {@link #ready} and only
 * for whole months; the edges of a period that is not month-aligned are counted live.
 */
@Component
public class SurveyRollups implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SurveyRollups.class);

    /** Scores 0..10 have a column each (NPS uses all, CSAT 1..5). */
    static final int SCORES = 11;
    static final String ALL = "ALL";

    private static final String UPSERT = "INSERT INTO survey_rollup (month_key, kind, dimension, grp, sent, answered, "
            + "s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON DUPLICATE KEY UPDATE sent = sent + ?, answered = answered + ?, s0 = s0 + ?, s1 = s1 + ?, s2 = s2 + ?, "
            + "s3 = s3 + ?, s4 = s4 + ?, s5 = s5 + ?, s6 = s6 + ?, s7 = s7 + ?, s8 = s8 + ?, s9 = s9 + ?, s10 = s10 + ?";

    private static final String UPDATE = "UPDATE survey_rollup SET sent = sent + ?, answered = answered + ?, s0 = s0 + ?, "
            + "s1 = s1 + ?, s2 = s2 + ?, s3 = s3 + ?, s4 = s4 + ?, s5 = s5 + ?, s6 = s6 + ?, s7 = s7 + ?, s8 = s8 + ?, "
            + "s9 = s9 + ?, s10 = s10 + ? WHERE kind = ? AND dimension = ? AND month_key = ? AND grp = ?";

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final TransactionTemplate tx;

    private final Clock clock;

    SurveyRollups(JdbcTemplate jdbc, ShopSettings shop, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shop = shop;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Counts of one month (or a sum of months) and split value. */
    public record Counts(long sent, long answered, long[] scores) {

        public long answers() {
            long n = 0;
            for (long s : scores) {
                n += s;
            }
            return n;
        }
    }

    /** The whole months of the shop zone inside [from, to) (none: first is null) and the edges outside them. */
    public record Cover(YearMonth first, YearMonth last, List<Instant[]> edges) {

        public boolean hasMonths() {
            return first != null;
        }
    }

    public static Cover cover(Instant from, Instant to, ZoneId zone) {
        YearMonth first = YearMonth.from(from.atZone(zone));
        if (start(first, zone).isBefore(from)) {
            first = first.plusMonths(1);
        }
        // the month holding `to` ends after it, so the last whole month is the one before
        YearMonth last = YearMonth.from(to.atZone(zone)).minusMonths(1);
        if (first.isAfter(last)) {
            return new Cover(null, null, from.isBefore(to) ? List.<Instant[]>of(new Instant[]{from, to}) : List.of());
        }
        List<Instant[]> edges = new ArrayList<>(2);
        Instant s = start(first, zone);
        Instant e = start(last.plusMonths(1), zone);
        if (from.isBefore(s)) {
            edges.add(new Instant[]{from, s});
        }
        if (e.isBefore(to)) {
            edges.add(new Instant[]{e, to});
        }
        return new Cover(first, last, edges);
    }

    static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** The rows are built for this zone (readers count live otherwise). */
    public boolean ready(ZoneId zone) {
        List<String> z = jdbc.queryForList("SELECT zone FROM survey_rollup_state WHERE id = 1", String.class);
        return !z.isEmpty() && zone.getId().equals(z.getFirst());
    }

    /**
     * Sums of whole months {@code first..last} per split value of {@code dimension} (ALL: key ""), optionally of one
     * value only. Only values with something sent or answered are returned.
     */
    public Map<String, Counts> read(SurveyKind kind, String dimension, String group, YearMonth first, YearMonth last) {
        List<Object> params = new ArrayList<>(List.of(kind.name(), dimension, key(first), key(last)));
        String where = "kind = ? AND dimension = ? AND month_key >= ? AND month_key <= ?";
        if (group != null) {
            where += " AND grp = ?";
            params.add(group);
        }
        Map<String, Counts> out = new TreeMap<>();
        jdbc.query("SELECT grp, SUM(sent), SUM(answered), SUM(s0), SUM(s1), SUM(s2), SUM(s3), SUM(s4), SUM(s5), SUM(s6), "
                + "SUM(s7), SUM(s8), SUM(s9), SUM(s10) FROM survey_rollup WHERE " + where + " GROUP BY grp", rs -> {
            Counts c = counts(rs, 2);
            if (c.sent() > 0 || c.answers() > 0) {
                out.put(rs.getString(1), c);
            }
        }, params.toArray());
        return out;
    }

    /** Per month {@code first..last}: the answers by score of one split value (ALL, "" for the whole). */
    public Map<YearMonth, long[]> monthlyScores(SurveyKind kind, String dimension, String group, YearMonth first, YearMonth last) {
        Map<YearMonth, long[]> out = new TreeMap<>();
        jdbc.query("SELECT month_key, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 FROM survey_rollup "
                + "WHERE kind = ? AND dimension = ? AND grp = ? AND month_key >= ? AND month_key <= ?", rs -> {
            int k = rs.getInt(1);
            long[] s = new long[SCORES];
            for (int i = 0; i < SCORES; i++) {
                s[i] = rs.getLong(2 + i);
            }
            out.put(YearMonth.of(k / 100, k % 100), s);
        }, kind.name(), dimension, group, key(first), key(last));
        return out;
    }

    private static Counts counts(ResultSet rs, int column) throws SQLException {
        long[] s = new long[SCORES];
        for (int i = 0; i < SCORES; i++) {
            s[i] = rs.getLong(column + 2 + i);
        }
        return new Counts(rs.getLong(column), rs.getLong(column + 1), s);
    }

    // ---- writes, in the caller's transaction ----

    /** An invitation was sent (its sent_at set): one more sent in that month. */
    void sent(Invitation inv) {
        if (inv.getSentAt() == null) {
            return;
        }
        Map<Row, long[]> delta = new TreeMap<>();
        add(delta, month(inv.getSentAt()), inv.getKind(), inv.subject(), 0, 1);
        write(delta);
    }

    /** An answer was recorded and its invitation marked answered: one more answered of the invitation's sent month, one
     * more answer with this score in the answer's month. */
    void answered(Invitation inv, int score, Instant answeredAt) {
        Map<Row, long[]> delta = new TreeMap<>();
        if (inv.getSentAt() != null) {
            add(delta, month(inv.getSentAt()), inv.getKind(), inv.subject(), 1, 1);
        }
        if (score >= 0 && score < SCORES) {
            add(delta, month(answeredAt), inv.getKind(), inv.subject(), 2 + score, 1);
        }
        write(delta);
    }

    private int month(Instant at) {
        return monthOf(at, shop.zone());
    }

    /** One rollup row's key; ordered as the primary key so that concurrent writers lock rows in the same order. */
    record Row(String kind, String dimension, int month, String grp) implements Comparable<Row> {

        private static final Comparator<Row> ORDER = Comparator.comparing(Row::kind).thenComparing(Row::dimension)
                .thenComparingInt(Row::month).thenComparing(Row::grp);

        @Override
        public int compareTo(Row o) {
            return ORDER.compare(this, o);
        }
    }

    /** The split values of a subject, as the results write a group ("" for an empty column). */
    static Map<String, String> groups(Subject s) {
        Map<String, String> g = new LinkedHashMap<>();
        g.put(ALL, "");
        g.put(SurveySplit.LAYER.name(), text(s.layer()));
        g.put(SurveySplit.MEMBERSHIP.name(), text(s.membership()));
        g.put(SurveySplit.VIP.name(), Boolean.toString(s.vip()));
        g.put(SurveySplit.TIER.name(), text(s.tier()));
        g.put(SurveySplit.CATEGORY.name(), text(s.category()));
        g.put(SurveySplit.TEAM.name(), text(s.teamId()));
        g.put(SurveySplit.AGENT.name(), text(s.agentId()));
        return g;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** Adds {@code n} to column {@code column} (0 sent, 1 answered, 2+score) of every split value of the subject. */
    private static void add(Map<Row, long[]> delta, int month, SurveyKind kind, Subject subject, int column, long n) {
        groups(subject).forEach((dimension, grp) ->
                delta.computeIfAbsent(new Row(kind.name(), dimension, month, grp), r -> new long[2 + SCORES])[column] += n);
    }

    private void write(Map<Row, long[]> delta) {
        if (!ready(shop.zone())) {
            // the zone changed since the rows were cut: readers count live until the next rebuild
            jdbc.update("UPDATE survey_rollup_state SET zone = NULL WHERE id = 1 AND zone IS NOT NULL");
        }
        // an UPDATE of an existing row locks that row only; the insert (first write of a month and value) may meet
        // another node's insert of the same key, which the upsert turns into an addition
        delta.forEach((r, d) -> {
            Object[] u = new Object[d.length + 4];
            for (int i = 0; i < d.length; i++) {
                u[i] = d[i];
            }
            u[d.length] = r.kind();
            u[d.length + 1] = r.dimension();
            u[d.length + 2] = r.month();
            u[d.length + 3] = r.grp();
            if (jdbc.update(UPDATE, u) == 0) {
                Object[] p = new Object[4 + 2 * d.length];
                p[0] = r.month();
                p[1] = r.kind();
                p[2] = r.dimension();
                p[3] = r.grp();
                for (int i = 0; i < d.length; i++) {
                    p[4 + i] = d[i];
                    p[4 + d.length + i] = d[i];
                }
                jdbc.update(UPSERT, p);
            }
        });
    }

    // ---- rebuild ----

    /** Before the web server and the jobs start: build the rows if they were never built or cut in another zone. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!ready(shop.zone())) {
            rebuild();
        }
    }

    /**
     * Recounts every row from the raw tables in one transaction (idempotent). The state row is locked first, so two
     * nodes starting at once build one after the other. Reads stream the two tables once each and sum in memory.
     */
    public void rebuild() {
        ZoneId zone = shop.zone();
        long t0 = System.nanoTime();
        long[] rows = new long[2];
        tx.executeWithoutResult(s -> {
            jdbc.queryForList("SELECT zone FROM survey_rollup_state WHERE id = 1 FOR UPDATE", String.class);
            Map<Row, long[]> all = new HashMap<>();
            // streamed in chunks (MariaDB sends the whole result otherwise); a JdbcTemplate on the same DataSource
            // joins the transaction's connection
            JdbcTemplate stream = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
            stream.setFetchSize(5000);
            Map<Subject, Map<String, String>> groups = new HashMap<>();
            stream.query("SELECT kind, sent_at, answered_at, customer_layer, membership, vip, tier, category, team_id, agent_id "
                    + "FROM survey_invitation WHERE sent_at IS NOT NULL", rs -> {
                rows[0]++;
                SurveyKind kind = SurveyKind.valueOf(rs.getString(1));
                int month = monthOf(KpiSql.instant(rs, 2), zone);
                Subject subject = subject(rs, 4);
                boolean answered = rs.getObject(3) != null;
                addAll(all, groups.computeIfAbsent(subject, SurveyRollups::groups), kind, month, 0);
                if (answered) {
                    addAll(all, groups.get(subject), kind, month, 1);
                }
            });
            stream.query("SELECT kind, answered_at, score, customer_layer, membership, vip, tier, category, team_id, agent_id "
                    + "FROM survey_answer", rs -> {
                rows[1]++;
                int score = rs.getInt(3);
                if (score < 0 || score >= SCORES) {
                    return;
                }
                SurveyKind kind = SurveyKind.valueOf(rs.getString(1));
                int month = monthOf(KpiSql.instant(rs, 2), zone);
                Subject subject = subject(rs, 4);
                addAll(all, groups.computeIfAbsent(subject, SurveyRollups::groups), kind, month, 2 + score);
            });
            jdbc.update("DELETE FROM survey_rollup");
            List<Object[]> batch = new ArrayList<>(all.size());
            new TreeMap<>(all).forEach((r, d) -> {
                Object[] p = new Object[4 + d.length];
                p[0] = r.month();
                p[1] = r.kind();
                p[2] = r.dimension();
                p[3] = r.grp();
                for (int i = 0; i < d.length; i++) {
                    p[4 + i] = d[i];
                }
                batch.add(p);
            });
            jdbc.batchUpdate("INSERT INTO survey_rollup (month_key, kind, dimension, grp, sent, answered, s0, s1, s2, s3, "
                    + "s4, s5, s6, s7, s8, s9, s10) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
            jdbc.update("UPDATE survey_rollup_state SET zone = ?, built_at = ? WHERE id = 1", zone.getId(),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            log.info("Survey rollups rebuilt in the zone {}: {} invitations sent, {} answers, {} rows, {} ms", zone.getId(),
                    rows[0], rows[1], batch.size(), (System.nanoTime() - t0) / 1_000_000);
        });
    }

    private static int monthOf(Instant at, ZoneId zone) {
        return key(YearMonth.from(at.atZone(zone)));
    }

    private static Subject subject(ResultSet rs, int c) throws SQLException {
        String tier = rs.getString(c + 3);
        String category = rs.getString(c + 4);
        long team = rs.getLong(c + 5);
        Long teamId = rs.wasNull() ? null : team;
        long agent = rs.getLong(c + 6);
        Long agentId = rs.wasNull() ? null : agent;
        return new Subject(com.cxops.portal.customers.CustomerLayer.valueOf(rs.getString(c)),
                com.cxops.portal.customers.MembershipLevel.valueOf(rs.getString(c + 1)), rs.getBoolean(c + 2),
                tier == null ? null : com.cxops.portal.complaints.Tier.valueOf(tier),
                category == null ? null : com.cxops.portal.complaints.ComplaintCategory.valueOf(category), teamId, agentId);
    }

    private static void addAll(Map<Row, long[]> all, Map<String, String> groups, SurveyKind kind, int month, int column) {
        groups.forEach((dimension, grp) ->
                all.computeIfAbsent(new Row(kind.name(), dimension, month, grp), r -> new long[2 + SCORES])[column]++);
    }
}
