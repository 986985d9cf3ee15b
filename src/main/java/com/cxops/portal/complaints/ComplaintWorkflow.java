package com.cxops.portal.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.cxops.portal.complaints.ComplaintStatus.ACKNOWLEDGED;
import static com.cxops.portal.complaints.ComplaintStatus.CLOSED;
import static com.cxops.portal.complaints.ComplaintStatus.IN_PROGRESS;
import static com.cxops.portal.complaints.ComplaintStatus.NEW;
import static com.cxops.portal.complaints.ComplaintStatus.REOPENED;
import static com.cxops.portal.complaints.ComplaintStatus.RESOLVED;
import static com.cxops.portal.complaints.ComplaintStatus.WAITING_CUSTOMER;

/**
 * The complaint workflow: NEW → ACKNOWLEDGED → IN_PROGRESS ⇄ WAITING_CUSTOMER → RESOLVED → CLOSED, and REOPENED
 * from RESOLVED or CLOSED within a set number of days; a reopened complaint is worked again (IN_PROGRESS or
 * WAITING_CUSTOMER) or resolved again. Each refusal has its own message key, so the person learns why.
 */
public final class ComplaintWorkflow {

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(ACKNOWLEDGED),
            ACKNOWLEDGED, EnumSet.of(IN_PROGRESS),
            IN_PROGRESS, EnumSet.of(WAITING_CUSTOMER, RESOLVED),
            WAITING_CUSTOMER, EnumSet.of(IN_PROGRESS, RESOLVED),
            RESOLVED, EnumSet.of(CLOSED, REOPENED),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(IN_PROGRESS, WAITING_CUSTOMER, RESOLVED));

    private ComplaintWorkflow() {
    }

    public static Set<ComplaintStatus> next(ComplaintStatus from) {
        return EnumSet.copyOf(ALLOWED.get(from));
    }

    /**
     * Why the transition is refused (a message key), or empty when it is allowed.
     *
     * @param rcaComplete  whether a major complaint's root-cause analysis is complete
     * @param reopenDays   how long after resolving or closing a complaint may be reopened
     */
    public static Optional<String> refusal(ComplaintStatus from, ComplaintStatus to, Tier tier, boolean rcaComplete,
                                           Instant resolvedAt, Instant closedAt, Instant now, int reopenDays) {
        if (from == to) {
            return Optional.of("workflow.error.same-state");
        }
        if (!ALLOWED.get(from).contains(to)) {
            return Optional.of("workflow.error.to." + to.name());
        }
        if (to == CLOSED && tier == Tier.MAJOR && !rcaComplete) {
            return Optional.of("workflow.error.rca-incomplete");
        }
        if (to == REOPENED) {
            Instant since = from == CLOSED && closedAt != null ? closedAt : resolvedAt;
            if (since != null && Duration.between(since, now).compareTo(Duration.ofDays(reopenDays)) > 0) {
                return Optional.of("workflow.error.reopen-expired");
            }
        }
        return Optional.empty();
    }
}
