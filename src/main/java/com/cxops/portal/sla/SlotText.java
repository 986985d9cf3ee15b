package com.cxops.portal.sla;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Working slots of one day as people type them: "09:00-12:00, 13:00-18:00" (empty = day off). */
public final class SlotText {

    public static final String ERROR_FORMAT = "calendar.error.slot-format";

    private SlotText() {
    }

    /** @throws IllegalArgumentException with {@link #ERROR_FORMAT} when a part is not "HH:mm-HH:mm" */
    public static List<TimeSlot> parse(String text) {
        List<TimeSlot> slots = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return slots;
        }
        for (String part : text.split("[,;]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] ends = p.split("\\s*[-–~]\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException(ERROR_FORMAT);
            }
            try {
                slots.add(new TimeSlot(time(ends[0]), time(ends[1])));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(ERROR_FORMAT, e);
            }
        }
        return slots;
    }

    private static LocalTime time(String text) {
        String t = text.strip();
        return t.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(t.length() == 4 ? "0" + t : t);
    }

    public static String format(List<TimeSlot> slots) {
        return slots.stream().map(s -> s.start() + "-" + (s.endsAtMidnight() ? "24:00" : s.end().toString()))
                .collect(Collectors.joining(", "));
    }
}
