package com.cxops.portal.sla;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads holidays from an iCalendar (.ics, RFC 5545) file: each VEVENT's DTSTART date (and the days up to its
 * exclusive DTEND for multi-day events) with its SUMMARY as the name. Pure; the whole file is checked before
 * anything is returned, so a bad file saves nothing.
 * <p>
 * Make-up working days (Chinese 调休上班) are events marked as work: a SUMMARY containing 补班, 上班 or 班 alone,
 * or "make-up", "working day", "workday" (any case), or CATEGORIES containing WORKDAY. {@link #parseDays} returns
 * them apart; {@link #parse} returns the holidays only.
 */
public final class IcsHolidayParser {

    public static final String ERROR_NOT_ICS = "holiday.error.ics-not-calendar";
    public static final String ERROR_BAD_EVENT = "holiday.error.ics-bad-event";
    public static final String ERROR_EMPTY = "holiday.error.ics-empty";
    public static final String ERROR_TOO_LONG = "holiday.error.ics-too-long";

    /** A multi-day event longer than this is not a holiday but a mistake (or a season). */
    static final int MAX_EVENT_DAYS = 31;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsHolidayParser() {
    }

    /** Thrown with a message key; nothing has been read. */
    public static final class IcsException extends Exception {
        private final String messageKey;

        IcsException(String messageKey, String detail) {
            super(messageKey + ": " + detail);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The holidays and the make-up working days of a file (a date named by both counts as working day). */
    public record Days(List<Holiday> holidays, List<Holiday> workingDays) {
    }

    public static List<Holiday> parse(String text) throws IcsException {
        return parseDays(text).holidays();
    }

    public static Days parseDays(String text) throws IcsException {
        if (text == null) {
            throw new IcsException(ERROR_NOT_ICS, "no content");
        }
        List<String> lines = unfold(text);
        if (lines.isEmpty() || !lines.getFirst().equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new IcsException(ERROR_NOT_ICS, "does not start with BEGIN:VCALENDAR");
        }
        if (lines.stream().noneMatch(l -> l.equalsIgnoreCase("END:VCALENDAR"))) {
            throw new IcsException(ERROR_NOT_ICS, "no END:VCALENDAR");
        }
        Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
        Map<LocalDate, Holiday> working = new LinkedHashMap<>();
        boolean inEvent = false;
        String start = null;
        String end = null;
        String summary = null;
        String categories = null;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String upper = line.toUpperCase();
            if (upper.equals("BEGIN:VEVENT")) {
                inEvent = true;
                start = null;
                end = null;
                summary = null;
                categories = null;
            } else if (upper.equals("END:VEVENT")) {
                if (!inEvent || start == null) {
                    throw new IcsException(ERROR_BAD_EVENT, "event without DTSTART before line " + lineNo);
                }
                LocalDate first = date(start, lineNo);
                LocalDate last = end == null ? first : date(end, lineNo).minusDays(1);
                if (last.isBefore(first)) {
                    last = first;
                }
                if (first.plusDays(MAX_EVENT_DAYS).isBefore(last)) {
                    throw new IcsException(ERROR_TOO_LONG, "event of more than " + MAX_EVENT_DAYS + " days at line " + lineNo);
                }
                boolean work = isWorkingDay(summary, categories);
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    (work ? working : holidays).putIfAbsent(d, new Holiday(d, summary == null ? null : cut(summary)));
                }
                inEvent = false;
            } else if (inEvent) {
                String name = propertyName(upper);
                String value = line.substring(line.indexOf(':') + 1);
                switch (name) {
                    case "DTSTART" -> start = value;
                    case "DTEND" -> end = value;
                    case "SUMMARY" -> summary = unescape(value);
                    case "CATEGORIES" -> categories = value;
                    default -> {
                    }
                }
            }
        }
        if (inEvent) {
            throw new IcsException(ERROR_BAD_EVENT, "event not closed");
        }
        if (holidays.isEmpty() && working.isEmpty()) {
            throw new IcsException(ERROR_EMPTY, "no events");
        }
        holidays.keySet().removeAll(working.keySet());
        return new Days(new ArrayList<>(holidays.values()), new ArrayList<>(working.values()));
    }

    static boolean isWorkingDay(String summary, String categories) {
        String s = summary == null ? "" : summary.strip().toLowerCase(java.util.Locale.ROOT);
        String c = categories == null ? "" : categories.toUpperCase(java.util.Locale.ROOT);
        return s.contains("补班") || s.contains("上班") || s.equals("班") || s.endsWith("(班)") || s.endsWith("（班）")
                || s.contains("make-up") || s.contains("makeup") || s.contains("working day") || s.contains("workday")
                || c.contains("WORKDAY");
    }

    /** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
    private static List<String> unfold(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\uFEFF", "").split("\r\n|\n|\r")) {
            if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + raw.substring(1));
            } else if (!raw.isBlank()) {
                lines.add(raw.strip());
            }
        }
        return lines;
    }

    private static String propertyName(String upperLine) {
        int colon = upperLine.indexOf(':');
        int semicolon = upperLine.indexOf(';');
        int end = colon < 0 ? upperLine.length() : semicolon >= 0 && semicolon < colon ? semicolon : colon;
        return upperLine.substring(0, end);
    }

    /** DATE (20260101) or DATE-TIME (20260101T000000Z): the date part is the holiday. */
    private static LocalDate date(String value, int lineNo) throws IcsException {
        String v = value.strip();
        if (v.length() < 8) {
            throw new IcsException(ERROR_BAD_EVENT, "bad date '" + v + "' before line " + lineNo);
        }
        try {
            return LocalDate.parse(v.substring(0, 8), BASIC);
        } catch (DateTimeParseException e) {
            throw new IcsException(ERROR_BAD_EVENT, "bad date '" + v + "' before line " + lineNo);
        }
    }

    private static String unescape(String value) {
        return value.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\").strip();
    }

    private static String cut(String text) {
        return text.length() <= Holiday.NAME_LENGTH ? text : text.substring(0, Holiday.NAME_LENGTH);
    }
}
