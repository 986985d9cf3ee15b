package com.cxops.portal.concierge;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerFacts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * Record-level access of the concierge: a VIP manager works the customers of their own book and, while deputising,
 * of the absent manager's book; managers work all books; executives read.
 */
@Component
class ConciergeAccess {

    private final CurrentUser user;
    private final AbsenceService absences;
    private final Clock clock;

    ConciergeAccess(CurrentUser user, AbsenceService absences, Clock clock) {
        this.user = user;
        this.absences = absences;
        this.clock = clock;
    }

    boolean isManager() {
        return user.hasRole(Role.Names.MANAGER);
    }

    /** The books this person may open: their own and those they deputise for (managers: any). */
    boolean mayOpenBook(long managerId) {
        if (isManager()) {
            return true;
        }
        long me = user.id().orElse(-1L);
        return user.hasRole(Role.Names.VIP_MANAGER) && (managerId == me || covered().contains(managerId));
    }

    Set<Long> covered() {
        return user.id().map(me -> absences.coveredBy(me, clock.instant())).orElse(Set.of());
    }

    boolean inBook(CustomerFacts.Snapshot c) {
        return c.accountManagerId() != null && mayOpenBook(c.accountManagerId());
    }

    void requireBook(CustomerFacts.Snapshot c) {
        if (!isManager() && !inBook(c)) {
            throw InvalidInputException.of("customerId", "concierge.error.not-your-customer");
        }
    }

    void requireBookOrReader(CustomerFacts.Snapshot c) {
        if (!user.hasRole(Role.Names.EXECUTIVE)) {
            requireBook(c);
        }
    }
}
