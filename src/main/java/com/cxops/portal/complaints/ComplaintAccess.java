package com.cxops.portal.complaints;

import com.cxops.portal.base.Role;

import java.util.Set;

/**
 * Who may do what with a complaint (issue 4 "Access"): agents act on complaints of their teams that are assigned
 * to them or unassigned (and on complaints without a team, the general pool); team leads and managers act on all;
 * executives read all and acknowledge major ones; VIP managers read complaints of their customers (or that they
 * watch) and add notes to them.
 */
public final class ComplaintAccess {

    /** The person asking, with the facts the rules need. */
    public record Viewer(Long staffId, String username, Set<String> roles, Set<Long> teamIds, boolean lead) {

        public boolean has(Role role) {
            return roles.contains(role.name());
        }

        /** Team leads and managers act on every complaint. */
        public boolean supervisor() {
            return has(Role.MANAGER) || lead;
        }
    }

    private ComplaintAccess() {
    }

    public static boolean canRead(Viewer v, Complaint c, Long customerManagerId) {
        if (v.supervisor() || v.has(Role.EXECUTIVE)) {
            return true;
        }
        if (v.has(Role.AGENT) && (isMine(v, c) || c.getTeamId() == null || v.teamIds().contains(c.getTeamId()))) {
            return true;
        }
        return isVipManagerOf(v, c, customerManagerId);
    }

    /** Work the complaint: change status, details, tier, compensation, root-cause analysis. */
    public static boolean canWork(Viewer v, Complaint c) {
        if (v.supervisor()) {
            return true;
        }
        return v.has(Role.AGENT) && (isMine(v, c) || (c.getAssigneeId() == null && inTeamPool(v, c)));
    }

    public static boolean canNote(Viewer v, Complaint c, Long customerManagerId) {
        return canWork(v, c) || isVipManagerOf(v, c, customerManagerId);
    }

    public static boolean canTake(Viewer v, Complaint c) {
        return (v.has(Role.AGENT) && inTeamPool(v, c)) || v.supervisor();
    }

    public static boolean canAssign(Viewer v) {
        return v.supervisor();
    }

    public static boolean canAcknowledgeAsExecutive(Viewer v, Complaint c) {
        return v.has(Role.EXECUTIVE) && c.getTier() == Tier.MAJOR;
    }

    private static boolean isMine(Viewer v, Complaint c) {
        return v.staffId() != null && v.staffId().equals(c.getAssigneeId());
    }

    private static boolean inTeamPool(Viewer v, Complaint c) {
        return c.getTeamId() == null || v.teamIds().contains(c.getTeamId());
    }

    private static boolean isVipManagerOf(Viewer v, Complaint c, Long customerManagerId) {
        return v.has(Role.VIP_MANAGER) && v.staffId() != null
                && (v.staffId().equals(customerManagerId) || c.getWatcherIds().contains(v.staffId()));
    }
}
