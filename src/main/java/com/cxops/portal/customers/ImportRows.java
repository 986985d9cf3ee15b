package com.cxops.portal.customers;

import com.cxops.portal.customers.ImportColumns.BadCell;
import com.cxops.portal.customers.ImportColumns.Column;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One file row of an import read into typed customer or order data, with the cell errors found on the way. */
final class ImportRows {

    private ImportRows() {
    }

    /** The parsed header: which file column holds which field, and the header text to name it in the report. */
    static final class Header {
        final Map<Column, Integer> index = new EnumMap<>(Column.class);
        final Map<String, String> names = new LinkedHashMap<>();

        String nameOf(String field) {
            return names.getOrDefault(field, field);
        }
    }

    static Header header(ImportKind kind, List<String> cells) {
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
    record Parsed(Object data, Map<String, String> errors, Map<String, String> values) {
    }

    static Parsed parse(ImportKind kind, Header h, List<String> cells, ZoneId zone, IntakeRules.Bounds bounds) {
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
}
