package com.cxops.portal.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the SLA clock runs: a time zone, working slots per weekday (several a day, e.g. around lunch), holidays
 * (dates on which it does not run), or around the clock (24 x 7, which ignores holidays). Immutable; no Spring.
 */
public final class BusinessCalendar {

    public static final String ERROR_NO_WORKING_TIME = "calendar.error.no-working-time";
    public static final String ERROR_SLOT_ORDER = "calendar.error.slot-order";
    public static final String ERROR_SLOTS_OVERLAP = "calendar.error.slots-overlap";

    private final ZoneId zone;
    private final boolean twentyFourSeven;
    private final Map<DayOfWeek, List<TimeSlot>> week;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, boolean twentyFourSeven, Map<DayOfWeek, List<TimeSlot>> week, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.twentyFourSeven = twentyFourSeven;
        this.week = week;
        this.holidays = holidays;
    }

    /** Around the clock, every day, in this zone (the zone matters only for showing and for day boundaries). */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return new BusinessCalendar(zone, true, Map.of(), Set.of());
    }

    /**
     * A calendar of working slots.
     *
     * @throws IllegalArgumentException with the message key of the first problem (see {@link #problems(Map)})
     */
    public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<TimeSlot>> week, Collection<LocalDate> holidays) {
        List<String> problems = problems(week);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        Map<DayOfWeek, List<TimeSlot>> sorted = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, slots) -> sorted.put(day, slots.stream().sorted(Comparator.comparing(TimeSlot::start)).toList()));
        return new BusinessCalendar(zone, false, Map.copyOf(sorted), Set.copyOf(new TreeSet<>(holidays == null ? Set.of() : holidays)));
    }

    /** Same slots every weekday Monday to Friday, e.g. 09:00-18:00 (DOMAIN.md business hours). */
    public static BusinessCalendar weekdays(ZoneId zone, Collection<LocalDate> holidays, TimeSlot... slots) {
        Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(slots));
            }
        }
        return of(zone, week, holidays);
    }

    /**
     * What is wrong with these working slots, as message keys (empty when nothing): a slot ending before it starts,
     * two slots of one day overlapping, no working time at all.
     */
    public static List<String> problems(Map<DayOfWeek, List<TimeSlot>> week) {
        Set<String> problems = new LinkedHashSet<>();
        boolean anyTime = false;
        for (List<TimeSlot> slots : week.values()) {
            List<TimeSlot> ordered = new ArrayList<>();
            for (TimeSlot slot : slots) {
                if (!slot.isOrdered()) {
                    problems.add(ERROR_SLOT_ORDER);
                } else {
                    ordered.add(slot);
                    anyTime = true;
                }
            }
            for (int i = 0; i < ordered.size(); i++) {
                for (int j = i + 1; j < ordered.size(); j++) {
                    if (ordered.get(i).overlaps(ordered.get(j))) {
                        problems.add(ERROR_SLOTS_OVERLAP);
                    }
                }
            }
        }
        if (!anyTime) {
            problems.add(ERROR_NO_WORKING_TIME);
        }
        return List.copyOf(problems);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isTwentyFourSeven() {
        return twentyFourSeven;
    }

    public Map<DayOfWeek, List<TimeSlot>> week() {
        return week;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** A copy with other holidays (e.g. after an import). */
    public BusinessCalendar withHolidays(Collection<LocalDate> newHolidays) {
        return twentyFourSeven ? this : of(zone, week, newHolidays);
    }

    /** The working time of one local date, as instants in order (empty on holidays and days off). */
    List<Interval> workingIntervals(LocalDate date) {
        if (twentyFourSeven) {
            return List.of(new Interval(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (holidays.contains(date)) {
            return List.of();
        }
        List<TimeSlot> slots = week.getOrDefault(date.getDayOfWeek(), List.of());
        List<Interval> intervals = new ArrayList<>(slots.size());
        for (TimeSlot slot : slots) {
            Instant start = date.atTime(slot.start()).atZone(zone).toInstant();
            Instant end = slot.endsAtMidnight() ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : date.atTime(slot.end()).atZone(zone).toInstant();
            if (end.isAfter(start)) {
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    @Override
    public String toString() {
        return twentyFourSeven ? "24x7 " + zone : zone + " " + week + " holidays " + holidays;
    }
}
