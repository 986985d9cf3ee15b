package com.cxops.portal.base.kpi;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small helpers the KPI read models share: UTC parameters, nearest-rank percentiles, paging a population. */
public final class KpiSql {

    private KpiSql() {
    }

    public static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return com.cxops.portal.base.SqlColumns.instant(rs, column);
    }

    /** 1-based rank of the p-th percentile among n sorted values (nearest rank: ceil(p/100 × n)). */
    public static long nearestRank(int percent, long n) {
        return Math.max(1, (percent * n + 99) / 100);
    }

    /**
     * The p-th percentile (nearest rank) of a numeric expression over a population: {@code valueSql} selects one
     * numeric column from the population, {@code n} is its size. One sorted read with an offset, no interpolation.
     */
    public static KpiValue percentile(JdbcTemplate jdbc, String valueSql, Object[] params, long n, int percent) {
        if (n == 0) {
            return KpiValue.of(null, 0);
        }
        long rank = nearestRank(percent, n);
        Object[] all = Arrays.copyOf(params, params.length + 1);
        all[params.length] = rank - 1;
        List<Long> v = jdbc.query("SELECT v FROM (" + valueSql + ") pv ORDER BY v LIMIT 1 OFFSET ?",
                (rs, i) -> rs.getLong(1), all);
        return v.isEmpty() ? KpiValue.of(null, 0) : KpiValue.of(BigDecimal.valueOf(v.getFirst()), n);
    }

    public static long count(JdbcTemplate jdbc, String populationSql, Object... params) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (" + populationSql + ") pc", Long.class, params);
        return n == null ? 0 : n;
    }

    /** One group of a population: its split value, rows, rows that count in the numerator, and the sum of values. */
    public record Group(String split, long rows, long numerator, BigDecimal sum) {
    }

    /**
     * Groups a population. {@code baseSql} selects the columns {@code id} (the record), {@code g} (the split value,
     * never null), {@code num} (1 when the row counts in the numerator, else 0) and {@code val} (a number, or 0).
     */
    public static List<Group> groups(JdbcTemplate jdbc, String baseSql, Object... params) {
        return jdbc.query("SELECT b.g, COUNT(*), SUM(b.num), SUM(b.val) FROM (" + baseSql + ") b GROUP BY b.g",
                (rs, i) -> new Group(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4) == null ? BigDecimal.ZERO : rs.getBigDecimal(4)), params);
    }

    /** What a figure is made of. */
    public enum Shape {
        /** rows counted */
        COUNT,
        /** numerator rows of all rows, in percent */
        RATE,
        /** sum of values over rows */
        AVERAGE,
        /** sum of values */
        SUM,
        /** median of the values (nearest rank), overall only */
        MEDIAN,
        /** 90th percentile of the values (nearest rank), overall only */
        P90
    }

    /** The figures of grouped rows: one per split value with the prefix (e.g. "tier:"), plus the overall figure. */
    public static java.util.Map<String, KpiValue> figures(List<Group> groups, Shape shape, String prefix) {
        java.util.Map<String, KpiValue> out = new java.util.LinkedHashMap<>();
        long rows = 0;
        long num = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Group g : groups) {
            rows += g.rows();
            num += g.numerator();
            sum = sum.add(g.sum());
            if (prefix != null) {
                out.put(prefix + g.split(), figure(shape, g.rows(), g.numerator(), g.sum()));
            }
        }
        out.put(KpiReadModel.OVERALL, figure(shape, rows, num, sum));
        return out;
    }

    public static KpiValue figure(Shape shape, long rows, long num, BigDecimal sum) {
        return switch (shape) {
            case COUNT -> KpiValue.count(rows);
            case RATE -> KpiValue.rate(num, rows);
            case AVERAGE -> KpiValue.average(sum, rows);
            case SUM -> KpiValue.of(sum.setScale(2, java.math.RoundingMode.HALF_UP), rows);
            case MEDIAN, P90 -> throw new IllegalArgumentException("percentiles are not grouped");
        };
    }

    /**
     * The ids behind a figure: rows of the population that count in its numerator (every row for counts, sums and
     * averages), of one split value or of all ({@code split} without its prefix, or null).
     */
    public static String drillIds(String baseSql, Shape shape, String splitValue) {
        return "SELECT b.id FROM (" + baseSql + ") b WHERE " + (shape == Shape.RATE ? "b.num = 1" : "1 = 1")
                + (splitValue == null ? "" : " AND b.g = ?");
    }

    public static Object[] with(Object[] params, Object... more) {
        Object[] all = Arrays.copyOf(params, params.length + more.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }

    /** Appends limit and offset to the parameters of a paged query. */
    public static Object[] paged(Object[] params, int offset, int limit) {
        List<Object> all = new ArrayList<>(Arrays.asList(params));
        all.add(limit);
        all.add(offset);
        return all.toArray();
    }

    /**
     * The condition of a page that starts at a cursor, on the drill-down's order ({@code atColumn}, {@code keyColumn})
     * ({@code atColumn} null: the order is the key alone): rows after the cursor's row, or every row for a cursor by
     * offset. Pair with {@link #pagedAfter}.
     */
    public static String after(DrillCursor c, String atColumn, String keyColumn) {
        if (!c.keyed()) {
            return "1 = 1";
        }
        if (atColumn == null || c.at() == null) {
            return keyColumn + " > ?";
        }
        return "(" + atColumn + " > ? OR (" + atColumn + " = ? AND " + keyColumn + " > ?))";
    }

    /** The parameters of {@link #after}'s condition, then limit and offset (0 after a keyed cursor). */
    public static Object[] pagedAfter(Object[] params, DrillCursor c, String atColumn, int limit) {
        List<Object> all = new ArrayList<>(Arrays.asList(params));
        if (c.keyed()) {
            if (atColumn != null && c.at() != null) {
                all.add(utc(c.at()));
                all.add(utc(c.at()));
            }
            all.add(c.key());
        }
        all.add(limit);
        all.add(c.keyed() ? 0 : c.offset());
        return all.toArray();
    }
}
