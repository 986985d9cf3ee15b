package com.cxops.portal.base;

import java.util.List;
import java.util.Optional;

/**
 * Read-only facts about staff that features need (who to notify, in which language, at which address).
 * Implemented by the security capability; declared here so features need not depend on it.
 */
public interface StaffDirectory {

    record StaffContact(long id, String username, String displayName, String email, String language, String timeZone,
                        java.util.Set<Role> roles, boolean enabled) {
    }

    Optional<StaffContact> find(String username);

    Optional<StaffContact> find(long id);

    /** The name to show for a username, or the username itself when nobody has it; cached briefly, for pages and grids. */
    String displayName(String username);

    /** The name to show for a staff id, cached briefly. */
    Optional<String> displayName(long id);

    /**
     * The staff id of a username (empty for a name that is nobody's, such as an API client), cached briefly like
     * {@link #displayName(String)}: features ask it on every request.
     */
    Optional<Long> idOf(String username);

    /** Enabled staff with this role, by name. */
    List<StaffContact> withRole(Role role);
}
