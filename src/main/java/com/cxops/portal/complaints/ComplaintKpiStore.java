package com.cxops.portal.complaints;

import com.cxops.portal.base.kpi.KeptFigureSource;
import com.cxops.portal.base.kpi.KeptFigures;
import com.cxops.portal.base.settings.ShopSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The kept figures of settled periods of the complaints' and the service levels' read models ({@link KeptFigures},
 * source "complaints"). They are counted by the moments of complaints (created), compensations (created), SLA clocks
 * (started) and corrective actions (due day), and findings and actions by their complaint's: JPA writes of those rows
 * ({@link #keptRows()}; the clocks are declared by SlaKpis) tell this source on their own; writes in plain SQL (the SLA
 * monitor's batches, the bulk replay and repair of clocks) call {@link #changed}; the demo data {@link #clear}s it.
 */
@Component
public class ComplaintKpiStore implements KeptFigureSource, com.cxops.portal.base.kpi.KeptFigureRows {

    public static final String SOURCE = "complaints";

    private final KeptFigures kept;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ComplaintKpiStore(JdbcTemplate jdbc, ShopSettings shop, PlatformTransactionManager transactions, Clock clock) {
        this.kept = new KeptFigures(SOURCE, jdbc, shop::zone, transactions);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public KeptFigures kept() {
        return kept;
    }

    /** The complaints' rows counted in the kept figures, by the moments they are counted by. */
    @Override
    public List<Row> keptRows() {
        return List.of(new Row(Complaint.class, SOURCE, List.of("createdAt"), null),
                new Row(Compensation.class, SOURCE, List.of("createdAt"), null),
                new Row(RcaFinding.class, SOURCE, List.of(), "complaintId"),
                new Row(CorrectiveAction.class, SOURCE, List.of("dueDate"), "complaintId"));
    }

    /** The earliest creation of these complaints. */
    @Override
    public Optional<Instant> parentsEarliest(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<Long> list = List.copyOf(ids);
        Instant earliest = null;
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
            List<Instant> found = jdbc.query("SELECT MIN(created_at) FROM complaint WHERE id IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    (rs, i) -> com.cxops.portal.base.SqlColumns.instant(rs, 1), chunk.toArray());
            Instant m = found.isEmpty() ? null : found.getFirst();
            if (m != null && (earliest == null || m.isBefore(earliest))) {
                earliest = m;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** A write in plain SQL touched rows counted from {@code earliest} on: called in its transaction, after its writes. */
    public void changed(Instant earliest) {
        kept.changed(earliest, clock.instant());
    }

    /** Forgets every kept figure of complaints and service levels (data written around the portal's writers). */
    public void clear() {
        kept.clear();
    }
}
