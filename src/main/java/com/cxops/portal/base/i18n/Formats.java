package com.cxops.portal.base.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and numbers in the person's locale and time zone. Instants are stored in UTC and shown here. */
public final class Formats {

    private Formats() {
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String number(BigDecimal value, Locale locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    /**
     * "3 h ago" style text for recent moments; older ones fall back to the exact date and time.
     * The caller shows the exact time on hover.
     */
    public static String relative(Instant instant, Instant now, ZoneId zone, Locale locale, TranslationProvider i18n) {
        if (instant == null) {
            return "";
        }
        Duration ago = Duration.between(instant, now);
        if (ago.isNegative()) {
            return dateTime(instant, zone, locale);
        }
        if (ago.toMinutes() < 1) {
            return i18n.translate(locale, "time.just-now");
        }
        if (ago.toHours() < 1) {
            return i18n.translate(locale, "time.minutes-ago", ago.toMinutes());
        }
        if (ago.toDays() < 1) {
            return i18n.translate(locale, "time.hours-ago", ago.toHours());
        }
        if (ago.toDays() < 7) {
            return i18n.translate(locale, "time.days-ago", ago.toDays());
        }
        return dateTime(instant, zone, locale);
    }
}
