package com.cxops.portal.customers;

import java.util.List;

/**
 * The layer the rules gave, why (a message key with its parameters), and whether the customer is high-net-worth
 * by the rules (a VIP stays a VIP while their lifecycle layer warns, e.g. AT_RISK).
 */
public record LayerDecision(CustomerLayer layer, String reasonKey, List<String> reasonParams, boolean highNetWorth) {

    /** Stored form of the reason: the message key, then its parameters, separated by '|'. */
    public String encodedReason() {
        return reasonParams.isEmpty() ? reasonKey : reasonKey + "|" + String.join("|", reasonParams);
    }

    /** The message key and parameters of a stored reason (see {@link #encodedReason()}). */
    public static List<String> decodeReason(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return List.of();
        }
        return List.of(encoded.split("\\|", -1));
    }
}
