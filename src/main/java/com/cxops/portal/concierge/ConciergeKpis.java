package com.cxops.portal.concierge;

import com.cxops.portal.base.kpi.Direction;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillKind;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.KpiUnit;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.kpi.SqlKpiModel;
import com.cxops.portal.customers.CustomerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * VIP concierge KPIs of the review packs (docs/kpis.md, following docs/concierge.md "What a report counts"): usage
 * rate of VIP rights year to date (delivered uses ÷ the yearly allowance of the VIPs' membership levels), and VIP
 * contacts per VIP per month. VIPs are the customers with an account manager (counted now), read with the customers'
 * own SQL ({@link CustomerSql}).
 */
@Component
@Transactional(readOnly = true)
public class ConciergeKpis extends SqlKpiModel {

    public static final String SECTION = "concierge";
    static final String RIGHTS = "concierge.rights-usage";
    static final String CONTACTS = "concierge.contacts-per-vip";

    private final List<Kpi> kpis;
    /** Values the same for every period of one pack, read once per {@link #computeAll(List, Predicate)}. */
    private final ThreadLocal<Map<String, Long>> perPack = new ThreadLocal<>();

    ConciergeKpis(JdbcTemplate jdbc) {
        super(jdbc);
        String vips = CustomerSql.withAccountManager();
        this.kpis = List.of(
                new Kpi(new KpiDefinition(RIGHTS, SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, Set.of(PackKind.QUARTERLY), null, DrillKind.CUSTOMER),
                        KpiSql.Shape.COUNT, null, p -> new Base("SELECT u.id id, '' g, 1 num, 0 val FROM vip_right_use u "
                        + "WHERE u.delivered = TRUE AND u.usage_year = ? AND u.delivered_at < ?", p.firstDay().getYear(), utc(p.at()))),
                new Kpi(new KpiDefinition(CONTACTS, SECTION, KpiUnit.SCORE, Direction.HIGHER_BETTER, Set.of(PackKind.MONTHLY), null, DrillKind.CONTACT),
                        KpiSql.Shape.COUNT, null, p -> new Base("SELECT l.id id, '' g, 1 num, 0 val FROM contact_log l JOIN (" + vips
                        + ") v ON v.id = l.customer_id WHERE l.contacted_at >= ? AND l.contacted_at < ?", utc(p.start()), utc(p.at()))));
    }

    @Override
    protected List<Kpi> kpis() {
        return kpis;
    }

    /**
     * The allowance and the number of VIPs are today's for every period (docs/kpis.md), so a pack's periods read them
     * once (a yearly pack: 14 periods), not once per period.
     */
    @Override
    public Map<KpiPeriod, Map<String, Map<String, KpiValue>>> computeAll(List<KpiPeriod> periods, Predicate<KpiDefinition> wanted) {
        perPack.set(new HashMap<>());
        try {
            return super.computeAll(periods, wanted);
        } finally {
            perPack.remove();
        }
    }

    private long once(String key, Supplier<Long> read) {
        Map<String, Long> known = perPack.get();
        if (known == null) {
            Long v = read.get();
            return v == null ? 0 : v;
        }
        return known.computeIfAbsent(key, x -> {
            Long v = read.get();
            return v == null ? 0 : v;
        });
    }

    @Override
    protected Map<String, Map<String, KpiValue>> computeOne(Kpi k, KpiPeriod p) {
        Base b = k.base().apply(p);
        long rows = KpiSql.count(jdbc, b.sql(), b.params());
        if (k.definition().id().equals(RIGHTS)) {
            long allowance = once("allowance", () -> jdbc.queryForObject("SELECT COALESCE(SUM(r.yearly_allowance), 0) FROM ("
                    + CustomerSql.withAccountManager() + ") v JOIN vip_right r ON r.membership_level = v.membership_level AND r.active = TRUE", Long.class));
            return Map.of(RIGHTS, Map.of(OVERALL, KpiValue.rate(rows, allowance)));
        }
        long vips = once("vips", () -> jdbc.queryForObject("SELECT COUNT(*) FROM (" + CustomerSql.withAccountManager() + ") v", Long.class));
        long months = Math.max(1, ChronoUnit.MONTHS.between(p.firstDay(), p.endDay()));
        long vipMonths = vips * months;
        KpiValue v = vipMonths == 0 ? new KpiValue(null, 0, 0L)
                : new KpiValue(BigDecimal.valueOf(rows).divide(BigDecimal.valueOf(vipMonths), 2, RoundingMode.HALF_UP), rows, vipMonths);
        return Map.of(CONTACTS, Map.of(OVERALL, v));
    }

    @Override
    protected List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit) {
        return rowsPage(kpi, idsSql, params, DrillCursor.atOffset(offset), limit, false);
    }

    /**
     * The VIP behind each delivered use (one row per use: a customer may appear several times), in (delivered, use)
     * order, or behind each contact in (contacted, contact) order; a page after a cursor by keyset on those columns.
     */
    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        if (kpi.definition().id().equals(RIGHTS)) {
            return jdbc.query("SELECT c.id, c.external_id, c.name, u.delivered_at, c.layer, u.id FROM vip_right_use u JOIN (" + idsSql
                            + ") d ON d.id = u.id " + CustomerSql.join("c", "u.customer_id") + " WHERE " + KpiSql.after(after, "u.delivered_at", "u.id")
                            + " ORDER BY u.delivered_at, u.id LIMIT ? OFFSET ?",
                    (rs, i) -> new DrillRow(DrillKind.CUSTOMER, rs.getLong(1), rs.getString(2), rs.getString(3), KpiSql.instant(rs, 4),
                            "layer." + rs.getString(5), null, rs.getLong(6), List.of()), KpiSql.pagedAfter(params, after, "u.delivered_at", limit));
        }
        return jdbc.query("SELECT c.id, c.external_id, c.name, l.contacted_at, l.channel, l.id FROM contact_log l JOIN (" + idsSql
                        + ") d ON d.id = l.id " + CustomerSql.join("c", "l.customer_id") + " WHERE " + KpiSql.after(after, "l.contacted_at", "l.id")
                        + " ORDER BY l.contacted_at, l.id LIMIT ? OFFSET ?",
                (rs, i) -> new DrillRow(DrillKind.CUSTOMER, rs.getLong(1), rs.getString(2), rs.getString(3), KpiSql.instant(rs, 4),
                        null, rs.getString(5), rs.getLong(6), List.of()), KpiSql.pagedAfter(params, after, "l.contacted_at", limit));
    }
}
