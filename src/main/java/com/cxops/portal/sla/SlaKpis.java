package com.cxops.portal.sla;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static com.cxops.portal.base.kpi.KpiSql.utc;

/**
 * Service-level KPIs of the review packs (docs/kpis.md "Service levels"): compliance per target kind as the SLA
 * dashboard counts it (docs/sla.md: decided targets started in the period; in time when not breached — a target met
 * after its due instant is breached at that instant, and one breached in an earlier cycle counts as breached), and the first-response time in business minutes from the stored clocks.
 */
@Component
@Transactional(readOnly = true)
public class SlaKpis extends SqlKpiModel {

    public static final String SECTION = "sla";
    private static final Set<PackKind> MONTHLY = Set.of(PackKind.MONTHLY);

    private final List<Kpi> kpis;

    SlaKpis(JdbcTemplate jdbc) {
        super(jdbc);
        this.kpis = List.of(
                new Kpi(new KpiDefinition("sla.compliance", SECTION, KpiUnit.PERCENT, Direction.HIGHER_BETTER, MONTHLY, "target", DrillKind.COMPLAINT),
                        KpiSql.Shape.RATE, "target:", p -> new Base("SELECT id, kind g, CASE WHEN breached = FALSE "
                        + "THEN 1 ELSE 0 END num, 0 val FROM sla_clock WHERE started_at >= ? AND started_at < ? "
                        + "AND (met_at IS NOT NULL OR breached = TRUE)", utc(p.start()), utc(p.at()))),
                new Kpi(new KpiDefinition("sla.first-response-median", SECTION, KpiUnit.MINUTES, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.MEDIAN, null, SlaKpis::firstResponse),
                new Kpi(new KpiDefinition("sla.first-response-p90", SECTION, KpiUnit.MINUTES, Direction.LOWER_BETTER, MONTHLY, null, DrillKind.COMPLAINT),
                        KpiSql.Shape.P90, null, SlaKpis::firstResponse));
    }

    private static Base firstResponse(KpiPeriod p) {
        return new Base("SELECT id, '' g, 1 num, business_minutes val FROM sla_clock WHERE kind = 'FIRST_RESPONSE' "
                + "AND started_at >= ? AND started_at < ? AND met_at IS NOT NULL AND business_minutes IS NOT NULL", utc(p.start()), utc(p.at()));
    }

    @Override
    protected List<Kpi> kpis() {
        return kpis;
    }

    /** The clocks' complaints: number, customer, when the target started, its kind and business minutes. */
    @Override
    protected List<DrillRow> rows(Kpi kpi, String idsSql, Object[] params, int offset, int limit) {
        return rowsPage(kpi, idsSql, params, DrillCursor.atOffset(offset), limit, false);
    }

    /** A page in (started_at, clock id) order after a cursor: keyset on the clock's started_at index. */
    @Override
    protected List<DrillRow> rowsPage(Kpi kpi, String idsSql, Object[] params, DrillCursor after, int limit, boolean details) {
        return jdbc.query("SELECT c.id, c.number, c.customer_name, k.started_at, k.kind, k.business_minutes, k.id FROM sla_clock k JOIN ("
                        + idsSql + ") d ON d.id = k.id JOIN complaint c ON c.id = k.complaint_id WHERE " + KpiSql.after(after, "k.started_at", "k.id")
                        + " ORDER BY k.started_at, k.id LIMIT ? OFFSET ?",
                (rs, i) -> new DrillRow(DrillKind.COMPLAINT, rs.getLong(1), rs.getString(2), rs.getString(3), KpiSql.instant(rs, 4),
                        "sla.target." + rs.getString(5), rs.getObject(6) == null ? null : Long.toString(rs.getLong(6)), rs.getLong(7), List.of()),
                KpiSql.pagedAfter(params, after, "k.started_at", limit));
    }
}
