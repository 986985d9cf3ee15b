package com.cxops.portal.complaints;

import com.cxops.portal.base.Actors;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every complaint service does the same way: load a complaint, check the caller may read, work or assign it,
 * save it (a lost race becomes an edit conflict naming who saved first), write its timeline, and tell the time and
 * the acting person. It has no transaction of its own: it always runs inside its caller's.
 */
@Component
class ComplaintStore {

    private final ComplaintRepository complaints;
    private final TimelineRepository timeline;
    private final Viewers viewers;
    private final CustomerFacts customers;
    private final Clock clock;

    ComplaintStore(ComplaintRepository complaints, TimelineRepository timeline, Viewers viewers, CustomerFacts customers,
                   Clock clock) {
        this.complaints = complaints;
        this.timeline = timeline;
        this.viewers = viewers;
        this.customers = customers;
        this.clock = clock;
    }

    Complaint load(long id) {
        return complaints.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
    }

    ComplaintAccess.Viewer viewer() {
        return viewers.current();
    }

    /** The account manager of the complaint's customer (who may read and note it), or null. */
    Long accountManagerOf(Complaint c) {
        return customers.accountManagerOf(c.getCustomerId());
    }

    void requireRead(ComplaintAccess.Viewer v, Complaint c) {
        requireRead(v, c, accountManagerOf(c));
    }

    static void requireRead(ComplaintAccess.Viewer v, Complaint c, Long customerManagerId) {
        if (!ComplaintAccess.canRead(v, c, customerManagerId)) {
            throw new AccessDeniedException("may not read complaint " + c.getId());
        }
    }

    void requireWork(Complaint c) {
        if (!ComplaintAccess.canWork(viewers.current(), c)) {
            throw new AccessDeniedException("may not work complaint " + c.getId());
        }
    }

    void requireAssigner() {
        if (!ComplaintAccess.canAssign(viewers.current())) {
            throw new AccessDeniedException("only team leads and managers assign");
        }
    }

    Complaint save(Complaint c) {
        try {
            return complaints.saveAndFlush(c);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict(c.getId());
        }
    }

    /** The edit conflict for a complaint someone else changed first: who and when, read past the lock. */
    ConcurrentEditException conflict(long id) {
        Complaint current = complaints.findLocked(id).orElseThrow();
        return new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
    }

    TimelineEntry log(Complaint c, Instant at, String actor, TimelineKind kind, boolean visible, String from, String to, String body) {
        return timeline.save(new TimelineEntry(c.getId(), at, actor, kind, visible, from, to, body));
    }

    /** Instants are stored with microseconds (DATETIME(6)); cutting here keeps what the caller sees equal to what is stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String actor() {
        return Actors.current();
    }
}
