package com.cxops.portal.customers;

import com.cxops.portal.base.kpi.Direction;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.kpi.SqlKpiModel;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * Customer behaviour KPIs of the review packs (docs/kpis.md "Customers"): layers and their migration, repurchase,
 * 30-day repurchase, LTV, dormant reactivation and at-risk saves. Only paid orders count; the layer at a moment is the
 * latest layer change before it. Each KPI is defined by one population query over the order and layer-history
 * indexes, which its drill-down pages; the figures of a pack's periods are counted in one pass ({@link CustomerKpiPass}).
 */
@Component
@Transactional(readOnly = true)
public class CustomerKpis extends SqlKpiModel {

    public static final String SECTION = "customers";
    /** The split value of customers without a layer at the moment in question. */
    public static final String NO_LAYER = "NONE";

    private static final Set<PackKind> QUARTERLY = Set.of(PackKind.QUARTERLY);

    /**
     * Layer of every classified customer at a moment: its latest layer change strictly before it, ties broken by the
     * higher id (two parameters: the moment, twice). Written with NOT EXISTS rather than a window function: joined
     * to another set, H2 re-ran a window subquery for every outer row (minutes on the demo's 16 months of history),
     * while this form looks each customer up through ix_layer_change_customer on H2 and MySQL/MariaDB alike.
     */
    static final String LAYER_AT = "SELECT c.customer_id, c.to_layer FROM customer_layer_change c WHERE c.changed_at < ? "
            + "AND NOT EXISTS (SELECT 1 FROM customer_layer_change n WHERE n.customer_id = c.customer_id AND n.changed_at < ? "
            + "AND (n.changed_at > c.changed_at OR (n.changed_at = c.changed_at AND n.id > c.id)))";

    private final SettingsService settings;
    private final CustomerKpiStore store;
    private final Clock clock;
    private final List<Kpi> kpis;

    CustomerKpis(JdbcTemplate jdbc, SettingsService settings, CustomerKpiStore store, Clock clock) {
        super(jdbc);
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.kpis = List.of(
                new Kpi(def("customers.layer-count", KpiUnit.COUNT, Direction.NONE, "layer"), KpiSql.Shape.COUNT, "layer:",
                        p -> new Base("SELECT e.customer_id id, e.to_layer g, 1 num, 0 val FROM (" + LAYER_AT + ") e", utc(p.at()), utc(p.at()))),
                new Kpi(def("customers.migration", KpiUnit.COUNT, Direction.NONE, "migration"), KpiSql.Shape.COUNT, "migration:",
                        p -> new Base("SELECT e.customer_id id, CONCAT(COALESCE(s.to_layer, '" + NO_LAYER + "'), '>', e.to_layer) g, 1 num, 0 val "
                                + "FROM (" + LAYER_AT + ") e LEFT JOIN (" + LAYER_AT + ") s ON s.customer_id = e.customer_id",
                                utc(p.at()), utc(p.at()), utc(p.start()), utc(p.start()))),
                new Kpi(def("customers.repurchase-rate", KpiUnit.PERCENT, Direction.HIGHER_BETTER, "layer"), KpiSql.Shape.RATE, "layer:",
                        p -> new Base("SELECT o.customer_id id, COALESCE(s.to_layer, '" + NO_LAYER + "') g, "
                                + "CASE WHEN o.n >= 2 THEN 1 ELSE 0 END num, 0 val FROM (SELECT customer_id, COUNT(*) n FROM customer_order "
                                + "WHERE status = 'PAID' AND placed_at >= ? AND placed_at < ? GROUP BY customer_id) o "
                                + "LEFT JOIN (" + LAYER_AT + ") s ON s.customer_id = o.customer_id",
                                utc(p.start()), utc(p.at()), utc(p.start()), utc(p.start()))),
                new Kpi(def("customers.repurchase-30d", KpiUnit.PERCENT, Direction.HIGHER_BETTER, null), KpiSql.Shape.RATE, null,
                        p -> new Base("SELECT f.customer_id id, '' g, CASE WHEN EXISTS (SELECT 1 FROM customer_order o2 "
                                + "WHERE o2.customer_id = f.customer_id AND o2.status = 'PAID' AND o2.placed_at > f.t1 "
                                + "AND o2.placed_at <= TIMESTAMPADD(DAY, 30, f.t1)) THEN 1 ELSE 0 END num, 0 val "
                                + "FROM (SELECT customer_id, MIN(placed_at) t1 FROM customer_order WHERE status = 'PAID' "
                                + "AND placed_at >= ? AND placed_at < ? GROUP BY customer_id) f WHERE TIMESTAMPADD(DAY, 30, f.t1) <= ?",
                                utc(p.start()), utc(p.at()), utc(p.at()))),
                new Kpi(def("customers.ltv", KpiUnit.MONEY, Direction.HIGHER_BETTER, "layer"), KpiSql.Shape.AVERAGE, "layer:",
                        p -> new Base("SELECT sp.customer_id id, COALESCE(l.to_layer, '" + NO_LAYER + "') g, 1 num, sp.spend val "
                                + "FROM (SELECT customer_id, SUM(amount) spend FROM customer_order WHERE status = 'PAID' AND currency = ? "
                                + "AND placed_at < ? GROUP BY customer_id) sp LEFT JOIN (" + LAYER_AT + ") l ON l.customer_id = sp.customer_id",
                                shopCurrency(), utc(p.at()), utc(p.at()), utc(p.at()))),
                new Kpi(def("customers.dormant-reactivation", KpiUnit.PERCENT, Direction.HIGHER_BETTER, null), KpiSql.Shape.RATE, null,
                        p -> returned(p, CustomerLayer.DORMANT)),
                new Kpi(def("customers.at-risk-save", KpiUnit.PERCENT, Direction.HIGHER_BETTER, null), KpiSql.Shape.RATE, null,
                        p -> returned(p, CustomerLayer.AT_RISK)));
    }

    private static KpiDefinition def(String id, KpiUnit unit, Direction direction, String splitBy) {
        return new KpiDefinition(id, SECTION, unit, direction, QUARTERLY, splitBy, DrillKind.CUSTOMER);
    }

    /** Customers in the layer at the period's start; numerator: those with a paid order in the period. */
    private static Base returned(KpiPeriod p, CustomerLayer layer) {
        return new Base("SELECT s.customer_id id, '' g, CASE WHEN EXISTS (SELECT 1 FROM customer_order o WHERE o.customer_id = s.customer_id "
                + "AND o.status = 'PAID' AND o.placed_at >= ? AND o.placed_at < ?) THEN 1 ELSE 0 END num, 0 val "
                + "FROM (" + LAYER_AT + ") s WHERE s.to_layer = '" + layer.name() + "'",
                utc(p.start()), utc(p.at()), utc(p.start()), utc(p.start()));
    }

    /** The population queries' figures, all periods in one pass ({@link CustomerKpiPass}). */
    @Override
    public Map<String, Map<String, KpiValue>> compute(KpiPeriod period) {
        return computeAll(List.of(period)).get(period);
    }

    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        periods.forEach(p -> out.put(p, new LinkedHashMap<>()));
        List<KpiPeriod> past = periods.stream().filter(p -> !p.isFuture()).distinct().toList();
        if (!past.isEmpty()) {
            CustomerKpiPass.compute(jdbc, past, shopCurrency()).forEach((p, f) -> out.get(p).putAll(f));
        }
        return out;
    }

    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        return KpiReadModel.only(computeAll(periods), definitions(), wanted);
    }

    /**
     * A pack's figures: those of settled periods from the store when stored there, the others counted in one pass;
     * the settled ones counted are stored for the next pack ({@link CustomerKpiStore} says how they stay equal to the
     * live figures).
     */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> packFigures(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        return store.kept().packFigures(CustomerKpiStore.MODEL, periods, wanted, definitions(), shopCurrency(), clock.instant(),
                this::computeAll);
    }

    @Override
    public boolean keepsSettledFigures() {
        return true;
    }

    /** The shop currency money figures are counted in (setting customers.layers.currency). */
    public String shopCurrency() {
        return CustomerSettings.currency(settings);
    }

    @Override
    protected List<Kpi> kpis() {
        return kpis;
    }

    @Override
    protected List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit) {
        return rowsPage(kpi, idsSql, params, DrillCursor.atOffset(offset), limit, false);
    }

    /** A page in customer id order after a cursor (keyset on the primary key). */
    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        return jdbc.query("SELECT c.id, c.external_id, c.name, c.last_order_at, c.layer FROM customer c JOIN (" + idsSql
                        + ") d ON d.id = c.id WHERE " + KpiSql.after(after, null, "c.id") + " ORDER BY c.id LIMIT ? OFFSET ?",
                (rs, i) -> new DrillRow(DrillKind.CUSTOMER, rs.getLong(1), rs.getString(2), rs.getString(3),
                        KpiSql.instant(rs, 4), "layer." + rs.getString(5), null),
                KpiSql.pagedAfter(params, after, null, limit));
    }
}
