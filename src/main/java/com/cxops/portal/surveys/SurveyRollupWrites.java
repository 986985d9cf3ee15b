package com.cxops.portal.surveys;

import com.cxops.portal.base.settings.ShopSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static com.cxops.portal.surveys.SurveyRollupRows.Row;
import static com.cxops.portal.surveys.SurveyRollupRows.SCORES;

/**
 * Keeps the monthly survey rollups ({@link SurveyRollups}) up to date as invitations are sent and answers recorded:
 * each write adds to the rows in the caller's transaction. Nothing deletes answers or changes their snapshot
 * columns, so nothing subtracts.
 */
@Component
class SurveyRollupWrites {

    private static final String UPSERT = "INSERT INTO survey_rollup (month_key, kind, dimension, grp, sent, answered, "
            + "s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON DUPLICATE KEY UPDATE sent = sent + ?, answered = answered + ?, s0 = s0 + ?, s1 = s1 + ?, s2 = s2 + ?, "
            + "s3 = s3 + ?, s4 = s4 + ?, s5 = s5 + ?, s6 = s6 + ?, s7 = s7 + ?, s8 = s8 + ?, s9 = s9 + ?, s10 = s10 + ?";

    private static final String UPDATE = "UPDATE survey_rollup SET sent = sent + ?, answered = answered + ?, s0 = s0 + ?, "
            + "s1 = s1 + ?, s2 = s2 + ?, s3 = s3 + ?, s4 = s4 + ?, s5 = s5 + ?, s6 = s6 + ?, s7 = s7 + ?, s8 = s8 + ?, "
            + "s9 = s9 + ?, s10 = s10 + ? WHERE kind = ? AND dimension = ? AND month_key = ? AND grp = ?";

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final SurveyRollupReads reads;

    SurveyRollupWrites(JdbcTemplate jdbc, ShopSettings shop, SurveyRollupReads reads) {
        this.jdbc = jdbc;
        this.shop = shop;
        this.reads = reads;
    }

    /** An invitation was sent (its sent_at set): one more sent in that month. */
    void sent(Invitation inv) {
        if (inv.getSentAt() == null) {
            return;
        }
        Map<Row, long[]> delta = new TreeMap<>();
        add(delta, month(inv.getSentAt()), inv.getKind(), inv.subject(), 0);
        write(delta);
    }

    /** An answer was recorded and its invitation marked answered: one more answered of the invitation's sent month, one
     * more answer with this score in the answer's month. */
    void answered(Invitation inv, int score, Instant answeredAt) {
        Map<Row, long[]> delta = new TreeMap<>();
        if (inv.getSentAt() != null) {
            add(delta, month(inv.getSentAt()), inv.getKind(), inv.subject(), 1);
        }
        if (score >= 0 && score < SCORES) {
            add(delta, month(answeredAt), inv.getKind(), inv.subject(), 2 + score);
        }
        write(delta);
    }

    private int month(Instant at) {
        return SurveyRollupRows.monthOf(at, shop.zone());
    }

    private static void add(Map<Row, long[]> delta, int month, SurveyKind kind, Subject subject, int column) {
        SurveyRollupRows.add(delta, SurveyRollupRows.groups(subject), kind, month, column, 1);
    }

    private void write(Map<Row, long[]> delta) {
        if (!reads.ready(shop.zone())) {
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
}
