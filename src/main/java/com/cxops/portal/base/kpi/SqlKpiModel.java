package com.cxops.portal.base.kpi;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A read model whose KPIs are each one population query (see {@link KpiSql#groups}): the figure groups it, the
 * drill-down pages the same rows, so the rows always add up to the figure. Subclasses list their KPIs and say how a
 * page of ids becomes rows.
 */
public abstract class SqlKpiModel implements KpiReadModel {

    /** A population query with its parameters. */
    public record Base(String sql, Object... params) {
    }

    /** One KPI: its definition, how its rows make the figure, the split prefix (null: no split), its population. */
    public record Kpi(KpiDefinition definition, KpiSql.Shape shape, String prefix, Function<KpiPeriod, Base> base) {
    }

    protected final JdbcTemplate jdbc;

    protected SqlKpiModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    protected abstract List<Kpi> kpis();

    /** The rows of these ids, in the order of the ids query ({@code idsSql} selects one column {@code id}). */
    protected abstract List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit);

    @Override
    public List<KpiDefinition> definitions() {
        return kpis().stream().map(Kpi::definition).toList();
    }

    @Override
    public Map<String, Map<String, KpiValue>> compute(KpiPeriod period) {
        return computeByPopulation(period);
    }

    /**
     * Every figure of the period from its KPI's population query, one query per KPI: what {@link #compute} gives
     * when a model does not read several KPIs or periods in one pass. Models that do are checked against it.
     */
    public Map<String, Map<String, KpiValue>> computeByPopulation(KpiPeriod period) {
        Map<String, Map<String, KpiValue>> out = new LinkedHashMap<>();
        if (period.isFuture()) {
            return out;
        }
        for (Kpi k : kpis()) {
            out.putAll(computeOne(k, period));
        }
        return out;
    }

    /**
     * Only the wanted KPIs, one after the other (see {@link #computeOne}). Models that read several KPIs in one pass
     * override this as well as {@link #computeAll(List)}.
     */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        for (KpiPeriod p : periods) {
            if (out.containsKey(p)) {
                continue;
            }
            Map<String, Map<String, KpiValue>> f = new LinkedHashMap<>();
            if (!p.isFuture()) {
                for (Kpi k : kpis()) {
                    if (wanted.test(k.definition())) {
                        f.putAll(computeOne(k, p));
                    }
                }
            }
            out.put(p, f);
        }
        return out;
    }

    protected Map<String, Map<String, KpiValue>> computeOne(Kpi k, KpiPeriod period) {
        Base b = k.base().apply(period);
        if (k.shape() == KpiSql.Shape.MEDIAN || k.shape() == KpiSql.Shape.P90) {
            long n = KpiSql.count(jdbc, b.sql(), b.params());
            KpiValue v = KpiSql.percentile(jdbc, "SELECT b.val v FROM (" + b.sql() + ") b", b.params(), n,
                    k.shape() == KpiSql.Shape.MEDIAN ? 50 : 90);
            return Map.of(k.definition().id(), Map.of(OVERALL, v));
        }
        return Map.of(k.definition().id(), KpiSql.figures(KpiSql.groups(jdbc, b.sql(), b.params()), k.shape(), k.prefix()));
    }

    @Override
    public List<DrillRow> drill(String kpiId, String split, KpiPeriod period, int offset, int limit) {
        Kpi k = kpi(kpiId);
        if (k == null || period.isFuture()) {
            return List.of();
        }
        Base b = k.base().apply(period);
        String value = splitValue(k, split);
        Object[] params = value == null ? b.params() : KpiSql.with(b.params(), value);
        return rows(k, KpiSql.drillIds(b.sql(), k.shape(), value), params, offset, limit);
    }

    @Override
    public List<DrillRow> drillPage(String kpiId, String split, KpiPeriod period, DrillCursor after, int limit, boolean details) {
        Kpi k = kpi(kpiId);
        if (k == null || period.isFuture()) {
            return List.of();
        }
        Base b = k.base().apply(period);
        String value = splitValue(k, split);
        Object[] params = value == null ? b.params() : KpiSql.with(b.params(), value);
        return rowsPage(k, period, KpiSql.drillIds(b.sql(), k.shape(), value), params, after, limit, details);
    }

    /**
     * A page of rows from a cursor, knowing the period: a model whose populations all lie within the period on the
     * drill-down's order column can bound its read by it (see ComplaintKpis). By default the period is not used.
     */
    protected List<DrillRow> rowsPage(Kpi kpi, KpiPeriod period, String idsSql, Object[] params, DrillCursor after, int limit,
                                      boolean details) {
        return rowsPage(kpi, idsSql, params, after, limit, details);
    }

    /**
     * A page of rows from a cursor. Models whose rows have a stable order on (moment, key) override this to read a
     * keyed cursor by keyset; this default pages by offset and has no detail columns.
     */
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        return rows(kpi, idsSql, params, after.offset(), limit);
    }

    @Override
    public long drillCount(String kpiId, String split, KpiPeriod period) {
        Kpi k = kpi(kpiId);
        if (k == null || period.isFuture()) {
            return 0;
        }
        Base b = k.base().apply(period);
        String value = splitValue(k, split);
        Object[] params = value == null ? b.params() : KpiSql.with(b.params(), value);
        return KpiSql.count(jdbc, KpiSql.drillIds(b.sql(), k.shape(), value), params);
    }

    protected Kpi kpi(String id) {
        return kpis().stream().filter(k -> k.definition().id().equals(id)).findFirst().orElse(null);
    }

    private static String splitValue(Kpi k, String split) {
        if (split == null || split.isEmpty() || k.prefix() == null) {
            return null;
        }
        return split.startsWith(k.prefix()) ? split.substring(k.prefix().length()) : split;
    }
}
