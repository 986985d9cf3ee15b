package com.cxops.portal.reports;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.KpiDefinition;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The targets of the review packs' KPIs: per KPI, split value and year, edited by managers (docs/kpis.md "Targets and RAG"). */
@Service
public class ReviewTargets {

    private final KpiCatalogue catalogue;
    private final ReportStore store;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;
    private final TransactionTemplate tx;

    ReviewTargets(KpiCatalogue catalogue, ReportStore store, AuditTrail audit, CurrentUser user, Clock clock, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public Map<String, BigDecimal> targets(int year) {
        return store.targets(year);
    }

    /** The version of a stored target, for editing (0 when there is none). */
    @RolesAllowed({Role.Names.MANAGER})
    public long targetVersion(String kpi, String split, int year) {
        ReportStore.StoredTarget t = store.target(kpi, split == null ? "" : split, year);
        return t == null ? 0 : t.version();
    }

    /**
     * Sets (or, with blank text, removes) the target of a KPI's figure for a year. The text must be a number; the
     * version is the one the manager saw (0 when there was none), so a concurrent edit is refused.
     */
    @RolesAllowed({Role.Names.MANAGER})
    public void setTarget(String kpi, String split, int year, String text, long seenVersion) {
        KpiDefinition d = catalogue.get(kpi);
        if (d == null) {
            throw InvalidInputException.of("kpi", "reports.error.no-kpi");
        }
        if (year < 2000 || year > 2999) {
            throw InvalidInputException.of("year", "reports.error.year");
        }
        BigDecimal value = null;
        if (text != null && !text.isBlank()) {
            try {
                value = new BigDecimal(text.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("target", "reports.error.target-number");
            }
            if (value.abs().compareTo(new BigDecimal("1000000000000")) >= 0 || value.scale() > 4) {
                throw InvalidInputException.of("target", "reports.error.target-number");
            }
        }
        String splitKey = split == null ? "" : split;
        BigDecimal finalValue = value;
        tx.executeWithoutResult(s -> {
            ReportStore.StoredTarget existing = store.target(kpi, splitKey, year);
            Instant now = clock.instant();
            if (existing == null) {
                if (seenVersion != 0) {
                    throw new ConcurrentEditException(null, null);
                }
                if (finalValue != null) {
                    try {
                        store.insertTarget(kpi, splitKey, year, finalValue, user.username(), now);
                    } catch (DuplicateKeyException e) {
                        throw new ConcurrentEditException(null, null);
                    }
                }
            } else {
                boolean ok = finalValue == null ? store.deleteTarget(existing.id(), seenVersion)
                        : store.updateTarget(existing.id(), seenVersion, finalValue, user.username(), now);
                if (!ok) {
                    throw new ConcurrentEditException(existing.updatedBy(), existing.updatedAt());
                }
            }
            audit.record("REPORT_TARGET_SET", "ReportTarget", kpi + (splitKey.isEmpty() ? "" : " " + splitKey) + " " + year,
                    AuditDetails.of("audit.detail.target-set", existing == null ? null : existing.value(), finalValue));
        });
    }
}
