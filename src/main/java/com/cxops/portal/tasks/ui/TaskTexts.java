package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Words for tasks: titles that automatic tasks store as "@message.key|param|param" (so each person reads them in their
 * language), and the due badge in the SLA badge style: overdue in the error colour, due today in the warning colour.
 */
public final class TaskTexts {

    private TaskTexts() {
    }

    public static String title(String raw, TranslationProvider i18n, Locale locale) {
        return i18n.text(locale, raw);
    }

    public static String title(TaskRow row, TranslationProvider i18n, Locale locale) {
        return title(row.title(), i18n, locale);
    }

    /** The due badge of an open task (empty for a closed one). */
    public static SlaBadge.Display due(TaskRow row, Instant now, ZoneId zone, Locale locale, TranslationProvider i18n) {
        if (!row.status().isOpen() || row.dueAt() == null) {
            return new SlaBadge.Display("", SlaBadge.Tone.NEUTRAL);
        }
        Instant due = row.dueAt();
        if (!now.isBefore(due)) {
            return new SlaBadge.Display(i18n.translate(locale, "tasks.badge.overdue",
                    SlaBadge.duration(Duration.between(due, now), locale, i18n)), SlaBadge.Tone.ERROR);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        String left = SlaBadge.duration(Duration.between(now, due), locale, i18n);
        if (due.atZone(zone).toLocalDate().equals(today)) {
            return new SlaBadge.Display(i18n.translate(locale, "tasks.badge.today", left), SlaBadge.Tone.WARNING);
        }
        return new SlaBadge.Display(i18n.translate(locale, "tasks.badge.left", left), SlaBadge.Tone.NEUTRAL);
    }

    public static String status(TaskStatus status, TranslationProvider i18n, Locale locale) {
        return i18n.translate(locale, status.messageKey());
    }
}
