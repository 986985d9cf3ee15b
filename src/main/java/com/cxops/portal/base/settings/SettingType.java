package com.cxops.portal.base.settings;

/** The kind of value a setting holds; each kind validates and parses its text form. */
public enum SettingType {
    INTEGER, DECIMAL, BOOLEAN, TIME, TEXT, ZONE
}
