package com.cxops.portal.base.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Several periods cut into stretches at every period's start and evaluation moment, so that one pass over the rows of
 * all of them can count each row once in its stretch and every period add up the stretches it covers: a yearly pack's
 * year, year before and twelve months become 24 stretches read in one query instead of 14 queries. Stretch i is
 * [bound(i), bound(i + 1)); a stretch no period covers (between last year's month and the trend of a monthly pack) is
 * not read.
 */
public final class Stretches {

    private final List<Instant> bounds;
    private final List<KpiPeriod> periods;

    private Stretches(List<Instant> bounds, List<KpiPeriod> periods) {
        this.bounds = bounds;
        this.periods = periods;
    }

    public static Stretches of(List<KpiPeriod> periods) {
        TreeSet<Instant> b = new TreeSet<>();
        for (KpiPeriod p : periods) {
            b.add(p.start());
            b.add(p.at());
        }
        return new Stretches(List.copyOf(b), List.copyOf(periods));
    }

    /** A SQL expression numbering the stretch of a row by its moment; its parameters come first in {@link #params}. */
    public String bucketSql(String column) {
        if (bounds.size() <= 2) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < bounds.size() - 1; i++) {
            sql.append(" WHEN ").append(column).append(" < ? THEN ").append(i - 1);
        }
        return sql.append(" ELSE ").append(bounds.size() - 2).append(" END").toString();
    }

    /** The condition that a row's moment lies in a stretch some period covers; its parameters follow the bucket's. */
    public String rangeSql(String column) {
        List<String> parts = new ArrayList<>();
        for (int[] run : runs()) {
            parts.add("(" + column + " >= ? AND " + column + " < ?)");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** The parameters of {@link #bucketSql} and then of {@link #rangeSql}, in that order. */
    public Object[] params() {
        List<Object> out = new ArrayList<>(bucketParams());
        out.addAll(rangeParams());
        return out.toArray();
    }

    public List<Object> bucketParams() {
        List<Object> out = new ArrayList<>();
        for (int i = 1; i < bounds.size() - 1; i++) {
            out.add(KpiSql.utc(bounds.get(i)));
        }
        return out;
    }

    public List<Object> rangeParams() {
        List<Object> out = new ArrayList<>();
        for (int[] run : runs()) {
            out.add(KpiSql.utc(bounds.get(run[0])));
            out.add(KpiSql.utc(bounds.get(run[1] + 1)));
        }
        return out;
    }

    /**
     * A SQL expression giving how many bounds lie at or before a moment (a large number for NULL, "never"), so that
     * "moment before the evaluation moment of period p" is "index at most {@link #atIndex}(p)"; its parameters are
     * {@link #indexParams}.
     */
    public String indexSql(String column) {
        StringBuilder sql = new StringBuilder("CASE WHEN ").append(column).append(" IS NULL THEN ").append(NEVER);
        for (int i = 0; i < bounds.size(); i++) {
            sql.append(" WHEN ").append(column).append(" < ? THEN ").append(i);
        }
        return sql.append(" ELSE ").append(bounds.size()).append(" END").toString();
    }

    /** Index of a NULL moment in {@link #indexSql}. */
    public static final int NEVER = 1_000_000;

    public List<Object> indexParams() {
        return bounds.stream().map(b -> (Object) KpiSql.utc(b)).toList();
    }

    /** A moment is before the period's evaluation moment exactly when its {@link #indexSql} is at most this. */
    public int atIndex(KpiPeriod p) {
        return bounds.indexOf(p.at());
    }

    /** The stretches that make up the period. */
    public List<Integer> bucketsOf(KpiPeriod p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < bounds.size() - 1; i++) {
            if (!bounds.get(i).isBefore(p.start()) && !bounds.get(i + 1).isAfter(p.at())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Maximal runs [first, last] of consecutive stretches that some period covers. */
    private List<int[]> runs() {
        List<int[]> runs = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < bounds.size() - 1; i++) {
            if (covered(i)) {
                if (open == null) {
                    open = new int[]{i, i};
                    runs.add(open);
                } else {
                    open[1] = i;
                }
            } else {
                open = null;
            }
        }
        return runs;
    }

    private boolean covered(int stretch) {
        Instant from = bounds.get(stretch);
        Instant to = bounds.get(stretch + 1);
        return periods.stream().anyMatch(p -> !from.isBefore(p.start()) && !to.isAfter(p.at()));
    }
}
