package com.cxops.portal.base;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting in this thread, as the audit trail and the "changed by" columns record it: the signed-in person's
 * username, an integration's "api:" name, or {@value #SYSTEM} for scheduled jobs, start-up work and anyone not signed in.
 * The one place services ask; the UI asks {@link CurrentUser}.
 */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
