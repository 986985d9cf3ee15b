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

    /** Enabled staff with this role, by name. */
    List<StaffContact> withRole(Role role);
}
