package com.cxops.portal.reports;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Builds a pack's workbook into a temporary file, off the UI thread, reporting progress. A cancelled or failed
 * export deletes its file and releases the streaming workbook's temporary files, so nothing half-written is left.
 */
@Service
public class ReportExport {

    private final ReportService reports;
    private final KpiCatalogue catalogue;
    private final TranslationProvider i18n;
    private final SettingsService settings;
    private final Clock clock;
    private final TransactionTemplate readTx;

    ReportExport(ReportService reports, KpiCatalogue catalogue, TranslationProvider i18n, SettingsService settings, Clock clock,
                 PlatformTransactionManager transactions) {
        this.reports = reports;
        this.catalogue = catalogue;
        this.i18n = i18n;
        this.settings = settings;
        this.clock = clock;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    /** The live pack of the period as a workbook in a temporary file (the caller deletes it after the download). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public Path export(ReviewPeriod period, Locale locale, PackWorkbook.Progress progress, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        ReviewPack pack = reports.pack(period);
        return write(pack, locale, progress, cancelled);
    }

    Path write(ReviewPack pack, Locale locale, PackWorkbook.Progress progress, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        return write(pack, locale, !pack.published(), progress, cancelled);
    }

    /** {@code withDetails}: the drill-down rows as detail sheets (only a live pack has them). */
    Path write(ReviewPack pack, Locale locale, boolean withDetails, PackWorkbook.Progress progress, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        KpiPeriod kp = pack.period().toKpiPeriod(reports.zone(), clock.instant());
        List<PackWorkbook.Detail> details = new ArrayList<>();
        if (withDetails && !pack.published()) {
            for (PackRow row : pack.rows()) {
                if (!row.overall() || row.value().numerator() == 0) {
                    continue;
                }
                KpiReadModel model = catalogue.model(row.kpi().id());
                String id = row.kpi().id();
                details.add(new PackWorkbook.Detail(i18n.getTranslation("reports.kpi." + id, locale),
                        (after, limit) -> readTx.execute(s -> model.drillPage(id, "", kp, after, limit, true)).stream()
                                .map(r -> r.withName(name -> i18n.text(locale, name))).toList(), row.value().numerator(),
                        model.detailColumns(id)));
            }
        }
        PackWorkbook wb = new PackWorkbook(key -> i18n.getTranslation(key, locale), readTx.execute(s -> catalogue.splitNames(locale)), reports.zone(),
                settings.getInt(ReportSettings.EXPORT_WINDOW), settings.getInt(ReportSettings.DRILL_EXPORT_MAX));
        Path file = Files.createTempFile("cxops-pack-", ".xlsx");
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(pack, details, out, progress, cancelled);
            ok = true;
            return file;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A published pack (its stored figures, no detail sheets) as a workbook. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    public Path exportPublished(long packId, Locale locale, PackWorkbook.Progress progress, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        return write(reports.published(packId), locale, progress, cancelled);
    }

    /** File name of a pack's workbook: cx-ops-monthly-2026-03.xlsx. */
    public static String fileName(ReviewPeriod period) {
        return "cx-ops-" + period.kind().name().toLowerCase(Locale.ROOT) + "-" + period.label().replace(' ', '-') + ".xlsx";
    }
}
