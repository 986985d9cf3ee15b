package com.cxops.portal.customers;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.ManagersAndAdmins;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Imports customers or orders from a CSV or XLSX file in two passes over the file: first every row is checked
 * (nothing is written if any row is wrong; the person gets a report of row, column, value and message), then the
 * rows are upserted by external id in batches, all in one transaction, so a failure leaves nothing half-written.
 * Memory stays bounded: rows are streamed, only the external ids seen are kept (to find duplicates in the file).
 * The passes are {@link ImportCheck} and {@link ImportWrite}; {@link ImportRows} reads a row.
 */
@Service
public class CustomerImport {

    static final int BATCH = 500;
    /** The report lists this many errors; the count covers them all. */
    static final int MAX_REPORTED = 1000;

    /** A refused cell: where, what it held, and the message with its arguments (the limit of a value too long). */
    public record ImportError(long row, String column, String value, String messageKey, List<Object> arguments) {
        public ImportError(long row, String column, String value, String messageKey) {
            this(row, column, value, messageKey, List.of());
        }
    }

    /**
     * @param written   whether the file was written (no errors)
     * @param rows      data rows in the file
     * @param errorCount all errors found (the list holds at most {@value #MAX_REPORTED})
     */
    public record ImportResult(boolean written, long rows, int inserted, int updated, List<ImportError> errors, long errorCount) {
    }

    /** Progress of an import: the phase ("import.phase.checking" or "import.phase.writing"), rows done, total rows (0 when not yet known). */
    @FunctionalInterface
    public interface Progress {
        void update(String phaseKey, long done, long total);
    }

    private final IntakeWriter writer;
    private final TransactionTemplate tx;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    public CustomerImport(IntakeWriter writer, PlatformTransactionManager transactions, SettingsService settings,
                          AuditTrail audit, Clock clock) {
        this.writer = writer;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest file the import accepts (setting customers.import.max-file-mb); the upload shows it and enforces it too. */
    @ManagersAndAdmins
    public int maxFileMegabytes() {
        return settings.getInt(CustomerSettings.IMPORT_MAX_MB);
    }

    @ManagersAndAdmins
    public ImportResult importFile(ImportKind kind, Path file, String fileName, Progress progress) {
        try {
            // refused before parsing: the browser's own check can be bypassed
            if (java.nio.file.Files.size(file) > settings.getInt(CustomerSettings.IMPORT_MAX_MB) * 1024L * 1024L) {
                return failed(new ImportError(0, "", fileName == null ? "" : fileName, "import.error.too-large"));
            }
        } catch (java.io.IOException e) {
            return failed(new ImportError(0, "", fileName == null ? "" : fileName, "import.error.unreadable"));
        }
        ZoneId zone = CustomerSettings.importZone(settings);
        ImportCheck check = new ImportCheck(kind, zone, progress, writer, () -> IntakeRules.bounds(settings, clock));
        try {
            ImportFiles.read(file, fileName, check::row);
        } catch (ImportFiles.UnreadableFile e) {
            return failed(new ImportError(0, "", fileName == null ? "" : fileName, e.messageKey));
        }
        check.finish();
        if (check.errorCount > 0) {
            return new ImportResult(false, check.rows, 0, 0, List.copyOf(check.errors), check.errorCount);
        }
        long total = check.rows;
        String actor = actor();
        Instant now = clock.instant();
        IntakeWriter.Counts counts = tx.execute(status -> {
            ImportWrite write = new ImportWrite(kind, zone, now, actor, total, progress, writer,
                    () -> IntakeRules.bounds(settings, clock));
            try {
                ImportFiles.read(file, fileName, write::row);
            } catch (ImportFiles.UnreadableFile e) {
                throw new IllegalStateException("File became unreadable between check and write", e);
            }
            IntakeWriter.Counts c = write.flush();
            audit.record(kind == ImportKind.CUSTOMERS ? "CUSTOMERS_IMPORTED" : "ORDERS_IMPORTED", "Import", null,
                    AuditDetails.of("audit.detail.imported", fileName, total, c.inserted(), c.updated()));
            return c;
        });
        return new ImportResult(true, total, counts.inserted(), counts.updated(), List.of(), 0);
    }

    private static ImportResult failed(ImportError error) {
        return new ImportResult(false, 0, 0, 0, List.of(error), 1);
    }

    private static String actor() {
        return Actors.current();
    }
}
