package com.cxops.portal.base;

/**
 * Every service that changes data writes what it did here, in the same transaction as the change.
 * Implemented by the audit capability; declared in base so that base and every feature can write to it
 * without a dependency cycle.
 */
public interface AuditTrail {

    /** Records an action of the person behind the current request (or "system" for jobs). */
    void record(String action, String recordType, Object recordId, String details);

    /** Records an action on behalf of a named actor, e.g. a failed login for the username that was tried. */
    void recordAs(String actor, String action, String recordType, Object recordId, String details);
}
