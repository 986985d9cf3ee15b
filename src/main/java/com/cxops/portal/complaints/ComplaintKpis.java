package com.cxops.portal.complaints;

import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.kpi.DetailColumn;
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
import com.cxops.portal.customers.CustomerKpis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * Complaint KPIs of the review packs (docs/kpis.md "Complaints"): volumes by tier, category and channel, resolution
 * and reopen rates, major complaints and the executive's acknowledgement time, root-cause analyses complete,
 * corrective actions on time, compensation. Populations are read on the complaint table's created_at indexes.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintKpis extends SqlKpiModel {

    public static final String SECTION = "complaints";
    static final String ACTIONS_ON_TIME = "complaints.actions-on-time";

    private static final Set<PackKind> MONTHLY = Set.of(PackKind.MONTHLY);
    private static final Set<PackKind> YEARLY = Set.of(PackKind.YEARLY);
    private static final String CREATED_IN = " created_at >= ? AND created_at < ?";

    private final CustomerKpis customerKpis;
    private final StaffDirectory staff;
    private final ComplaintKpiStore store;
    private final java.time.Clock clock;
    private final List<Kpi> kpis;

    ComplaintKpis(JdbcTemplate jdbc, CustomerKpis customerKpis, StaffDirectory staff, ComplaintKpiStore store, java.time.Clock clock) {
        super(jdbc);
        this.customerKpis = customerKpis;
        this.staff = staff;
        this.store = store;
        this.clock = clock;
        this.kpis = List.of(
                new Kpi(def("complaints.received", KpiUnit.COUNT, Direction.LOWER_BETTER, MONTHLY, "tier", DrillKind.COMPLAINT),
                        KpiSql.Shape.COUNT, "tier:", p -> received("tier", p)),
                new Kpi(def("complaints.received-by-category", KpiUnit.COUNT, Direction.LOWER_BETTER, MONTHLY, "category", DrillKind.COMPLAINT),
                        KpiSql.Shape.COUNT, "category:", p -> received("category", p)),
                new Kpi(def("complaints.received-by-channel", KpiUnit.COUNT, Direction.LOWER_BETTER, MONTHLY, "channel", DrillKind.COMPLAINT),
                        KpiSql.Shape.COUNT, "channel:", p -> received("channel", p)),
                new Kpi(def("complaints.resolution-rate", KpiUnit.PERCENT, Direction.HIGHER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.RATE, null, p -> new Base("SELECT id, '' g, CASE WHEN resolved_at < ? OR closed_at < ? THEN 1 ELSE 0 END num, "
                        + "0 val FROM complaint WHERE" + CREATED_IN, utc(p.at()), utc(p.at()), utc(p.start()), utc(p.at()))),
                new Kpi(def("complaints.reopen-rate", KpiUnit.PERCENT, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.RATE, null, p -> new Base("SELECT id, '' g, CASE WHEN reopened_at < ? THEN 1 ELSE 0 END num, 0 val "
                        + "FROM complaint WHERE" + CREATED_IN + " AND (resolved_at < ? OR closed_at < ? OR reopened_at < ?)",
                        utc(p.at()), utc(p.start()), utc(p.at()), utc(p.at()), utc(p.at()), utc(p.at()))),
                new Kpi(def("complaints.major", KpiUnit.COUNT, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.COUNT, null, p -> new Base("SELECT id, '' g, 1 num, 0 val FROM complaint WHERE tier = 'MAJOR' AND"
                        + CREATED_IN, utc(p.start()), utc(p.at()))),
                new Kpi(def("complaints.exec-ack-median", KpiUnit.MINUTES, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.MEDIAN, null, this::execAck),
                new Kpi(def("complaints.exec-ack-p90", KpiUnit.MINUTES, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.P90, null, this::execAck),
                new Kpi(def("complaints.rca-complete", KpiUnit.PERCENT, Direction.HIGHER_BETTER, YEARLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.RATE, null, p -> new Base("SELECT c.id, '' g, CASE WHEN (SELECT COUNT(DISTINCT f.dimension) FROM rca_finding f "
                        + "WHERE f.complaint_id = c.id) = " + RcaDimension.values().length + " AND NOT EXISTS (SELECT 1 FROM rca_finding f "
                        + "WHERE f.complaint_id = c.id AND NOT EXISTS (SELECT 1 FROM corrective_action a WHERE a.finding_id = f.id)) "
                        + "THEN 1 ELSE 0 END num, 0 val FROM complaint c WHERE c.tier = 'MAJOR' AND c.created_at >= ? AND c.created_at < ?",
                        utc(p.start()), utc(p.at()))),
                new Kpi(def(ACTIONS_ON_TIME, KpiUnit.PERCENT, Direction.HIGHER_BETTER, YEARLY, null, DrillKind.ACTION),
                        KpiSql.Shape.RATE, null, p -> null),
                new Kpi(def("complaints.compensation-count", KpiUnit.COUNT, Direction.LOWER_BETTER, MONTHLY, "kind", DrillKind.COMPENSATION),
                        KpiSql.Shape.COUNT, "kind:", p -> new Base("SELECT id, kind g, 1 num, 0 val FROM complaint_compensation WHERE"
                        + CREATED_IN, utc(p.start()), utc(p.at()))),
                new Kpi(def("complaints.compensation-amount", KpiUnit.MONEY, Direction.LOWER_BETTER, MONTHLY, "kind", DrillKind.COMPENSATION),
                        KpiSql.Shape.SUM, "kind:", p -> new Base("SELECT id, kind g, 1 num, amount val FROM complaint_compensation WHERE"
                        + CREATED_IN + " AND amount IS NOT NULL AND currency = ?", utc(p.start()), utc(p.at()), customerKpis.shopCurrency())));
    }

    private static KpiDefinition def(String id, KpiUnit unit, Direction direction, Set<PackKind> packs, String splitBy, DrillKind drill) {
        return new KpiDefinition(id, SECTION, unit, direction, packs, splitBy, drill);
    }

    private static Base received(String column, KpiPeriod p) {
        return new Base("SELECT id, " + column + " g, 1 num, 0 val FROM complaint WHERE" + CREATED_IN, utc(p.start()), utc(p.at()));
    }

    private Base execAck(KpiPeriod p) {
        return new Base("SELECT id, '' g, 1 num, TIMESTAMPDIFF(MINUTE, created_at, exec_ack_at) val FROM complaint "
                + "WHERE tier = 'MAJOR' AND" + CREATED_IN + " AND exec_ack_at < ?", utc(p.start()), utc(p.at()), utc(p.at()));
    }

    @Override
    protected List<Kpi> kpis() {
        return kpis;
    }

    @Override
    public Map<String, Map<String, KpiValue>> compute(KpiPeriod period) {
        return period.isFuture() ? new LinkedHashMap<>() : computeAll(List.of(period)).get(period);
    }

    /**
     * The counts of complaints and compensations created in the periods in one pass per table
     * ({@link ComplaintKpiPass}); the major-complaint figures (few rows) period by period.
     */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods) {
        return computeAll(periods, d -> true);
    }

    /** As {@link #computeAll(List)}; the major-complaint figures only when wanted (a monthly pack has no RCA figure). */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        Map<KpiPeriod, Map<String, Map<String, KpiValue>>> out = new LinkedHashMap<>();
        periods.forEach(p -> out.put(p, new LinkedHashMap<>()));
        List<KpiPeriod> past = periods.stream().filter(p -> !p.isFuture()).distinct().toList();
        if (past.isEmpty()) {
            return out;
        }
        KpiReadModel.only(ComplaintKpiPass.compute(jdbc, past, customerKpis.shopCurrency()), definitions(), wanted)
                .forEach((p, f) -> out.get(p).putAll(f));
        for (KpiPeriod p : past) {
            for (Kpi k : kpis) {
                if (!ComplaintKpiPass.KPIS.contains(k.definition().id()) && wanted.test(k.definition())) {
                    out.get(p).putAll(computeOne(k, p));
                }
            }
        }
        return out;
    }

    /** The figures of settled periods are kept (ComplaintKpiStore): a yearly pack reads two years of complaints. */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> packFigures(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        return store.kept().packFigures(SECTION, periods, wanted, definitions(), customerKpis.shopCurrency(), clock.instant(),
                this::computeAll);
    }

    @Override
    public boolean keepsSettledFigures() {
        return true;
    }

    @Override
    protected Map<String, Map<String, KpiValue>> computeOne(Kpi k, KpiPeriod period) {
        if (!k.definition().id().equals(ACTIONS_ON_TIME)) {
            return super.computeOne(k, period);
        }
        List<ActionFact> actions = actionsDue(period, DrillCursor.START);
        long decided = actions.stream().filter(ActionFact::decided).count();
        long onTime = actions.stream().filter(ActionFact::onTime).count();
        return Map.of(ACTIONS_ON_TIME, Map.of(OVERALL, KpiValue.rate(onTime, decided)));
    }

    @Override
    public List<DrillRow> drill(String kpiId, String split, KpiPeriod period, int offset, int limit) {
        if (!ACTIONS_ON_TIME.equals(kpiId)) {
            // the same rows as the superclass's drill, read within the period's bounds (see rowsPage)
            return super.drillPage(kpiId, split, period, DrillCursor.atOffset(offset), limit, false);
        }
        if (period.isFuture()) {
            return List.of();
        }
        return actionsDue(period, DrillCursor.START).stream().filter(ActionFact::onTime).skip(offset).limit(limit).map(ActionFact::row).toList();
    }

    @Override
    public List<DrillRow> drillPage(String kpiId, String split, KpiPeriod period, DrillCursor after, int limit, boolean details) {
        if (!ACTIONS_ON_TIME.equals(kpiId)) {
            return super.drillPage(kpiId, split, period, after, limit, details);
        }
        if (!after.keyed() || period.isFuture()) {
            return drill(kpiId, split, period, after.offset(), limit);
        }
        // keyset: only the actions after the cursor's (due day, action) are read, then classified here
        return actionsDue(period, after).stream().filter(ActionFact::onTime).limit(limit).map(ActionFact::row).toList();
    }

    @Override
    public long drillCount(String kpiId, String split, KpiPeriod period) {
        if (!ACTIONS_ON_TIME.equals(kpiId)) {
            return super.drillCount(kpiId, split, period);
        }
        return period.isFuture() ? 0 : actionsDue(period, DrillCursor.START).stream().filter(ActionFact::onTime).count();
    }

    /** A corrective action due in the period, classified in the shop zone (its due day ends at 00:00 of the next day). */
    private record ActionFact(long id, long complaintId, String number, String what, LocalDate due, String status,
                              Instant doneAt, Instant dueDayEnd, Instant at) {
        boolean done() {
            return ActionStatus.DONE.name().equals(status);
        }

        boolean decided() {
            return done() || !dueDayEnd.isAfter(at);
        }

        boolean onTime() {
            return done() && doneAt != null && doneAt.isBefore(dueDayEnd);
        }

        DrillRow row() {
            return new DrillRow(DrillKind.ACTION, complaintId, number, what, due.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                    "action.status." + status, due.toString(), id, List.of());
        }
    }

    /**
     * Corrective actions due in the period's days, in due order. Read as rows and classified here: "done before the
     * end of its due day in the shop zone" needs the zone's offset of each day (daylight saving), which SQL cannot
     * give portably; a period holds few actions (one per finding of a major complaint).
     */
    private List<ActionFact> actionsDue(KpiPeriod p, DrillCursor after) {
        List<ActionFact> out = new ArrayList<>();
        // a keyed cursor is the last row read: its moment is the due day at 00:00 UTC, its key the action
        LocalDate afterDay = after.keyed() && after.at() != null ? LocalDate.ofInstant(after.at(), java.time.ZoneOffset.UTC) : null;
        Object[] params = afterDay == null ? new Object[]{Date.valueOf(p.firstDay()), Date.valueOf(p.endDay())}
                : new Object[]{Date.valueOf(p.firstDay()), Date.valueOf(p.endDay()), Date.valueOf(afterDay), Date.valueOf(afterDay), after.key()};
        jdbc.query("SELECT a.id, a.complaint_id, c.number, a.what, a.due_date, a.status, a.done_at FROM corrective_action a "
                        + "JOIN complaint c ON c.id = a.complaint_id WHERE a.due_date >= ? AND a.due_date < ?"
                        + (afterDay == null ? "" : " AND (a.due_date > ? OR (a.due_date = ? AND a.id > ?))") + " ORDER BY a.due_date, a.id",
                rs -> {
                    LocalDate due = rs.getObject(5, LocalDate.class);
                    out.add(new ActionFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), due, rs.getString(6),
                            KpiSql.instant(rs, 7), due.plusDays(1).atStartOfDay(p.zone()).toInstant(), p.at()));
                }, params);
        return out;
    }

    @Override
    protected List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit) {
        return rowsPage(kpi, null, idsSql, params, DrillCursor.atOffset(offset), limit, false);
    }

    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        return rowsPage(kpi, null, idsSql, params, after, limit, details);
    }

    /**
     * The complaints (or compensations) behind a figure, in (moment, id) order, a page after a cursor (keyset: the
     * (created_at, id) index reads a deep page as fast as the first). With details, the complaint's columns of
     * {@link #DETAIL_COLUMNS} are read with them (the detail sheet's 20 columns).
     * <p>
     * Every population of this model holds only rows created in [start, at) of the period (the {@code created_at}
     * condition of each population query above), so the page also states that range on the drill-down's order column.
     * The condition changes no row, but without it MariaDB read the page's rows along the index from the cursor to the
     * end of the table (the population's range sits on the joined copy of the table) and sorted them all in a
     * temporary table for every page: 1.5 s a page on the large shop, 32 s for a 100 000-row sheet. With it the
     * index range ends with the period and is read in order, stopping at the page's last row. Nothing is joined to
     * the ordered rows: MariaDB may join a small table through a join buffer, which loses the index order and brings
     * the temporary table back, so the team's name is a subquery per row and the assignee's name comes from the staff
     * directory (its table belongs to security), once per assignee and page. {@code period} null: no bound (the same
     * rows).
     */
    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, KpiPeriod period, String idsSql, Object[] params, DrillCursor after, int limit,
                                      boolean details) {
        String more = details ? ", " + DETAIL_SELECT : "";
        Map<Long, String> names = new HashMap<>();
        Object[] bounded = period == null ? params : KpiSql.with(params, utc(period.start()), utc(period.at()));
        if (kpi.definition().drillKind() == DrillKind.COMPENSATION) {
            return jdbc.query("SELECT c.id, c.number, c.customer_name, cc.created_at, cc.kind, cc.amount, cc.currency, cc.id" + more
                            + " FROM complaint_compensation cc JOIN (" + idsSql + ") d ON d.id = cc.id JOIN complaint c ON c.id = cc.complaint_id"
                            + " WHERE " + within(period, "cc.created_at") + KpiSql.after(after, "cc.created_at", "cc.id")
                            + " ORDER BY cc.created_at, cc.id LIMIT ? OFFSET ?",
                    (rs, i) -> new DrillRow(DrillKind.COMPENSATION, rs.getLong(1), rs.getString(2), rs.getString(3), KpiSql.instant(rs, 4),
                            "compensation.kind." + rs.getString(5), rs.getBigDecimal(6) == null ? null : rs.getBigDecimal(6).toPlainString() + " " + rs.getString(7),
                            rs.getLong(8), details ? detailValues(rs, 9, names) : List.of()),
                    KpiSql.pagedAfter(bounded, after, "cc.created_at", limit));
        }
        return jdbc.query("SELECT c.id, c.number, c.customer_name, c.created_at, c.tier, c.exec_ack_at" + more + " FROM complaint c JOIN (" + idsSql
                        + ") d ON d.id = c.id WHERE " + within(period, "c.created_at") + KpiSql.after(after, "c.created_at", "c.id")
                        + " ORDER BY c.created_at, c.id LIMIT ? OFFSET ?",
                (rs, i) -> new DrillRow(DrillKind.COMPLAINT, rs.getLong(1), rs.getString(2), rs.getString(3), KpiSql.instant(rs, 4),
                        "tier." + rs.getString(5), null, rs.getLong(1), details ? detailValues(rs, 7, names) : List.of()),
                KpiSql.pagedAfter(bounded, after, "c.created_at", limit));
    }

    /** The period's [start, at) on the order column, as a condition followed by AND (nothing without a period). */
    private static String within(KpiPeriod period, String column) {
        return period == null ? "" : column + " >= ? AND " + column + " < ? AND ";
    }

    /** A complaint's columns in a detail sheet beyond number, customer, moment, tier (or kind) and value. */
    public static final List<DetailColumn> DETAIL_COLUMNS = List.of(
            new DetailColumn("complaint.category", DetailColumn.Type.MESSAGE_KEY),
            new DetailColumn("complaint.channel", DetailColumn.Type.MESSAGE_KEY),
            new DetailColumn("complaint.status", DetailColumn.Type.MESSAGE_KEY),
            new DetailColumn("reports.detail.source", DetailColumn.Type.TEXT),
            new DetailColumn("complaint.subject", DetailColumn.Type.TEXT),
            new DetailColumn("complaint.spread-risk", DetailColumn.Type.MESSAGE_KEY),
            new DetailColumn("complaint.affected", DetailColumn.Type.NUMBER),
            new DetailColumn("complaint.order", DetailColumn.Type.TEXT),
            new DetailColumn("reports.detail.order-amount", DetailColumn.Type.NUMBER),
            new DetailColumn("complaint.team", DetailColumn.Type.TEXT),
            new DetailColumn("complaint.assignee", DetailColumn.Type.TEXT),
            new DetailColumn("reports.detail.acknowledged-at", DetailColumn.Type.MOMENT),
            new DetailColumn("reports.detail.resolved-at", DetailColumn.Type.MOMENT),
            new DetailColumn("reports.detail.closed-at", DetailColumn.Type.MOMENT),
            new DetailColumn("reports.detail.reopened-at", DetailColumn.Type.MOMENT));

    private static final String DETAIL_SELECT = "c.category, c.channel, c.status, c.source, c.subject, c.spread_risk, c.affected_count, "
            + "c.order_external_id, c.order_amount, (SELECT dt.name FROM team dt WHERE dt.id = c.team_id), "
            + "c.assignee_id, "
            + "c.acknowledged_at, c.resolved_at, c.closed_at, c.reopened_at";

    /** The detail columns of a row; {@code names}: the assignees' names already looked up for this page. */
    private List<Object> detailValues(java.sql.ResultSet rs, int from, Map<Long, String> names) throws java.sql.SQLException {
        List<Object> v = new ArrayList<>(DETAIL_COLUMNS.size());
        v.add("category." + rs.getString(from));
        v.add("channel." + rs.getString(from + 1));
        v.add("status." + rs.getString(from + 2));
        v.add(rs.getString(from + 3));
        v.add(rs.getString(from + 4));
        v.add("spread." + rs.getString(from + 5));
        v.add(rs.getInt(from + 6));
        v.add(rs.getString(from + 7));
        v.add(rs.getBigDecimal(from + 8));
        v.add(rs.getString(from + 9));
        long assignee = rs.getLong(from + 10);
        v.add(rs.wasNull() ? null : names.computeIfAbsent(assignee, id -> staff.displayName(id).orElse(null)));
        for (int c = from + 11; c <= from + 14; c++) {
            v.add(KpiSql.instant(rs, c));
        }
        return java.util.Collections.unmodifiableList(v);
    }

    @Override
    public List<DetailColumn> detailColumns(String kpiId) {
        Kpi k = kpi(kpiId);
        return k == null || k.definition().drillKind() == DrillKind.ACTION ? List.of() : DETAIL_COLUMNS;
    }
}
