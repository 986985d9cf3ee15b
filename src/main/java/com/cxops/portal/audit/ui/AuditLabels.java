package com.cxops.portal.audit.ui;

import com.cxops.portal.audit.AuditText;
import com.cxops.portal.base.i18n.TranslationProvider;

import java.util.Locale;

/**
 * The audit trail's codes as words in the viewer's language: an action (TASK_ASSIGNED → "Task assigned" / "分派任务")
 * and a record type (StaffMember → "Staff member" / "员工"), from the {@code i18n/audit} bundle. A code no bundle
 * knows (written by an older or newer version) is still shown in words, made from the code itself, never as a
 * missing-key marker.
 */
final class AuditLabels {

    static final String ACTION_PREFIX = "audit.action.";
    static final String RECORD_PREFIX = "audit.record.";

    private final TranslationProvider translations;
    private final Locale locale;

    AuditLabels(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    String action(String code) {
        return code == null ? "" : translations.find(locale, ACTION_PREFIX + code).orElseGet(() -> fromCode(code));
    }

    String recordType(String type) {
        return type == null ? "" : translations.find(locale, RECORD_PREFIX + type).orElseGet(() -> fromCode(type));
    }

    static String fromCode(String code) {
        return AuditText.fromCode(code);
    }
}
