package com.cxops.portal.customers;

import com.cxops.portal.customers.CustomerImport.Progress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The import's second pass: upserts the (now known good) rows in batches, inside the caller's transaction. */
final class ImportWrite {
    final ImportKind kind;
    final ZoneId zone;
    final Instant now;
    final String actor;
    final long total;
    final Progress progress;
    ImportRows.Header header;
    long done;
    IntakeWriter.Counts counts = new IntakeWriter.Counts(0, 0);
    final List<Object> batch = new ArrayList<>();

    private final IntakeWriter writer;
    private final Supplier<IntakeRules.Bounds> bounds;

    ImportWrite(ImportKind kind, ZoneId zone, Instant now, String actor, long total, Progress progress, IntakeWriter writer,
                Supplier<IntakeRules.Bounds> bounds) {
        this.writer = writer;
        this.bounds = bounds;
        this.kind = kind;
        this.zone = zone;
        this.now = now;
        this.actor = actor;
        this.total = total;
        this.progress = progress;
    }

    void row(long number, List<String> cells) {
        if (header == null) {
            header = ImportRows.header(kind, cells);
            return;
        }
        batch.add(ImportRows.parse(kind, header, cells, zone, bounds.get()).data());
        if (batch.size() >= CustomerImport.BATCH) {
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
