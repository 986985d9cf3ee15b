package com.cxops.portal.surveys;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a row of the monthly survey rollups (table {@code survey_rollup}) is: its key (month, kind, dimension, split
 * value) and its counts (sent, answered, then one column per score), shared by the writes, the rebuild and the reads.
 */
final class SurveyRollupRows {

    /** Scores 0..10 have a column each (NPS uses all, CSAT 1..5). */
    static final int SCORES = 11;
    static final String ALL = "ALL";

    private SurveyRollupRows() {
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

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static int monthOf(Instant at, ZoneId zone) {
        return key(YearMonth.from(at.atZone(zone)));
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

    /** Adds {@code n} to column {@code column} (0 sent, 1 answered, 2+score) of every split value in {@code groups}. */
    static void add(Map<Row, long[]> rows, Map<String, String> groups, SurveyKind kind, int month, int column, long n) {
        groups.forEach((dimension, grp) ->
                rows.computeIfAbsent(new Row(kind.name(), dimension, month, grp), r -> new long[2 + SCORES])[column] += n);
    }
}
