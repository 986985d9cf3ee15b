package com.cxops.portal.base;

import java.util.List;

/**
 * Every service that changes data writes what it did here, in the same transaction as the change.
 * Implemented by the audit capability; declared in base so that base and every feature can write to it
 * without a dependency cycle.
 */
public interface AuditTrail {

    /**
     * Records an action of the person behind the current request with its details as a message and arguments, shown
     * in each viewer's language; the English text is stored beside them for exports and older readers.
     */
    void record(String action, String recordType, Object recordId, AuditDetails details);

    /** {@link #record(String, String, Object, AuditDetails)} on behalf of a named actor. */
    void recordAs(String actor, String action, String recordType, Object recordId, AuditDetails details);

    /** Records an action that needs no details (a logout, a password change). */
    default void record(String action, String recordType, Object recordId) {
        record(action, recordType, recordId, (AuditDetails) null);
    }

    /** One entry of {@link #recordAllAs}: the parameters of {@link #recordAs} but the actor. */
    record Entry(String action, String recordType, Object recordId, AuditDetails details) {
    }

    /** Records many actions of one actor, as {@link #recordAs} each (possibly written in bulk: a job's batch). */
    default void recordAllAs(String actor, List<Entry> entries) {
        entries.forEach(e -> recordAs(actor, e.action(), e.recordType(), e.recordId(), e.details()));
    }
}
