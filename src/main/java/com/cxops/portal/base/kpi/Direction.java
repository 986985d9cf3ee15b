package com.cxops.portal.base.kpi;

/** Whether a higher or a lower value is better; NONE for figures that only inform (no RAG). */
public enum Direction {
    HIGHER_BETTER, LOWER_BETTER, NONE
}
