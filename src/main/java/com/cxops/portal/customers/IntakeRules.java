package com.cxops.portal.customers;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.TextRules;
import com.cxops.portal.base.settings.SettingsService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation of customers and orders from the shop, the same for the file import and the API. Field → message key.
 * Dates must be plausible (bounds are settings): one wrong year (an order "placed" in 2206) would otherwise skew
 * layers, RFM and every report that counts it.
 */
final class IntakeRules {

    /** The plausible ranges, read once per call or import. */
    record Bounds(Instant earliestOrder, Instant latestOrder, LocalDate earliestBirthday, LocalDate today, Instant now) {
    }

    private IntakeRules() {
    }

    static Bounds bounds(SettingsService settings, Clock clock) {
        Instant now = clock.instant();
        return new Bounds(LocalDate.of(settings.getInt(CustomerSettings.EARLIEST_ORDER_YEAR), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                now.plus(Duration.ofHours(settings.getInt(CustomerSettings.FUTURE_ORDER_HOURS))),
                LocalDate.of(settings.getInt(CustomerSettings.EARLIEST_BIRTH_YEAR), 1, 1),
                // the latest calendar day anywhere: a birthday "today" in Auckland is still fine
                LocalDate.ofInstant(now, ZoneOffset.ofHours(14)), now);
    }

    static Map<String, String> check(CustomerData c, Bounds b) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CustomerRules.isExternalId(c.externalId())) {
            errors.put("externalId", "import.error.external-id");
        }
        String name = TextRules.checkRequired(c.name(), "customer.error.name");
        if (name != null) {
            errors.put("name", name);
        } else if (c.name().length() > CustomerRules.NAME_MAX) {
            errors.put("name", InvalidInputException.TOO_LONG);
        }
        if (!CustomerRules.isEmailOrEmpty(c.email())) {
            errors.put("email", "customer.error.email");
        }
        if (!CustomerRules.isPhoneOrEmpty(c.phone())) {
            errors.put("phone", "customer.error.phone");
        }
        if (c.registeredAt() != null && (c.registeredAt().isBefore(b.earliestOrder()) || c.registeredAt().isAfter(b.latestOrder()))) {
            errors.put("registeredAt", "import.error.placed-at-range");
        }
        checkDate(c.birthday(), "birthday", b, errors);
        checkDate(c.anniversary(), "anniversary", b, errors);
        return errors;
    }

    private static void checkDate(LocalDate d, String field, Bounds b, Map<String, String> errors) {
        if (d != null && (d.isBefore(b.earliestBirthday()) || d.isAfter(b.today()))) {
            errors.put(field, "import.error.date-range");
        }
    }

    static Map<String, String> check(OrderData o, Bounds b) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CustomerRules.isExternalId(o.externalId())) {
            errors.put("externalId", "import.error.external-id");
        }
        if (!CustomerRules.isExternalId(o.customerExternalId())) {
            errors.put("customerExternalId", "import.error.external-id");
        }
        if (o.placedAt() == null) {
            errors.put("placedAt", "import.error.date-time");
        } else if (o.placedAt().isBefore(b.earliestOrder()) || o.placedAt().isAfter(b.latestOrder())) {
            errors.put("placedAt", "import.error.placed-at-range");
        }
        if (o.amount() == null) {
            errors.put("amount", "import.error.amount");
        } else if (o.amount().signum() < 0) {
            errors.put("amount", "import.error.amount-negative");
        } else if (!CustomerRules.isAmount(o.amount())) {
            // never rounded: 12.345 or 10^17 do not fit DECIMAL(19,2) exactly
            errors.put("amount", "import.error.amount-precision");
        }
        if (!CustomerRules.isCurrency(o.currency())) {
            errors.put("currency", "import.error.currency");
        }
        if (o.status() == null) {
            errors.put("status", "import.error.status");
        }
        if (o.category() != null && o.category().length() > CustomerRules.CATEGORY_MAX) {
            errors.put("category", InvalidInputException.TOO_LONG);
        } else if (TextRules.hasBrokenCharacters(o.category(), false)) {
            errors.put("category", "error.text.control");
        }
        return errors;
    }

    /** The limits the fields' {@link InvalidInputException#TOO_LONG} names: the same constants as the customer form's. */
    private static final Map<String, Integer> LIMITS = Map.of("name", CustomerRules.NAME_MAX, "category", CustomerRules.CATEGORY_MAX);

    /** The arguments of a field's message from {@link #check}: the limit of a value too long, none otherwise. */
    static List<Object> arguments(String field, String key) {
        Integer limit = InvalidInputException.TOO_LONG.equals(key) ? LIMITS.get(field) : null;
        return limit == null ? List.of() : List.of(limit);
    }
}
