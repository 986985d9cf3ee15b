package com.cxops.portal.customers;

import java.util.LinkedHashMap;
import java.util.Map;

/** Validation of customers and orders from the shop, the same for the file import and the API. Field → message key. */
final class IntakeRules {

    private IntakeRules() {
    }

    static Map<String, String> check(CustomerData c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CustomerRules.isExternalId(c.externalId())) {
            errors.put("externalId", "import.error.external-id");
        }
        if (!CustomerRules.isName(c.name())) {
            errors.put("name", "customer.error.name");
        }
        if (!CustomerRules.isEmailOrEmpty(c.email())) {
            errors.put("email", "customer.error.email");
        }
        if (!CustomerRules.isPhoneOrEmpty(c.phone())) {
            errors.put("phone", "customer.error.phone");
        }
        return errors;
    }

    static Map<String, String> check(OrderData o) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CustomerRules.isExternalId(o.externalId())) {
            errors.put("externalId", "import.error.external-id");
        }
        if (!CustomerRules.isExternalId(o.customerExternalId())) {
            errors.put("customerExternalId", "import.error.external-id");
        }
        if (o.placedAt() == null) {
            errors.put("placedAt", "import.error.date-time");
        }
        if (o.amount() == null) {
            errors.put("amount", "import.error.amount");
        } else if (o.amount().signum() < 0) {
            errors.put("amount", "import.error.amount-negative");
        } else if (!CustomerRules.isAmount(o.amount())) {
            errors.put("amount", "import.error.amount");
        }
        if (!CustomerRules.isCurrency(o.currency())) {
            errors.put("currency", "import.error.currency");
        }
        if (o.status() == null) {
            errors.put("status", "import.error.status");
        }
        if (o.category() != null && o.category().length() > CustomerRules.CATEGORY_MAX) {
            errors.put("category", "error.too-long");
        }
        return errors;
    }
}
