package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.base.access.ComplaintWorkers;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;


/** Who works a complaint: an agent takes one, a team lead or manager assigns one or many, and who may be assigned. */
@Service
@Transactional
public class ComplaintAssignmentService {

    private final ComplaintStore store;
    private final ComplaintRepository complaints;
    private final TeamRepository teams;
    private final StaffDirectory staff;
    private final Notifier notifier;
    private final AuditTrail audit;

    ComplaintAssignmentService(ComplaintStore store, ComplaintRepository complaints, TeamRepository teams, StaffDirectory staff,
                               Notifier notifier, AuditTrail audit) {
        this.store = store;
        this.complaints = complaints;
        this.teams = teams;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
    }

    /** Whether the caller assigns complaints (team leads and managers), for showing the bulk-assign action. */
    @ComplaintReaders
    @Transactional(readOnly = true)
    public boolean canAssign() {
        return ComplaintAccess.canAssign(store.viewer());
    }

    /** The staff a complaint can be assigned to: agents, then managers who are not also agents. */
    @ComplaintReaders
    @Transactional(readOnly = true)
    public List<StaffDirectory.StaffContact> assignableStaff() {
        List<StaffDirectory.StaffContact> workers = new ArrayList<>(staff.withRole(Role.AGENT));
        staff.withRole(Role.MANAGER).stream().filter(m -> workers.stream().noneMatch(w -> w.id() == m.id())).forEach(workers::add);
        return workers;
    }

    /** An agent takes an unassigned complaint; of two agents taking at once, one wins and the other is told who. */
    @ComplaintWorkers
    public Complaint take(long id) {
        Complaint c = store.load(id);
        ComplaintAccess.Viewer v = store.viewer();
        if (!ComplaintAccess.canTake(v, c) || v.staffId() == null) {
            throw new AccessDeniedException("not in the team of complaint " + id);
        }
        Instant now = store.now();
        if (complaints.takeIfUnassigned(id, v.staffId(), now, v.username()) == 0) {
            throw store.conflict(id);
        }
        Complaint taken = store.load(id);
        store.log(taken, now, v.username(), TimelineKind.ASSIGNMENT, false, null, v.username(), null);
        audit.record("COMPLAINT_TAKEN", "Complaint", id, AuditDetails.of("audit.detail.by", AuditDetails.person(v.username())));
        return taken;
    }

    /** A team lead or manager assigns (or, with null, unassigns) a complaint, optionally moving it to a team. */
    @ComplaintWorkers
    public Complaint assign(long id, Long staffId, Long teamId, long version) {
        store.requireAssigner();
        Complaint c = store.load(id);
        ConcurrentEditException.check(c, version);
        return doAssign(c, staffId, teamId);
    }

    /** Assigns many complaints at once (from the queue); returns how many changed. */
    @ComplaintWorkers
    public int bulkAssign(Collection<Long> ids, Long staffId, Long teamId) {
        store.requireAssigner();
        int changed = 0;
        for (Long id : ids) {
            Complaint c = store.load(id);
            if (!Objects.equals(c.getAssigneeId(), staffId) || (teamId != null && !teamId.equals(c.getTeamId()))) {
                doAssign(c, staffId, teamId);
                changed++;
            }
        }
        return changed;
    }

    private Complaint doAssign(Complaint c, Long staffId, Long teamId) {
        StaffDirectory.StaffContact assignee = null;
        if (staffId != null) {
            assignee = staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                    .orElseThrow(() -> InvalidInputException.of("assignee", "complaint.error.assignee"));
        }
        if (teamId != null && !teams.existsById(teamId)) {
            throw InvalidInputException.of("team", "complaint.error.team");
        }
        Instant now = store.now();
        String actor = ComplaintStore.actor();
        String from = c.getAssigneeId() == null ? null : staff.find(c.getAssigneeId()).map(StaffDirectory.StaffContact::username).orElse(null);
        c.setAssigneeId(staffId);
        if (teamId != null) {
            c.setTeamId(teamId);
        }
        c.touch(now, actor);
        store.log(c, now, actor, TimelineKind.ASSIGNMENT, false, from, assignee == null ? null : assignee.username(), null);
        Complaint saved = store.save(c);
        audit.record("COMPLAINT_ASSIGNED", "Complaint", c.getId(), teamId == null
                ? AuditDetails.of("audit.detail.changed", AuditDetails.person(from), AuditDetails.person(assignee == null ? null : assignee.username()))
                : AuditDetails.of("audit.detail.assigned-team", AuditDetails.person(from), AuditDetails.person(assignee == null ? null : assignee.username()), String.valueOf(teamId)));
        if (assignee != null && !assignee.username().equals(actor)) {
            notifier.notify(assignee.username(), "COMPLAINT_ASSIGNED", "notification.complaint-assigned",
                    List.of(c.getNumber(), c.getSubject()), "complaints/" + c.getId());
        }
        return saved;
    }
}
