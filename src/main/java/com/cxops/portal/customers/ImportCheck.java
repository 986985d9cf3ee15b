package com.cxops.portal.customers;

import com.cxops.portal.customers.CustomerImport.ImportError;
import com.cxops.portal.customers.CustomerImport.Progress;
import com.cxops.portal.customers.ImportColumns.Column;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The import's first pass: checks every row; keeps only ids (duplicates) and at most
 * {@value CustomerImport#MAX_REPORTED} errors, so memory stays bounded.
 */
final class ImportCheck {
    final ImportKind kind;
    final ZoneId zone;
    final Progress progress;
    ImportRows.Header header;
    long rows;
    long errorCount;
    final List<ImportError> errors = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Map<Long, String> pendingCustomers = new LinkedHashMap<>();

    private final IntakeWriter writer;
    private final Supplier<IntakeRules.Bounds> bounds;

    /** {@code bounds} gives the limits a row is checked against (settings, today). */
    ImportCheck(ImportKind kind, ZoneId zone, Progress progress, IntakeWriter writer, Supplier<IntakeRules.Bounds> bounds) {
        this.kind = kind;
        this.zone = zone;
        this.progress = progress;
        this.writer = writer;
        this.bounds = bounds;
    }

    void error(long row, String field, String value, String key) {
        errorCount++;
        if (errors.size() < CustomerImport.MAX_REPORTED) {
            errors.add(new ImportError(row, header == null ? field : header.nameOf(field), value == null ? "" : value, key,
                    IntakeRules.arguments(field, key)));
        }
    }

    void row(long number, List<String> cells) {
        if (header == null) {
            header = ImportRows.header(kind, cells);
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
        ImportRows.Parsed p = ImportRows.parse(kind, header, cells, zone, bounds.get());
        p.errors().forEach((field, key) -> error(number, field, p.values().get(field), key));
        String id = p.data() instanceof CustomerData c ? c.externalId() : ((OrderData) p.data()).externalId();
        if (id != null && !p.errors().containsKey("externalId") && !ids.add(id)) {
            error(number, "externalId", id, "import.error.duplicate-id");
        }
        if (p.data() instanceof OrderData o && o.customerExternalId() != null && !p.errors().containsKey("customerExternalId")) {
            pendingCustomers.put(number, o.customerExternalId());
            if (pendingCustomers.size() >= CustomerImport.BATCH) {
                checkCustomers();
            }
        }
        if (rows % CustomerImport.BATCH == 0) {
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
        errors.sort(Comparator.comparingLong(ImportError::row));
    }
}
