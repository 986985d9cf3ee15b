package com.cxops.portal.complaints;

import com.cxops.portal.base.StaffDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link ComplaintAccess.Viewer} of the current request from the security context and the teams. */
@Component
class Viewers {

    private final StaffDirectory staff;
    private final TeamRepository teams;

    Viewers(StaffDirectory staff, TeamRepository teams) {
        this.staff = staff;
        this.teams = teams;
    }

    ComplaintAccess.Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("not logged in");
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        Long id = staff.find(auth.getName()).map(StaffDirectory.StaffContact::id).orElse(null);
        Set<Long> teamIds = id == null ? Set.of() : new HashSet<>(teams.teamIdsOf(id));
        boolean lead = id != null && teams.existsByLeadId(id);
        return new ComplaintAccess.Viewer(id, auth.getName(), roles, teamIds, lead);
    }
}
