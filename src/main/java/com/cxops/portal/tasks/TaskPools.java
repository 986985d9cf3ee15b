package com.cxops.portal.tasks;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.complaints.TeamAuditWords;

/**
 * Pool codes: the shared concierge pool, and one pool per complaint team ("TEAM:7") for other tasks.
 * A task in a pool has no owner until someone claims it.
 */
public final class TaskPools {

    public static final String CONCIERGE = "CONCIERGE";
    static final String TEAM_PREFIX = "TEAM:";

    private TaskPools() {
    }

    public static String team(long teamId) {
        return TEAM_PREFIX + teamId;
    }

    /** The team id of a team pool, or null for the concierge pool. */
    public static Long teamId(String pool) {
        if (pool == null || !pool.startsWith(TEAM_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(pool.substring(TEAM_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static boolean isValid(String pool) {
        return CONCIERGE.equals(pool) || teamId(pool) != null;
    }

    /** A pool for the audit trail: the concierge pool by its words, a team pool by its words and the team's name. */
    static AuditDetails.Arg auditName(String pool) {
        Long team = teamId(pool);
        return team == null ? AuditDetails.label("tasks.pool." + CONCIERGE)
                : new AuditDetails.Nested(AuditDetails.of("tasks.pool.team", TeamAuditWords.team(team)));
    }
}
