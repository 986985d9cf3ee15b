package com.cxops.portal.base;

import java.util.function.BiFunction;

/**
 * Puts a feature's coded value (a complaint's tier reason) into words for the audit trail, in whatever language
 * {@code translate} speaks. A feature that audits such values publishes one as a bean; the trail finds it by kind.
 */
public interface AuditWords {

    /** The kind of {@link AuditDetails.Coded} values this reads. */
    String kind();

    String words(String stored, BiFunction<String, Object[], String> translate);
}
