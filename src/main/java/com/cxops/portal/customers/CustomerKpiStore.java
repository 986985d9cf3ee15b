package com.cxops.portal.customers;

import com.cxops.portal.base.kpi.KeptFigures;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.base.settings.ShopSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The customer KPIs' figures of settled periods ({@link KeptFigures}, source "customers"): they depend only on paid
 * orders placed before the period's end and layer changes before it, so every write of either ({@link IntakeWriter}
 * for orders, {@link LayerBatch} for layer changes, the demo data) calls {@link #changed} with the earliest moment
 * it touched.
 */
@Component
public class CustomerKpiStore implements com.cxops.portal.base.kpi.KeptFigureSource {

    /** The source: the customer figures, and the tasks' (their reach conversion counts paid orders). */
    public static final String SOURCE = "customers";
    static final String MODEL = "customers";

    private final KeptFigures kept;

    CustomerKpiStore(JdbcTemplate jdbc, ShopSettings shop, PlatformTransactionManager transactions) {
        this.kept = new KeptFigures(SOURCE, jdbc, shop::zone, transactions);
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public KeptFigures kept() {
        return kept;
    }

    /** Rows of this source name no parent. */
    @Override
    public java.util.Optional<Instant> parentsEarliest(java.util.Collection<Long> ids) {
        return java.util.Optional.empty();
    }

    /** Whether a period's figures may be stored at {@code now}. */
    static boolean settled(KpiPeriod p, Instant now) {
        return KeptFigures.settled(p, now);
    }

    /** The generation as the caller's transaction sees it; read before the data a computation stores. */
    long generation() {
        return kept.generation();
    }

    /** The stored figures of those of the periods that are stored (in the shop currency {@code currency}). */
    Map<KpiPeriod, Map<String, Map<String, KpiValue>>> read(List<KpiPeriod> periods, String currency) {
        return kept.read(MODEL, periods, currency);
    }

    /** See {@link KeptFigures#store}. */
    void store(Map<KpiPeriod, Map<String, Map<String, KpiValue>>> figures, String currency, long generation, Instant now) {
        kept.store(MODEL, figures, currency, generation, now);
    }

    /** A write of paid orders or layer changes touched moments from {@code earliest} on (see {@link KeptFigures#changed}). */
    public void changed(Instant earliest, Instant now) {
        kept.changed(earliest, now);
    }

    Instant latestStorableEnd(Instant now) {
        return kept.latestStorableEnd(now);
    }

    /** Forgets every stored figure (data written around the portal's writers: demo data, the benchmark shop). */
    public void clear() {
        kept.clear();
    }
}
