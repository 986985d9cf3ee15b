package com.cxops.portal.customers;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.ManagersAndAdmins;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.customers.ImportColumns.BadCell;
import com.cxops.portal.customers.ImportColumns.Column;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports customers or orders from a CSV or XLSX file in two passes over the file: first every row is checked
 * (nothing is written if any row is wrong; the person gets a report of row, column, value and message), then the
 * rows are upserted by external id in batches, all in one transaction, so a failure leaves nothing half-written.
 * Memory stays bounded: rows are streamed, only the external ids seen are kept (to find duplicates in the file).
 */
@Service
public class CustomerImport {

    static final int BATCH = 500;
    /** The report lists this many errors; the count covers them all. */
    static final int MAX_REPORTED = 1000;

    public record ImportError(long row, String column, String value, String messageKey) {
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
        Check check = new Check(kind, zone, progress);
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
            Write write = new Write(kind, zone, now, actor, total, progress);
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

    /** The parsed header: which file column holds which field, and the header text to name it in the report. */
    private static final class Header {
        final Map<Column, Integer> index = new EnumMap<>(Column.class);
        final Map<String, String> names = new LinkedHashMap<>();

        String nameOf(String field) {
            return names.getOrDefault(field, field);
        }
    }

    private static Header header(ImportKind kind, List<String> cells) {
        Header h = new Header();
        ImportColumns.Kind k = kind == ImportKind.CUSTOMERS ? ImportColumns.Kind.CUSTOMERS : ImportColumns.Kind.ORDERS;
        for (int i = 0; i < cells.size(); i++) {
            int col = i;
            ImportColumns.column(k, cells.get(i)).ifPresent(c -> {
                if (!h.index.containsKey(c)) {
                    h.index.put(c, col);
                    h.names.put(c.field(), cells.get(col).trim());
                }
            });
        }
        return h;
    }

    /** One data row parsed into typed data plus the cell errors found while parsing. */
    private record Parsed(Object data, Map<String, String> errors, Map<String, String> values) {
    }

    private static Parsed parse(ImportKind kind, Header h, List<String> cells, ZoneId zone, IntakeRules.Bounds bounds) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<Column, Object> typed = new EnumMap<>(Column.class);
        h.index.forEach((column, i) -> {
            String raw = i < cells.size() ? cells.get(i) : "";
            if (raw != null && raw.startsWith(ImportFiles.INEXACT_NUMBER)) {
                values.put(column.field(), raw.substring(ImportFiles.INEXACT_NUMBER.length()));
                errors.put(column.field(), "import.error.inexact-number");
                return;
            }
            values.put(column.field(), raw);
            if (raw == null || raw.isBlank()) {
                return;
            }
            try {
                typed.put(column, switch (column) {
                    case C_REGISTERED_AT, O_PLACED_AT -> ImportColumns.instant(raw, zone);
                    case C_BIRTHDAY, C_ANNIVERSARY -> ImportColumns.date(raw);
                    case C_MEMBERSHIP -> ImportColumns.membership(raw);
                    case C_SURVEY_OPT_OUT -> ImportColumns.yesNo(raw);
                    case O_AMOUNT -> ImportColumns.amount(raw);
                    case O_STATUS -> ImportColumns.status(raw);
                    // text is stored as text: "=HYPERLINK(…)" in a name is a name, never a formula
                    default -> raw.trim();
                });
            } catch (BadCell e) {
                errors.put(column.field(), e.messageKey);
            }
        });
        Object data;
        if (kind == ImportKind.CUSTOMERS) {
            CustomerData c = new CustomerData((String) typed.get(Column.C_EXTERNAL_ID), (String) typed.get(Column.C_NAME),
                    (String) typed.get(Column.C_EMAIL), (String) typed.get(Column.C_PHONE), (Instant) typed.get(Column.C_REGISTERED_AT),
                    (java.time.LocalDate) typed.get(Column.C_BIRTHDAY), (java.time.LocalDate) typed.get(Column.C_ANNIVERSARY),
                    (MembershipLevel) typed.get(Column.C_MEMBERSHIP), (Boolean) typed.get(Column.C_SURVEY_OPT_OUT));
            IntakeRules.check(c, bounds).forEach(errors::putIfAbsent);
            data = c;
        } else {
            String currency = (String) typed.get(Column.O_CURRENCY);
            OrderData o = new OrderData((String) typed.get(Column.O_EXTERNAL_ID), (String) typed.get(Column.O_CUSTOMER),
                    (Instant) typed.get(Column.O_PLACED_AT), (java.math.BigDecimal) typed.get(Column.O_AMOUNT),
                    currency == null ? null : currency.toUpperCase(java.util.Locale.ROOT), (OrderStatus) typed.get(Column.O_STATUS),
                    (String) typed.get(Column.O_CATEGORY));
            IntakeRules.check(o, bounds).forEach(errors::putIfAbsent);
            data = o;
        }
        return new Parsed(data, errors, values);
    }

    /** First pass: checks every row; keeps only ids (duplicates) and at most {@value #MAX_REPORTED} errors. */
    private final class Check {
        final ImportKind kind;
        final ZoneId zone;
        final Progress progress;
        Header header;
        long rows;
        long errorCount;
        final List<ImportError> errors = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final Map<Long, String> pendingCustomers = new LinkedHashMap<>();

        Check(ImportKind kind, ZoneId zone, Progress progress) {
            this.kind = kind;
            this.zone = zone;
            this.progress = progress;
        }

        void error(long row, String field, String value, String key) {
            errorCount++;
            if (errors.size() < MAX_REPORTED) {
                errors.add(new ImportError(row, header == null ? field : header.nameOf(field), value == null ? "" : value, key));
            }
        }

        void row(long number, List<String> cells) {
            if (header == null) {
                header = header(kind, cells);
                for (Column c : Column.values()) {
                    if (c.required && c.kind.name().equals(kind.name()) && !header.index.containsKey(c)) {
                        error(number, c.names.getFirst() + " / " + c.names.getLast(), "", "import.error.missing-column");
                    }
                }
                return;
            }
            if (errorCount > 0 && header.index.isEmpty()) {
                return;
            }
            rows++;
            if (missingColumns()) {
                return;
            }
            Parsed p = parse(kind, header, cells, zone, IntakeRules.bounds(settings, clock));
            p.errors().forEach((field, key) -> error(number, field, p.values().get(field), key));
            String id = p.data() instanceof CustomerData c ? c.externalId() : ((OrderData) p.data()).externalId();
            if (id != null && !p.errors().containsKey("externalId") && !ids.add(id)) {
                error(number, "externalId", id, "import.error.duplicate-id");
            }
            if (p.data() instanceof OrderData o && o.customerExternalId() != null && !p.errors().containsKey("customerExternalId")) {
                pendingCustomers.put(number, o.customerExternalId());
                if (pendingCustomers.size() >= BATCH) {
                    checkCustomers();
                }
            }
            if (rows % BATCH == 0) {
                progress.update("import.phase.checking", rows, 0);
            }
        }

        private boolean missingColumns() {
            return errors.stream().anyMatch(e -> e.messageKey().equals("import.error.missing-column"));
        }

        /** Orders must belong to customers the portal knows. */
        private void checkCustomers() {
            if (pendingCustomers.isEmpty()) {
                return;
            }
            Map<String, Long> known = writer.customerIds(new HashSet<>(pendingCustomers.values()));
            pendingCustomers.forEach((row, customer) -> {
                if (!known.containsKey(customer)) {
                    error(row, "customerExternalId", customer, "import.error.unknown-customer");
                }
            });
            pendingCustomers.clear();
        }

        void finish() {
            if (header == null) {
                error(0, "", "", "import.error.empty");
                return;
            }
            checkCustomers();
            if (rows == 0 && errorCount == 0) {
                error(1, "", "", "import.error.no-rows");
            }
            errors.sort(java.util.Comparator.comparingLong(ImportError::row));
        }
    }

    /** Second pass: upserts the (now known good) rows in batches. */
    private final class Write {
        final ImportKind kind;
        final ZoneId zone;
        final Instant now;
        final String actor;
        final long total;
        final Progress progress;
        Header header;
        long done;
        IntakeWriter.Counts counts = new IntakeWriter.Counts(0, 0);
        final List<Object> batch = new ArrayList<>();

        Write(ImportKind kind, ZoneId zone, Instant now, String actor, long total, Progress progress) {
            this.kind = kind;
            this.zone = zone;
            this.now = now;
            this.actor = actor;
            this.total = total;
            this.progress = progress;
        }

        void row(long number, List<String> cells) {
            if (header == null) {
                header = header(kind, cells);
                return;
            }
            batch.add(parse(kind, header, cells, zone, IntakeRules.bounds(settings, clock)).data());
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @SuppressWarnings("unchecked")
        IntakeWriter.Counts flush() {
            if (!batch.isEmpty()) {
                counts = counts.plus(kind == ImportKind.CUSTOMERS
                        ? writer.upsertCustomers((List<CustomerData>) (List<?>) batch, now, actor)
                        : writer.upsertOrders((List<OrderData>) (List<?>) batch, now, actor));
                done += batch.size();
                batch.clear();
                progress.update("import.phase.writing", done, total);
            }
            return counts;
        }
    }

    private static String actor() {
        return Actors.current();
    }
}
