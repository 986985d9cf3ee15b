package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a live pack: the figures of the period, the period before, the same period a year earlier and the trend,
 * with targets and RAG. Every distinct period is asked of each read model once, all periods in one call
 * ({@link KpiReadModel#computeAll}), so a model can read its data once for a yearly pack's year, year before and
 * twelve months. No access check: callers ({@link ReportService}, {@link ReportMailing}) check theirs.
 */
@Component
class PackCalculator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PackCalculator.class);

    private final KpiCatalogue catalogue;
    private final ReportStore store;
    private final SettingsService settings;

    PackCalculator(KpiCatalogue catalogue, ReportStore store, SettingsService settings) {
        this.catalogue = catalogue;
        this.store = store;
        this.settings = settings;
    }

    ReviewPack compute(ReviewPeriod period, ZoneId zone, Instant now) {
        KpiPeriod current = period.toKpiPeriod(zone, now);
        KpiPeriod previous = period.previous().toKpiPeriod(zone, now);
        KpiPeriod lastYear = period.lastYear().toKpiPeriod(zone, now);
        List<ReviewPeriod> trendPeriods = period.trend();
        List<KpiPeriod> trendKpi = trendPeriods.stream().map(t -> t.toKpiPeriod(zone, now)).toList();
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> figures = figures(periods(period, zone, now), period.kind());
        Map<String, Map<String, KpiValue>> cur = figures.get(current);
        Map<String, Map<String, KpiValue>> prev = figures.get(previous);
        Map<String, Map<String, KpiValue>> ly = figures.get(lastYear);
        List<Map<String, Map<String, KpiValue>>> trend = trendKpi.stream().map(figures::get).toList();
        Map<String, BigDecimal> targets = store.targets(period.firstDay().getYear());
        BigDecimal tolerance = settings.getDecimal(ReportSettings.RAG_TOLERANCE);
        List<PackRow> rows = new ArrayList<>();
        for (KpiDefinition d : catalogue.of(period.kind())) {
            Set<String> splits = new LinkedHashSet<>();
            splits.add(KpiReadModel.OVERALL);
            splits.addAll(cur.getOrDefault(d.id(), Map.of()).keySet());
            for (String split : splits) {
                KpiValue v = cur.getOrDefault(d.id(), Map.of()).getOrDefault(split, KpiValue.NO_DATA);
                BigDecimal target = targets.get(d.id() + "|" + split);
                List<BigDecimal> line = trend.stream().map(m -> valueOf(m, d.id(), split)).toList();
                rows.add(new PackRow(d, split, v, target, Rag.of(v.value(), target, d.direction(), tolerance),
                        valueOf(prev, d.id(), split), valueOf(ly, d.id(), split), line));
            }
        }
        return new ReviewPack(period, current.inProgress(), current.isFuture(), trendPeriods.stream().map(ReviewPeriod::label).toList(),
                rows, null, null, null, null);
    }

    /** Every distinct period a pack shows: the period, the one before, the same one a year earlier, the trend. */
    private static List<KpiPeriod> periods(ReviewPeriod period, ZoneId zone, Instant now) {
        Set<KpiPeriod> all = new LinkedHashSet<>(List.of(period.toKpiPeriod(zone, now), period.previous().toKpiPeriod(zone, now),
                period.lastYear().toKpiPeriod(zone, now)));
        period.trend().forEach(t -> all.add(t.toKpiPeriod(zone, now)));
        return List.copyOf(all);
    }

    /**
     * Has the read models that keep the figures of settled periods count and keep those of this pack (the others
     * are not asked): what a manager opening the pack would otherwise wait for.
     */
    void keepFigures(ReviewPeriod period, ZoneId zone, Instant now) {
        List<KpiPeriod> past = periods(period, zone, now).stream().filter(p -> !p.isFuture()).toList();
        for (KpiReadModel m : catalogue.models()) {
            if (!past.isEmpty() && m.keepsSettledFigures() && m.definitions().stream().anyMatch(d -> d.inPack(period.kind()))) {
                m.packFigures(past, d -> d.inPack(period.kind()));
            }
        }
    }

    private static BigDecimal valueOf(Map<String, Map<String, KpiValue>> m, String kpi, String split) {
        KpiValue v = m.getOrDefault(kpi, Map.of()).get(split);
        return v == null ? null : v.value();
    }

    /**
     * The figures of the pack's KPIs for each period, from the read models that have one; a model without one (the
     * customers' for a monthly pack) is not asked, and the others compute only the pack's KPIs (a quarterly pack
     * counts no tasks done on time), as other figures would not be shown. A future period has none.
     */
    private Map<KpiPeriod, Map<String, Map<String, KpiValue>>> figures(List<KpiPeriod> periods, PackKind kind) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new HashMap<>();
        periods.forEach(p -> out.put(p, new HashMap<>()));
        List<KpiPeriod> past = periods.stream().filter(p -> !p.isFuture()).toList();
        if (past.isEmpty()) {
            return out;
        }
        for (KpiReadModel m : catalogue.models()) {
            if (m.definitions().stream().anyMatch(d -> d.inPack(kind))) {
                long started = System.nanoTime();
                m.packFigures(past, d -> d.inPack(kind)).forEach((p, f) -> out.get(p).putAll(f));
                log.debug("{} pack: {} figures of {} periods in {} ms", kind, m.getClass().getSimpleName(), past.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return out;
    }
}
