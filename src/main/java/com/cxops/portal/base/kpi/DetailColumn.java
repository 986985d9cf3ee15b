package com.cxops.portal.base.kpi;

/**
 * A column of a detail sheet beyond the five every drill row has: its header (a message key) and how its values read
 * (text; a message key to translate; a moment as an {@link java.time.Instant}; a number).
 */
public record DetailColumn(String headerKey, Type type) {

    public enum Type {
        TEXT, MESSAGE_KEY, MOMENT, NUMBER
    }
}
