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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Monthly rollups of the survey results (table {@code survey_rollup}): per month of the shop zone, kind and one split
 * value (the answer's and invitation's snapshot columns; dimension ALL for the whole), the invitations sent in the
 * month and how many of them are answered, and the answers of the month per score. {@link SurveyRollupWrites} adds
 * to the rows as invitations are sent and answers recorded, {@link SurveyRollupReads} reads them; this class
 * rebuilds them, recounting everything from the raw tables: at start when the rows were cut in another zone or never
 * built, and after bulk loads that write the raw tables directly (demo data).
 */
@Component
public class SurveyRollups implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SurveyRollups.class);

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final TransactionTemplate tx;
    private final SurveyRollupReads reads;
    private final Clock clock;

    SurveyRollups(JdbcTemplate jdbc, ShopSettings shop, PlatformTransactionManager transactions, SurveyRollupReads reads,
                  Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shop = shop;
        this.reads = reads;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Before the web server and the jobs start: build the rows if they were never built or cut in another zone. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!reads.ready(shop.zone())) {
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
            Map<SurveyRollupRows.Row, long[]> all = new HashMap<>();
            // streamed in chunks (MariaDB sends the whole result otherwise); a JdbcTemplate on the same DataSource
            // joins the transaction's connection
            JdbcTemplate stream = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
            stream.setFetchSize(5000);
            Map<Subject, Map<String, String>> groups = new HashMap<>();
            stream.query("SELECT kind, sent_at, answered_at, customer_layer, membership, vip, tier, category, team_id, agent_id "
                    + "FROM survey_invitation WHERE sent_at IS NOT NULL", rs -> {
                rows[0]++;
                SurveyKind kind = SurveyKind.valueOf(rs.getString(1));
                int month = SurveyRollupRows.monthOf(KpiSql.instant(rs, 2), zone);
                Subject subject = subject(rs, 4);
                boolean answered = rs.getObject(3) != null;
                SurveyRollupRows.add(all, groups.computeIfAbsent(subject, SurveyRollupRows::groups), kind, month, 0, 1);
                if (answered) {
                    SurveyRollupRows.add(all, groups.get(subject), kind, month, 1, 1);
                }
            });
            stream.query("SELECT kind, answered_at, score, customer_layer, membership, vip, tier, category, team_id, agent_id "
                    + "FROM survey_answer", rs -> {
                rows[1]++;
                int score = rs.getInt(3);
                if (score < 0 || score >= SurveyRollupRows.SCORES) {
                    return;
                }
                SurveyKind kind = SurveyKind.valueOf(rs.getString(1));
                int month = SurveyRollupRows.monthOf(KpiSql.instant(rs, 2), zone);
                Subject subject = subject(rs, 4);
                SurveyRollupRows.add(all, groups.computeIfAbsent(subject, SurveyRollupRows::groups), kind, month, 2 + score, 1);
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
}
