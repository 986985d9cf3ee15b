package com.cxops.portal.base;

/** Staff roles (DOMAIN.md "People who use it"). A person can have several. */
public enum Role {
    AGENT, VIP_MANAGER, MANAGER, EXECUTIVE, ADMIN;

    /** Compile-time names, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String AGENT = "AGENT";
        public static final String VIP_MANAGER = "VIP_MANAGER";
        public static final String MANAGER = "MANAGER";
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    public String messageKey() {
        return "role." + name();
    }
}
