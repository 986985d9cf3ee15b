package com.cxops.portal.surveys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.cxops.portal.surveys.SurveyRollupRows.SCORES;
import static com.cxops.portal.surveys.SurveyRollupRows.key;

/**
 * Reads the monthly survey rollups ({@link SurveyRollups}): whether they are built for the shop's zone, and the
 * sums of whole months. Readers use the rows only while {@link #ready} and only for whole months ({@link #cover});
 * the edges of a period that is not month-aligned are counted live.
 */
@Component
class SurveyRollupReads {

    private final JdbcTemplate jdbc;

    SurveyRollupReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of one month (or a sum of months) and split value. */
    record Counts(long sent, long answered, long[] scores) {

        long answers() {
            long n = 0;
            for (long s : scores) {
                n += s;
            }
            return n;
        }
    }

    /** The whole months of the shop zone inside [from, to) (none: first is null) and the edges outside them. */
    record Cover(YearMonth first, YearMonth last, List<Instant[]> edges) {

        boolean hasMonths() {
            return first != null;
        }
    }

    static Cover cover(Instant from, Instant to, ZoneId zone) {
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

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The rows are built for this zone (readers count live otherwise). */
    boolean ready(ZoneId zone) {
        List<String> z = jdbc.queryForList("SELECT zone FROM survey_rollup_state WHERE id = 1", String.class);
        return !z.isEmpty() && zone.getId().equals(z.getFirst());
    }

    /**
     * Sums of whole months {@code first..last} per split value of {@code dimension} (ALL: key ""), optionally of one
     * value only. Only values with something sent or answered are returned.
     */
    Map<String, Counts> read(SurveyKind kind, String dimension, String group, YearMonth first, YearMonth last) {
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
    Map<YearMonth, long[]> monthlyScores(SurveyKind kind, String dimension, String group, YearMonth first, YearMonth last) {
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
}
