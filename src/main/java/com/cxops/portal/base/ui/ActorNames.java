package com.cxops.portal.base.ui;

import com.cxops.portal.base.StaffDirectory;

import java.util.function.BiFunction;

/**
 * Who did something, in words (UI.md: usernames never reach the screen): a staff member's display name; the system,
 * the demo data generator, a customer answering on the public survey link and an integration (signed in as "api:" and
 * its name) are named in the viewer's language. Used by the complaint page and the audit trail alike.
 */
public final class ActorNames {

    /** The actor of scheduled jobs and event handlers (AuditService.SYSTEM). */
    public static final String SYSTEM = "system";
    /** The actor the demo data records (ComplaintDemoData); no staff member has this name. */
    public static final String DEMO_DATA = "demo";
    /** The actor of what a customer did on the public survey page. */
    public static final String CUSTOMER = "customer";
    /** How an integration signed in with an API key is named (ApiKeyAuthenticationFilter). */
    public static final String INTEGRATION = "api:";

    private final StaffDirectory staff;

    public ActorNames(StaffDirectory staff) {
        this.staff = staff;
    }

    public String name(String username) {
        return name(username, staff, Toasts::translate);
    }

    /** The same words in a given language, for text written outside a page (the audit trail's stored English). */
    public static String name(String username, StaffDirectory staff, BiFunction<String, Object[], String> translate) {
        if (username == null) {
            return "";
        }
        return switch (username) {
            case SYSTEM -> translate.apply("complaint.system", new Object[0]);
            case DEMO_DATA -> translate.apply("complaint.actor.demo", new Object[0]);
            case CUSTOMER -> translate.apply("actor.customer", new Object[0]);
            default -> username.startsWith(INTEGRATION)
                    ? translate.apply("complaint.actor.integration", new Object[]{username.substring(INTEGRATION.length())})
                    : staff.displayName(username);
        };
    }
}
