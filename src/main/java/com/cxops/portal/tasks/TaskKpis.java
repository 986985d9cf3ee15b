package com.cxops.portal.tasks;

import com.cxops.portal.base.kpi.Direction;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.kpi.SqlKpiModel;
import com.cxops.portal.customers.CustomerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * Task KPIs of the review packs (docs/kpis.md, following docs/concierge.md "What a report counts"): tasks done on time
 * (by task type), and the reach conversion of win-back contacts (a WIN_BACK task done with the customer in the period,
 * followed by a paid order within 30 days).
 */
@Component
@Transactional(readOnly = true)
public class TaskKpis extends SqlKpiModel implements com.cxops.portal.base.kpi.KeptFigureRows {

    public static final String SECTION = "tasks";

    /** The reach conversion counts paid orders up to 30 days after a contact: a period is kept 31 days after its end. */
    static final java.time.Duration SETTLED_AFTER = java.time.Duration.ofDays(TaskKpis.REACH_DAYS + 1);
    /** A win-back contact converts with a paid order within this many days after it (docs/kpis.md). */
    static final int REACH_DAYS = 30;

    private final List<Kpi> kpis;
    private final com.cxops.portal.customers.CustomerKpiStore store;
    private final java.time.Clock clock;

    TaskKpis(JdbcTemplate jdbc, com.cxops.portal.customers.CustomerKpiStore store, java.time.Clock clock) {
        super(jdbc);
        this.store = store;
        this.clock = clock;
        this.kpis = List.of(
                new Kpi(new KpiDefinition("tasks.on-time", SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, Set.of(PackKind.MONTHLY), "type", DrillKind.TASK),
                        KpiSql.Shape.RATE, "type:", p -> new Base("SELECT t.id, tt.code g, CASE WHEN t.closed_at <= t.due_at THEN 1 ELSE 0 END num, 0 val "
                        + "FROM task t JOIN task_type tt ON tt.id = t.task_type_id WHERE t.status = 'DONE' AND t.closed_at >= ? AND t.closed_at < ?",
                        utc(p.start()), utc(p.at()))),
                new Kpi(new KpiDefinition("tasks.reach-conversion", SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, Set.of(PackKind.QUARTERLY), null, DrillKind.CUSTOMER),
                        KpiSql.Shape.RATE, null, TaskKpis::reach));
    }

    /**
     * The figures of periods that ended at least {@link #SETTLED_AFTER} ago are kept with the customers' (the reach
     * conversion counts their paid orders; every task write tells the store by its closing moment, Task).
     */
    @Override
    public java.util.Map<KpiPeriod, java.util.Map<String, java.util.Map<String, com.cxops.portal.base.kpi.KpiValue>>> packFigures(
            List<KpiPeriod> periods, java.util.function.Predicate<KpiDefinition> wanted) {
        return store.kept().packFigures(SECTION, periods, wanted, definitions(), "-", clock.instant(), SETTLED_AFTER, this::computeAll);
    }

    @Override
    public boolean keepsSettledFigures() {
        return true;
    }

    /** A task is counted by when it was done (before and after a write; an open task counts nowhere). */
    @Override
    public List<Row> keptRows() {
        return List.of(new Row(Task.class, com.cxops.portal.customers.CustomerKpiStore.SOURCE, List.of("closedAt"), null));
    }

    /** Customers whose first win-back contact in the period is at f.t; numerator: a paid order in (t, t + 30 days]. */
    private static Base reach(KpiPeriod p) {
        return new Base("SELECT f.customer_id id, '' g, CASE WHEN " + CustomerSql.paidOrderWithin("f.customer_id", "f.t", REACH_DAYS)
                + " THEN 1 ELSE 0 END num, 0 val "
                + "FROM (SELECT t.customer_id, MIN(t.closed_at) t FROM task t JOIN task_type tt ON tt.id = t.task_type_id "
                + "WHERE tt.code = 'WIN_BACK' AND t.status = 'DONE' AND t.customer_id IS NOT NULL AND t.closed_at >= ? AND t.closed_at < ? "
                + "GROUP BY t.customer_id) f", utc(p.start()), utc(p.at()));
    }

    /** "type:CODE" to the task type's name in the reader's language (types are data, docs/concierge.md). */
    @Override
    public Map<String, String> splitNames(Locale locale) {
        boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT code, name_en, name_zh FROM task_type", rs -> {
            names.put("type:" + rs.getString(1), zh ? rs.getString(3) : rs.getString(2));
        });
        return names;
    }

    @Override
    protected List<Kpi> kpis() {
        return kpis;
    }

    @Override
    protected List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit) {
        return rowsPage(kpi, idsSql, params, DrillCursor.atOffset(offset), limit, false);
    }

    /** Customers in id order, tasks in (closed_at, id) order, a page after a cursor (keyset on those columns). */
    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        if (kpi.definition().drillKind() == DrillKind.CUSTOMER) {
            return jdbc.query("SELECT c.id, c.external_id, c.name, c.last_order_at, c.layer FROM (" + idsSql + ") d "
                            + CustomerSql.join("c", "d.id") + " WHERE " + KpiSql.after(after, null, "c.id") + " ORDER BY c.id LIMIT ? OFFSET ?",
                    (rs, i) -> new DrillRow(DrillKind.CUSTOMER, rs.getLong(1), rs.getString(2), rs.getString(3),
                            KpiSql.instant(rs, 4), "layer." + rs.getString(5), null),
                    KpiSql.pagedAfter(params, after, null, limit));
        }
        return jdbc.query("SELECT t.id, t.title, t.closed_at, t.due_at, t.status FROM task t JOIN (" + idsSql
                        + ") d ON d.id = t.id WHERE " + KpiSql.after(after, "t.closed_at", "t.id") + " ORDER BY t.closed_at, t.id LIMIT ? OFFSET ?",
                (rs, i) -> new DrillRow(DrillKind.TASK, rs.getLong(1), "T-" + rs.getLong(1), rs.getString(2), KpiSql.instant(rs, 3),
                        null, null),
                KpiSql.pagedAfter(params, after, "t.closed_at", limit));
    }
}
