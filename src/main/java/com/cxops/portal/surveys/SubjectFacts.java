package com.cxops.portal.surveys;

import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.customers.Customer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads the customer and complaint entities for the survey rules, inside surveys' own checks. Like the complaints
 * feature's customer look-up it reads the entities directly, because the callers are system jobs and the public page
 * (no staff member), and the customer and complaint services admit staff only.
 */
@Component
class SubjectFacts {

    private final EntityManager em;

    SubjectFacts(EntityManager em) {
        this.em = em;
    }

    Optional<Customer> customer(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    Optional<Complaint> complaint(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    /** Opt-out from the mail's link: the customer's own flag (the one managers set on the customer page). */
    boolean optOut(long customerId) {
        Customer c = em.find(Customer.class, customerId, LockModeType.NONE);
        if (c == null || c.isSurveyOptOut()) {
            return false;
        }
        c.setSurveyOptOut(true);
        return true;
    }

    static Subject subjectOf(Customer c, Complaint complaint) {
        return new Subject(c.getLayer(), c.getMembershipLevel(), c.isVip(),
                complaint == null ? null : complaint.getTier(),
                complaint == null ? null : complaint.getCategory(),
                complaint == null ? null : complaint.getTeamId(),
                complaint == null ? null : complaint.getAssigneeId());
    }
}
