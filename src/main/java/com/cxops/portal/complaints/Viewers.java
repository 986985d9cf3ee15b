package com.cxops.portal.complaints;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link ComplaintAccess.Viewer} of the current request from the security context and the teams. The
 * staff id, the teams and "leads a team" come from one query (every complaint read asks, so it is one round trip,
 * not three), and are read fresh each time: a change of team shows in the very next request.
 */
@Component
class Viewers {

    private static final String FACTS = "SELECT s.id, tm.team_id, (SELECT COUNT(*) FROM team t WHERE t.lead_id = s.id) "
            + "FROM staff_member s LEFT JOIN team_member tm ON tm.staff_id = s.id WHERE s.username = ?";

    private final JdbcTemplate jdbc;

    Viewers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ComplaintAccess.Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("not logged in");
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        Long[] id = {null};
        boolean[] lead = {false};
        Set<Long> teamIds = new HashSet<>();
        jdbc.query(FACTS, rs -> {
            id[0] = rs.getLong(1);
            long team = rs.getLong(2);
            if (!rs.wasNull()) {
                teamIds.add(team);
            }
            lead[0] = rs.getLong(3) > 0;
        }, auth.getName());
        return new ComplaintAccess.Viewer(id[0], auth.getName(), roles, teamIds, lead[0]);
    }
}
