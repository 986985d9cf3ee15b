package com.cxops.portal.base.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A feature's KPIs for the review packs, computed in SQL from its own tables (aggregates, no entities). Split keys
 * read {@code dimension:VALUE} (e.g. {@code tier:MAJOR}, {@code layer:DORMANT}, {@code from>to} for the migration);
 * the overall figure has the key {@link #OVERALL}. Drill-down rows and their count follow the same population as the
 * figure's numerator (or its rows, for counts and percentiles), so the count of rows equals the figure.
 */
public interface KpiReadModel {

    String OVERALL = "";

    List<KpiDefinition> definitions();

    /** Every figure of the period, by KPI id and split key; a future period gives no figures. */
    Map<String, Map<String, KpiValue>> compute(KpiPeriod period);

    /**
     * The figures of several periods at once, each exactly as {@link #compute} gives it. A model may read the data
     * once for all of them (a yearly pack asks for the year, the year before and the twelve months); by default it
     * computes them one after the other.
     */
    default Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new java.util.LinkedHashMap<>();
        for (KpiPeriod p : periods) {
            out.computeIfAbsent(p, this::compute);
        }
        return out;
    }

    /**
     * The figures of only the KPIs {@code wanted} accepts (those a pack shows), for several periods, each as
     * {@link #compute} gives it. By default every figure is computed and the others are left out; a model that
     * computes KPI by KPI skips the others (a quarterly pack does not count tasks done on time).
     */
    default Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        return only(computeAll(periods), definitions(), wanted);
    }

    /**
     * The figures a review pack shows: {@link #computeAll(List, Predicate)}, unless the model keeps the figures of
     * settled periods it has counted (the customers' do; each model says how its stored figures stay equal to the
     * live ones).
     */
    default Map<KpiPeriod, Map<String, Map<String, KpiValue>>> packFigures(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        return computeAll(periods, wanted);
    }

    /** Whether {@link #packFigures} keeps the figures of settled periods (worth counting before anyone asks). */
    default boolean keepsSettledFigures() {
        return false;
    }

    /** The figures of the wanted KPIs among {@code figures}. */
    static Map<KpiPeriod, Map<String, Map<String, KpiValue>>> only(Map<KpiPeriod, Map<String, Map<String, KpiValue>>> figures,
                                                                  List<KpiDefinition> definitions, Predicate<KpiDefinition> wanted) {
        Set<String> ids = definitions.stream().filter(wanted).map(KpiDefinition::id).collect(Collectors.toSet());
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        figures.forEach((p, f) -> {
            Map<String, Map<String, KpiValue>> kept = new LinkedHashMap<>();
            f.forEach((id, v) -> {
                if (ids.contains(id)) {
                    kept.put(id, v);
                }
            });
            out.put(p, kept);
        });
        return out;
    }

    List<DrillRow> drill(String kpiId, String split, KpiPeriod period, int offset, int limit);

    long drillCount(String kpiId, String split, KpiPeriod period);

    /**
     * A page of the rows behind a figure starting at a cursor, in the same order as {@link #drill}. A model that
     * knows its rows' order reads a keyed cursor by keyset (deep pages as fast as the first); this default pages by
     * the cursor's offset. With {@code details}, each row carries the values of {@link #detailColumns} in
     * {@link DrillRow#more()}.
     */
    default List<DrillRow> drillPage(String kpiId, String split, KpiPeriod period, DrillCursor after, int limit, boolean details) {
        return drill(kpiId, split, period, after.offset(), limit);
    }

    /** The columns a figure's detail sheet has beyond the five of every drill row (none by default). */
    default List<DetailColumn> detailColumns(String kpiId) {
        return List.of();
    }

    /**
     * Names in the reader's language of split values that are data rather than message keys (task types are edited
     * by administrators in both languages): split key such as {@code type:WIN_BACK} to its name.
     */
    default Map<String, String> splitNames(Locale locale) {
        return Map.of();
    }
}
