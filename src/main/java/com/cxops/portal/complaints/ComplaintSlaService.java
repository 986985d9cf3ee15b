package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the SLA feature reads of complaints and records on them. These are system calls (the SLA monitor runs with
 * no person), so they check no role; they never change a complaint's version, so they never cause an edit conflict.
 */
@Service
@Transactional
public class ComplaintSlaService {

    private final ComplaintRepository complaints;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    ComplaintSlaService(ComplaintRepository complaints, AuditTrail audit, JdbcTemplate jdbc) {
        this.complaints = complaints;
        this.audit = audit;
        this.jdbc = jdbc;
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

    /** A complaint's SLA summary for {@link #recordSlaStatuses}: the parameters of {@link #recordSlaStatus}. */
    public record SlaStatus(long complaintId, Instant dueAt, Instant warnAt, boolean breached) {
    }

    /**
     * {@link #recordSlaStatus} for many complaints (the monitor's batch): one read of which are breached already, one
     * JDBC batch of updates, the audit rows of the newly breached in one batch. Unknown ids change nothing.
     */
    public void recordSlaStatuses(List<SlaStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        Set<Long> before = new HashSet<>(complaints.slaBreachedAmong(statuses.stream().map(SlaStatus::complaintId).toList()));
        jdbc.batchUpdate("update complaint set sla_due_at = ?, sla_due_sort = ?, sla_warn_at = ?, sla_breached = ? where id = ?",
                statuses.stream().map(st -> new Object[]{utc(st.dueAt()), utc(st.dueAt() == null ? Complaint.NOTHING_DUE : st.dueAt()),
                        utc(st.warnAt()), st.breached(), st.complaintId()}).toList());
        audit.recordAllAs("system", statuses.stream().filter(st -> st.breached() && !before.contains(st.complaintId()))
                .map(st -> new AuditTrail.Entry("COMPLAINT_SLA_BREACHED", "Complaint", st.complaintId(), AuditDetails.of("audit.detail.due", st.dueAt()))).toList());
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The facts of these complaints the SLA clocks need, by complaint id (unknown ids left out). */
    @Transactional(readOnly = true)
    public Map<Long, SlaFacts> slaFacts(Collection<Long> complaintIds) {
        Map<Long, SlaFacts> out = new HashMap<>();
        if (!complaintIds.isEmpty()) {
            complaints.slaFacts(complaintIds).forEach(f -> out.put(f.complaintId(), f));
        }
        return out;
    }

    /** The facts of one complaint the SLA clocks need. */
    @Transactional(readOnly = true)
    public Optional<SlaFacts> slaFacts(long complaintId) {
        return complaints.slaFacts(complaintId);
    }
}
