package com.cxops.portal.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** The logged-in staff member. Equal by username (as {@link User} is), which the session registry relies on. */
public class StaffPrincipal extends User {

    private final long staffId;
    private final String displayName;

    StaffPrincipal(long staffId, String username, String passwordHash, boolean enabled, String displayName,
                   Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.staffId = staffId;
        this.displayName = displayName;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
