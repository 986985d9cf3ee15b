package com.cxops.portal.surveys;

import com.cxops.portal.complaints.ComplaintFacts;
import com.cxops.portal.customers.CustomerFacts;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The customer and complaint facts the survey rules need, read through the read models the customers and complaints
 * features publish for callers without a staff member (the sender job, the public page, the closed loop).
 */
@Component
class SubjectFacts {

    private final CustomerFacts customers;
    private final ComplaintFacts complaints;

    SubjectFacts(CustomerFacts customers, ComplaintFacts complaints) {
        this.customers = customers;
        this.complaints = complaints;
    }

    Optional<CustomerFacts.Snapshot> customer(long id) {
        return customers.find(id);
    }

    Optional<ComplaintFacts.Snapshot> complaint(long id) {
        return complaints.find(id);
    }

    /** Opt-out from the mail's link: the customer's own flag (the one managers set on the customer page). */
    boolean optOut(long customerId) {
        return customers.optOutOfSurveys(customerId);
    }

    /** The team still exists (a recovery team may have been removed since it was chosen). */
    boolean teamExists(long teamId) {
        return complaints.teamExists(teamId);
    }

    static Subject subjectOf(CustomerFacts.Snapshot c, ComplaintFacts.Snapshot complaint) {
        return new Subject(c.layer(), c.membershipLevel(), c.vip(),
                complaint == null ? null : complaint.tier(),
                complaint == null ? null : complaint.category(),
                complaint == null ? null : complaint.teamId(),
                complaint == null ? null : complaint.assigneeId());
    }
}
