package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.base.access.ComplaintWorkers;
import jakarta.annotation.security.RolesAllowed;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.StaffDirectory;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Root-cause analysis of complaints (required for major ones before closing) and its corrective actions. */
@Service
@Transactional
@Validated
public class RootCauseService {

    private final ComplaintRepository complaints;
    private final RcaFindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final TimelineRepository timeline;
    private final Viewers viewers;
    private final CustomerFacts customers;
    private final StaffDirectory staff;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final Clock clock;

    RootCauseService(ComplaintRepository complaints, RcaFindingRepository findings, CorrectiveActionRepository actions,
                     TimelineRepository timeline, Viewers viewers, CustomerFacts customers, StaffDirectory staff,
                     Notifier notifier, AuditTrail audit, Clock clock) {
        this.complaints = complaints;
        this.findings = findings;
        this.actions = actions;
        this.timeline = timeline;
        this.viewers = viewers;
        this.customers = customers;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @ComplaintReaders
    @Transactional(readOnly = true)
    public List<RcaFinding> findings(long complaintId) {
        readable(complaintId);
        return findings.findByComplaintIdOrderByDimensionAscIdAsc(complaintId);
    }

    @ComplaintReaders
    @Transactional(readOnly = true)
    public List<CorrectiveAction> actions(long complaintId) {
        readable(complaintId);
        return actions.findByComplaintIdOrderByIdAsc(complaintId);
    }

    @ComplaintReaders
    @Transactional(readOnly = true)
    public boolean isComplete(long complaintId) {
        readable(complaintId);
        return RcaCompleteness.isComplete(findings.findByComplaintIdOrderByDimensionAscIdAsc(complaintId),
                actions.findByComplaintIdOrderByIdAsc(complaintId));
    }

    @ComplaintWorkers
    public RcaFinding addFinding(long complaintId, RcaDimension dimension, @Size(max = RcaFinding.FINDING_MAX) String finding) {
        Complaint c = workable(complaintId);
        ComplaintService.requireNotClosed(c);
        String text = ComplaintService.trim(finding);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(dimension == null, "dimension", "rca.error.dimension");
        errors.addIf(text.isEmpty(), "finding", "rca.error.finding");
        errors.throwIfAny();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        RcaFinding f = findings.save(new RcaFinding(c.getId(), dimension, text, now, actor()));
        timeline.save(new TimelineEntry(c.getId(), now, actor(), TimelineKind.RCA, false, null, dimension.name(), text));
        audit.record("RCA_FINDING_ADDED", "Complaint", c.getId(), AuditDetails.of("audit.detail.finding", AuditDetails.label("rca.dimension.", dimension), text));
        return f;
    }

    @ComplaintWorkers
    public CorrectiveAction addAction(long findingId, @Size(max = CorrectiveAction.WHAT_MAX) String what, Long ownerId, LocalDate dueDate) {
        RcaFinding f = findings.findById(findingId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ComplaintService.requireNotClosed(workable(f.getComplaintId()));
        String text = ComplaintService.trim(what);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(text.isEmpty(), "what", "rca.error.what");
        var owner = ownerId == null ? java.util.Optional.<StaffDirectory.StaffContact>empty() : staff.find(ownerId).filter(StaffDirectory.StaffContact::enabled);
        errors.addIf(owner.isEmpty(), "owner", "rca.error.owner");
        errors.addIf(dueDate == null, "dueDate", "rca.error.due");
        errors.throwIfAny();
        CorrectiveAction a = new CorrectiveAction(findingId, f.getComplaintId(), text, ownerId, dueDate);
        a.touch(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), actor());
        a = actions.saveAndFlush(a);
        audit.record("CORRECTIVE_ACTION_ADDED", "Complaint", f.getComplaintId(), AuditDetails.of("audit.detail.corrective-action", text, AuditDetails.person(owner.get().username()), dueDate));
        if (!owner.get().username().equals(actor())) {
            Complaint c = complaints.findById(f.getComplaintId()).orElseThrow();
            notifier.notify(owner.get().username(), "CORRECTIVE_ACTION_ASSIGNED", "notification.corrective-action",
                    List.of(c.getNumber(), text, dueDate.toString()), "corrective-actions");
        }
        return a;
    }

    /**
     * Removes a corrective action added by mistake (wrong finding, owner or text). Audited with what it said; refused
     * once the complaint is closed, since a closed major complaint's analysis is its record.
     */
    @ComplaintWorkers
    public void removeAction(long actionId) {
        CorrectiveAction a = actions.findById(actionId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ComplaintService.requireNotClosed(workable(a.getComplaintId()));
        actions.delete(a);
        actions.flush();
        audit.record("CORRECTIVE_ACTION_REMOVED", "Complaint", a.getComplaintId(), AuditDetails.of("audit.detail.corrective-action", a.getWhat(), AuditDetails.person(a.getOwnerId()), a.getDueDate()));
    }

    /** Tracks an action's progress; managers, executives, and the action's owner may do so. */
    @ComplaintReaders
    public CorrectiveAction setStatus(long actionId, ActionStatus status, long version) {
        CorrectiveAction a = actions.findById(actionId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ComplaintAccess.Viewer v = viewers.current();
        boolean owner = v.staffId() != null && v.staffId() == a.getOwnerId();
        if (!owner && !v.supervisor() && !v.has(com.cxops.portal.base.Role.EXECUTIVE)) {
            throw new AccessDeniedException("not the owner of action " + actionId);
        }
        ConcurrentEditException.check(a, version);
        if (status == null) {
            throw InvalidInputException.of("status", "rca.error.status");
        }
        ActionStatus before = a.getStatus();
        a.setStatus(status, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        a.touch(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), v.username());
        try {
            a = actions.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            CorrectiveAction current = actions.findById(actionId).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        audit.record("CORRECTIVE_ACTION_STATUS", "CorrectiveAction", actionId, AuditDetails.of("audit.detail.changed", AuditDetails.label("action.status.", before), AuditDetails.label("action.status.", status)));
        return a;
    }

    /** All corrective actions, overdue ones first (not done and past their due date in {@code zone}). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
    @Transactional(readOnly = true)
    public Slice<ActionRow> overdueFirst(boolean openOnly, ZoneId zone, Pageable pageable) {
        return actions.overdueFirst(LocalDate.now(clock.withZone(zone)), openOnly, pageable);
    }

    private Complaint readable(long complaintId) {
        Complaint c = complaints.findById(complaintId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (!ComplaintAccess.canRead(viewers.current(), c, customers.accountManagerOf(c.getCustomerId()))) {
            throw new AccessDeniedException("may not read complaint " + complaintId);
        }
        return c;
    }

    private Complaint workable(long complaintId) {
        Complaint c = complaints.findById(complaintId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (!ComplaintAccess.canWork(viewers.current(), c)) {
            throw new AccessDeniedException("may not work complaint " + complaintId);
        }
        return c;
    }

    private static String actor() {
        return Actors.current();
    }
}
