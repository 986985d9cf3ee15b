package com.cxops.portal.operations;

import org.springframework.boot.health.contributor.Status;

/** The status between UP and DOWN: working, but an operator should look (mapped to HTTP 200 in application.properties). */
final class OperationsHealth {

    static final Status DEGRADED = new Status("DEGRADED");

    private OperationsHealth() {
    }
}
