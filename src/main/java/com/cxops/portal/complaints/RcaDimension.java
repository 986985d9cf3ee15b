package com.cxops.portal.complaints;

/** The three dimensions of a root-cause analysis (DOMAIN.md). */
public enum RcaDimension {
    PROCESS, SYSTEM, PEOPLE;

    public String messageKey() {
        return "rca.dimension." + name();
    }
}
