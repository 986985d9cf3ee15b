package com.cxops.portal.base.ui;

import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The SLA badge of UI.md, pure formatting (features pass their instants in): "1 h 20 m left" neutral, the warning
 * colour once past the warning point, "Overdue 35 m" in the error colour, "Paused" with the pause start while the
 * complaint waits on the customer. Colour always comes with the words.
 */
public final class SlaBadge {

    public enum Tone {
        NEUTRAL("neutral"), WARNING("warning"), ERROR("error");

        private final String cssClass;

        Tone(String cssClass) {
            this.cssClass = cssClass;
        }

        public String cssClass() {
            return cssClass;
        }
    }

    /** What the badge says and in which colour. */
    public record Display(String text, Tone tone) {
    }

    private SlaBadge() {
    }

    /**
     * @param due         the due instant of the earliest unmet target (null: nothing due)
     * @param warnAt      its warning point (null: none)
     * @param pausedSince when the clock was paused (waiting on the customer), or null
     * @return empty text when there is nothing to show
     */
    public static Display display(Instant due, Instant warnAt, Instant pausedSince, Instant now, ZoneId zone, Locale locale,
                                  TranslationProvider i18n) {
        if (pausedSince != null) {
            return new Display(i18n.translate(locale, "sla.badge.paused", Formats.dateTime(pausedSince, zone, locale)), Tone.NEUTRAL);
        }
        if (due == null) {
            return new Display("", Tone.NEUTRAL);
        }
        if (!now.isBefore(due)) {
            return new Display(i18n.translate(locale, "sla.badge.overdue", duration(Duration.between(due, now), locale, i18n)), Tone.ERROR);
        }
        Tone tone = warnAt != null && !now.isBefore(warnAt) ? Tone.WARNING : Tone.NEUTRAL;
        return new Display(i18n.translate(locale, "sla.badge.left", duration(Duration.between(now, due), locale, i18n)), tone);
    }

    /** "2 d 3 h", "1 h 20 m", "12 m", "0 m": the two largest units, rounded down to the minute. */
    public static String duration(Duration d, Locale locale, TranslationProvider i18n) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return i18n.translate(locale, "sla.duration.days-hours", days, hours);
        }
        if (hours > 0) {
            return i18n.translate(locale, "sla.duration.hours-minutes", hours, mins);
        }
        return i18n.translate(locale, "sla.duration.minutes", mins);
    }

    /** The badge as a component (class cx-badge plus the tone), with the exact due time on hover. */
    public static Span create(Display display, Instant due, ZoneId zone, Locale locale) {
        Span badge = new Span(display.text());
        String classes = classNames(display);
        if (!classes.isEmpty()) {
            badge.setClassName(classes);
        }
        if (due != null) {
            badge.setTitle(title(due, zone, locale));
        }
        return badge;
    }

    /**
     * The same badge for a grid column, rendered in the browser from three strings per row (as {@link BadgeRenderer},
     * with the due time on hover): long lists keep no server-side component per cell.
     */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, Display> display, ValueProvider<T, Instant> due, ZoneId zone, Locale locale) {
        return LitRenderer.<T>of("<span class=\"${item.slaClass}\" title=\"${item.slaTitle}\">${item.sla}</span>")
                .withProperty("sla", row -> display.apply(row).text())
                .withProperty("slaClass", row -> classNames(display.apply(row)))
                .withProperty("slaTitle", row -> title(due.apply(row), zone, locale));
    }

    /** "cx-badge cx-sla" and the tone, or nothing when the badge has no text. */
    public static String classNames(Display display) {
        return BadgeRenderer.classNames(display.text(), "cx-sla " + display.tone().cssClass());
    }

    /** The exact due time shown on hover ("" when nothing is due). */
    public static String title(Instant due, ZoneId zone, Locale locale) {
        return due == null ? "" : Formats.dateTime(due, zone, locale);
    }
}
