package com.cxops.portal.reports;

import org.jspecify.annotations.Nullable;
import com.cxops.portal.base.validation.PlainText;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.DetailColumn;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.base.settings.ShopSettings;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Review packs (issue "review reports"): the live pack of a month, quarter or year with targets, RAG, the previous
 * period, the same period a year earlier and a trend; drill-down to the rows behind a figure; publishing (frozen
 * figures, a new version per publication). Targets are edited in {@link ReviewTargets}, action items in
 * {@link ReviewActions}. Figures come from the features' KPI
 * read models ({@link KpiCatalogue}); periods are counted in the shop zone.
 */
@Service
@Validated
public class ReportService {

    private final KpiCatalogue catalogue;
    private final PackCalculator calculator;
    private final ReportStore store;
    private final ShopSettings shop;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    ReportService(KpiCatalogue catalogue, PackCalculator calculator, ReportStore store, ShopSettings shop, AuditTrail audit,
                  CurrentUser user, Clock clock, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.calculator = calculator;
        this.store = store;
        this.shop = shop;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    public ZoneId zone() {
        return shop.zone();
    }

    /** The last period of this kind that has ended (what a review looks at by default). */
    public ReviewPeriod lastCompleted(PackKind kind) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone());
        return ReviewPeriod.containing(kind, today).previous();
    }

    public List<KpiDefinition> definitions(PackKind kind) {
        return catalogue.of(kind);
    }

    public KpiDefinition definition(String kpiId) {
        return catalogue.get(kpiId);
    }

    /** Names in the reader's language of split values that are data (task types), by split key. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public Map<String, String> splitNames(java.util.Locale locale) {
        return readTx.execute(s -> catalogue.splitNames(locale));
    }

    /** The live pack: every figure computed now. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public ReviewPack pack(ReviewPeriod period) {
        return readTx.execute(s -> compute(period));
    }

    ReviewPack compute(ReviewPeriod period) {
        return calculator.compute(period, zone(), clock.instant());
    }

    /** The rows behind a figure of the live pack, a page at a time. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<DrillRow> drill(ReviewPeriod period, String kpiId, String split, int offset, int limit) {
        KpiReadModel m = catalogue.model(kpiId);
        if (m == null) {
            return List.of();
        }
        return readTx.execute(s -> m.drill(kpiId, split, period.toKpiPeriod(zone(), clock.instant()), offset, limit));
    }

    /** A page of the rows behind a figure from a cursor: keyset where the figure's read model supports it. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<DrillRow> drillPage(ReviewPeriod period, String kpiId, String split, DrillCursor after, int limit) {
        KpiReadModel m = catalogue.model(kpiId);
        if (m == null) {
            return List.of();
        }
        return readTx.execute(s -> m.drillPage(kpiId, split, period.toKpiPeriod(zone(), clock.instant()), after, limit, false));
    }

    /** Like {@link #drillPage}, each row with the values of the figure's {@link #detailColumns} (a detail sheet's rows). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<DrillRow> detailPage(ReviewPeriod period, String kpiId, String split, DrillCursor after, int limit) {
        KpiReadModel m = catalogue.model(kpiId);
        if (m == null) {
            return List.of();
        }
        return readTx.execute(s -> m.drillPage(kpiId, split, period.toKpiPeriod(zone(), clock.instant()), after, limit, true));
    }

    /** The columns of a figure's detail sheet beyond the five of every drill row. */
    public List<DetailColumn> detailColumns(String kpiId) {
        KpiReadModel m = catalogue.model(kpiId);
        return m == null ? List.of() : m.detailColumns(kpiId);
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public long drillCount(ReviewPeriod period, String kpiId, String split) {
        KpiReadModel m = catalogue.model(kpiId);
        if (m == null) {
            return 0;
        }
        Long n = readTx.execute(s -> m.drillCount(kpiId, split, period.toKpiPeriod(zone(), clock.instant())));
        return n == null ? 0 : n;
    }

    // --- publishing ---

    /**
     * Publishes the pack as it is now: its figures are stored and never change. Publishing the same period again
     * stores the next version; two publications at the same moment get consecutive versions (the unique key decides,
     * the later one retries with the next number).
     */
    @RolesAllowed(Role.Names.MANAGER)
    public PublishedPack publish(ReviewPeriod period,
                                 @Nullable @PlainText(multiline = true) @Size(max = PublishedPack.NOTE_MAX) String note) {
        String trimmed = note == null ? null : note.trim();
        ReviewPack pack = pack(period);
        if (pack.future()) {
            throw InvalidInputException.of("period", "reports.error.future");
        }
        List<ReportStore.StoredValue> values = pack.rows().stream().map(r -> new ReportStore.StoredValue(r.kpi().id(), r.split(),
                r.value().value(), r.value().numerator(), r.value().denominator(), r.target(), r.rag() == null ? null : r.rag().name(),
                r.previous(), r.lastYear())).toList();
        String by = user.username();
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.execute(s -> {
                    int version = store.lastVersion(period.kind(), period.firstDay()) + 1;
                    Instant at = clock.instant();
                    long id = store.insertPack(period.kind(), period.firstDay(), version, trimmed == null || trimmed.isEmpty() ? null : trimmed, at, by);
                    store.insertValues(id, values);
                    audit.record("REPORT_PUBLISHED", "ReportPack", id, AuditDetails.of("audit.detail.report-published", AuditDetails.label("reports.kind.", period.kind()), period.label(), version, values.size()));
                    return store.pack(id);
                });
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<PublishedPack> publications(ReviewPeriod period) {
        return store.packs(period.kind(), period.firstDay());
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<PublishedPack> latestPublications(int limit) {
        return store.latestPublished(limit);
    }

    /** A published pack as it was published (no trend: only the stored figures). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public ReviewPack published(long packId) {
        PublishedPack p = store.pack(packId);
        if (p == null) {
            throw InvalidInputException.of("pack", "reports.error.no-pack");
        }
        ReviewPeriod period = new ReviewPeriod(p.kind(), p.periodStart());
        List<PackRow> rows = new ArrayList<>();
        for (ReportStore.StoredValue v : store.values(packId)) {
            KpiDefinition d = catalogue.get(v.kpi());
            if (d == null) {
                continue;
            }
            rows.add(new PackRow(d, v.split(), new KpiValue(v.value(), v.numerator(), v.denominator()), v.target(),
                    v.rag() == null ? null : Rag.valueOf(v.rag()), v.previous(), v.lastYear(), List.of()));
        }
        List<String> order = catalogue.of(p.kind()).stream().map(KpiDefinition::id).toList();
        rows.sort(java.util.Comparator.comparingInt((PackRow r) -> order.indexOf(r.kpi().id())).thenComparing(PackRow::split));
        return new ReviewPack(period, false, false, List.of(), rows, p.version(), p.note(), p.publishedBy(), p.publishedAt());
    }

    /** The figures of a published version that differ from the version before it (none for version 1). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public List<PackChange> changes(long packId) {
        PublishedPack p = store.pack(packId);
        if (p == null || p.version() == 1) {
            return List.of();
        }
        PublishedPack before = store.packs(p.kind(), p.periodStart()).stream().filter(x -> x.version() == p.version() - 1)
                .findFirst().orElse(null);
        if (before == null) {
            return List.of();
        }
        Map<String, BigDecimal> old = new LinkedHashMap<>();
        store.values(before.id()).forEach(v -> old.put(v.kpi() + "|" + v.split(), v.value()));
        List<PackChange> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ReportStore.StoredValue v : store.values(packId)) {
            String key = v.kpi() + "|" + v.split();
            seen.add(key);
            BigDecimal was = old.get(key);
            if (!same(was, v.value())) {
                out.add(new PackChange(v.kpi(), v.split(), was, v.value()));
            }
        }
        old.forEach((key, was) -> {
            if (!seen.contains(key) && was != null) {
                String[] parts = key.split("\\|", -1);
                out.add(new PackChange(parts[0], parts[1], was, null));
            }
        });
        return out;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
