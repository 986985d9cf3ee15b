package com.cxops.portal.base.settings;

/**
 * One value of a setting that is picked from a list: the stored value and what a person reads, either a name as it
 * is (a team's name) or, when {@code translate}, a message key.
 */
public record SettingChoice(String value, String label, boolean translate) {
}
