package com.cxops.portal.sla;

import com.cxops.portal.base.access.ComplaintReaders;
import com.cxops.portal.complaints.ComplaintService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads a complaint's SLA clocks and pauses, for the people who may read the complaint. */
@Service
@Transactional(readOnly = true)
public class SlaClockReadService {

    private final SlaClockRepository clocks;
    private final SlaPauseRepository pauses;
    private final ComplaintService complaints;

    SlaClockReadService(SlaClockRepository clocks, SlaPauseRepository pauses, ComplaintService complaints) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.complaints = complaints;
    }

    /** The clocks of one complaint, in creation order. */
    @ComplaintReaders
    public List<SlaClock> clocksOf(long complaintId) {
        complaints.get(complaintId);  // record-level read check of the complaints feature
        return clocks.findByComplaintIdOrderByIdAsc(complaintId);
    }

    @ComplaintReaders
    public List<SlaPause> pausesOf(long complaintId) {
        complaints.get(complaintId);
        return pauses.findByComplaintIdOrderByStartedAtAsc(complaintId);
    }

    /** A complaint's clocks and pauses. */
    public record ClocksAndPauses(List<SlaClock> clocks, List<SlaPause> pauses) {
    }

    /** The clocks and the pauses together, for the complaint page: one read check, one transaction. */
    @ComplaintReaders
    public ClocksAndPauses clocksAndPausesOf(long complaintId) {
        complaints.get(complaintId);  // record-level read check of the complaints feature
        return new ClocksAndPauses(clocks.findByComplaintIdOrderByIdAsc(complaintId), pauses.findByComplaintIdOrderByStartedAtAsc(complaintId));
    }
}
