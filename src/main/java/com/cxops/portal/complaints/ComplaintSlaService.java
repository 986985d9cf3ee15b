package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * What the SLA feature reads of complaints and records on them. These are system calls (the SLA monitor runs with
 * no person), so they check no role; they never change a complaint's version, so they never cause an edit conflict.
 */
@Service
@Transactional
public class ComplaintSlaService {

    private final ComplaintRepository complaints;
    private final AuditTrail audit;

    ComplaintSlaService(ComplaintRepository complaints, AuditTrail audit) {
        this.complaints = complaints;
        this.audit = audit;
    }

    /** The due instant of the current SLA target, its warning point (null: none) and whether it is breached. */
    public void recordSlaStatus(long complaintId, Instant dueAt, Instant warnAt, boolean breached) {
        Complaint c = complaints.findById(complaintId)
                .orElseThrow(() -> InvalidInputException.of("complaintId", "error.not-found"));
        boolean newlyBreached = breached && !c.isSlaBreached();
        complaints.updateSla(complaintId, dueAt, dueAt == null ? Complaint.NOTHING_DUE : dueAt, warnAt, breached);
        if (newlyBreached) {
            audit.recordAs("system", "COMPLAINT_SLA_BREACHED", "Complaint", complaintId, AuditDetails.of("audit.detail.due", dueAt));
        }
    }

    /** The facts of one complaint the SLA clocks need. */
    @Transactional(readOnly = true)
    public Optional<SlaFacts> slaFacts(long complaintId) {
        return complaints.slaFacts(complaintId);
    }
}
