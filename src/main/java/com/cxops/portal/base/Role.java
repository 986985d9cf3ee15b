package com.cxops.portal.base;

/** Staff roles (DOMAIN.md "People who use it"). A person can have several. */
public enum Role {
    AGENT, VIP_MANAGER, MANAGER, EXECUTIVE, ADMIN;

    /** Compile-time names, for {@code @RolesAllowed} and the meta-annotations in {@code base.access}. */
    public static final class Names {
        public static final String AGENT = "AGENT";
        public static final String VIP_MANAGER = "VIP_MANAGER";
        public static final String MANAGER = "MANAGER";
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String ADMIN = "ADMIN";
        /** Not a staff role: another system calling the API with a key. */
        public static final String INTEGRATION = "INTEGRATION";
        /** Not a staff role: the scheduled jobs (SLA monitor and others) acting for nobody. */
        public static final String SYSTEM = "SYSTEM";

        private Names() {
        }
    }

    public String messageKey() {
        return "role." + name();
    }
}
