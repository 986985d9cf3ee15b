package com.cxops.portal.sla;

import com.cxops.portal.customers.CustomerLayer;

import java.util.Optional;

/**
 * Whom a policy applies to within its tier: everyone, one customer layer, or VIP customers. Stored as text:
 * "ALL", "VIP", "LAYER:AT_RISK". For one complaint the VIP policy is the most specific, then the layer, then ALL.
 */
public record PolicyScope(String code) {

    public static final PolicyScope ALL = new PolicyScope("ALL");
    public static final PolicyScope VIP = new PolicyScope("VIP");
    private static final String LAYER_PREFIX = "LAYER:";

    public static PolicyScope layer(CustomerLayer layer) {
        return new PolicyScope(LAYER_PREFIX + layer.name());
    }

    /** Parses a stored or submitted code; empty when it is not one of the known scopes. */
    public static Optional<PolicyScope> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.equals(ALL.code) || code.equals(VIP.code)) {
            return Optional.of(new PolicyScope(code));
        }
        if (code.startsWith(LAYER_PREFIX)) {
            String layer = code.substring(LAYER_PREFIX.length());
            for (CustomerLayer l : CustomerLayer.values()) {
                if (l.name().equals(layer)) {
                    return Optional.of(new PolicyScope(code));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> layer() {
        return code.startsWith(LAYER_PREFIX) ? Optional.of(code.substring(LAYER_PREFIX.length())) : Optional.empty();
    }

    public String messageKey() {
        return layer().map(l -> "sla.scope.LAYER." + l).orElse("sla.scope." + code);
    }
}
