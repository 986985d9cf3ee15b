package com.cxops.portal.base;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The staff member behind the current request, as the shell and every feature need them. Implemented by the
 * security capability, so that base (and the features) do not depend on it.
 */
public interface CurrentUser {

    Optional<Long> id();

    String username();

    String displayName();

    Set<String> roles();

    default boolean hasRole(String role) {
        return roles().contains(role);
    }

    ZoneId zone();

    Locale locale();

    /** Remembers the person's language for their next login. */
    void changeLanguage(Locale locale);

    void logout();
}
