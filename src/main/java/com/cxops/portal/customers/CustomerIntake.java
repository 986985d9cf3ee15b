package com.cxops.portal.customers;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.IntegrationOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customers and orders pushed by the shop through the API: the same checks as the file import; all items of a call
 * are checked first and either all are upserted or none (errors are keyed "[index].field"). External ids are
 * case-sensitive ("c1" and "C1" are two customers), on H2 and on MariaDB/MySQL alike (binary collation, V14_0).
 */
@Service
@Transactional
public class CustomerIntake {

    @io.swagger.v3.oas.annotations.media.Schema(name = "UpsertResult")
    public record Received(int received, int inserted, int updated) {
    }

    private final IntakeWriter writer;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    public CustomerIntake(IntakeWriter writer, SettingsService settings, AuditTrail audit, Clock clock) {
        this.writer = writer;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @IntegrationOnly
    public Received receiveCustomers(List<CustomerData> items) {
        checkSize(items);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object[]> arguments = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        IntakeRules.Bounds bounds = IntakeRules.bounds(settings, clock);
        for (int i = 0; i < items.size(); i++) {
            CustomerData c = items.get(i);
            String at = "[" + i + "].";
            IntakeRules.check(c, bounds).forEach((field, key) -> {
                errors.put(at + field, key);
                arguments.put(at + field, IntakeRules.arguments(field, key).toArray());
            });
            if (c.externalId() != null && !ids.add(c.externalId())) {
                errors.putIfAbsent(at + "externalId", "import.error.duplicate-id");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, arguments);
        }
        IntakeWriter.Counts counts = new IntakeWriter.Counts(0, 0);
        for (int from = 0; from < items.size(); from += CustomerImport.BATCH) {
            counts = counts.plus(writer.upsertCustomers(items.subList(from, Math.min(items.size(), from + CustomerImport.BATCH)),
                    clock.instant(), actor()));
        }
        audit.record("CUSTOMERS_RECEIVED", "Customer", null, AuditDetails.of("audit.detail.received", items.size(), counts.inserted(), counts.updated()));
        return new Received(items.size(), counts.inserted(), counts.updated());
    }

    @IntegrationOnly
    public Received receiveOrders(List<OrderData> items) {
        checkSize(items);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object[]> arguments = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Map<String, Long> known = writer.customerIds(items.stream().map(OrderData::customerExternalId)
                .filter(CustomerRules::isExternalId).distinct().toList());
        IntakeRules.Bounds bounds = IntakeRules.bounds(settings, clock);
        for (int i = 0; i < items.size(); i++) {
            OrderData o = items.get(i);
            String at = "[" + i + "].";
            IntakeRules.check(o, bounds).forEach((field, key) -> {
                errors.put(at + field, key);
                arguments.put(at + field, IntakeRules.arguments(field, key).toArray());
            });
            if (o.externalId() != null && !ids.add(o.externalId())) {
                errors.putIfAbsent(at + "externalId", "import.error.duplicate-id");
            }
            if (CustomerRules.isExternalId(o.customerExternalId()) && !known.containsKey(o.customerExternalId())) {
                errors.putIfAbsent(at + "customerExternalId", "import.error.unknown-customer");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, arguments);
        }
        IntakeWriter.Counts counts = new IntakeWriter.Counts(0, 0);
        for (int from = 0; from < items.size(); from += CustomerImport.BATCH) {
            counts = counts.plus(writer.upsertOrders(items.subList(from, Math.min(items.size(), from + CustomerImport.BATCH)),
                    clock.instant(), actor()));
        }
        audit.record("ORDERS_RECEIVED", "CustomerOrder", null, AuditDetails.of("audit.detail.received", items.size(), counts.inserted(), counts.updated()));
        return new Received(items.size(), counts.inserted(), counts.updated());
    }

    private void checkSize(List<?> items) {
        if (items.isEmpty()) {
            throw InvalidInputException.of("", "api.error.empty");
        }
        if (items.size() > settings.getInt(CustomerSettings.API_MAX_ITEMS)) {
            throw InvalidInputException.of("", "api.error.too-many");
        }
    }

    private static String actor() {
        return Actors.current();
    }
}
