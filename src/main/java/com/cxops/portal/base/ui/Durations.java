package com.cxops.portal.base.ui;

import com.cxops.portal.base.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A configured duration as people say it (UI.md: "1 d 3 h", not "1,620 min"): days, hours and minutes, leaving out
 * the parts that are zero, at most two parts ("2 d 4 h", "27 m", "1 h 30 m", "3 d").
 */
public final class Durations {

    private Durations() {
    }

    public static String readable(long minutes, Locale locale, TranslationProvider i18n) {
        return readable(minutes, (key, n) -> i18n.translate(locale, key, n));
    }

    /** In the current UI's language. */
    public static String readable(long minutes) {
        return readable(minutes, (key, n) -> Toasts.translate(key, n));
    }

    /** In the language {@code t} translates to (the audit trail's, see {@link DurationWords}). */
    public static String readable(long minutes, java.util.function.BiFunction<String, Long, String> t) {
        long m = Math.max(0, minutes);
        long days = m / (24 * 60);
        long hours = m / 60 % 24;
        long mins = m % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(t.apply("duration.days", days));
        }
        if (hours > 0) {
            parts.add(t.apply("duration.hours", hours));
        }
        if (mins > 0 && days == 0) {
            parts.add(t.apply("duration.minutes", mins));
        }
        if (parts.isEmpty()) {
            parts.add(t.apply("duration.minutes", 0L));
        }
        return String.join(" ", parts);
    }
}
