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
 * (dates on which it does not run), extra working days (a date with its own working slots, e.g. a Chinese make-up
 * working day, 调休上班, on a Saturday), or around the clock (24 x 7, which ignores holidays and extra days).
 * Immutable; no Spring.
 */
public final class BusinessCalendar {

    public static final String ERROR_NO_WORKING_TIME = "calendar.error.no-working-time";
    public static final String ERROR_SLOT_ORDER = "calendar.error.slot-order";
    public static final String ERROR_SLOTS_OVERLAP = "calendar.error.slots-overlap";

    private final ZoneId zone;
    private final boolean twentyFourSeven;
    private final Map<DayOfWeek, List<TimeSlot>> week;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, List<TimeSlot>> workingDays;

    private BusinessCalendar(ZoneId zone, boolean twentyFourSeven, Map<DayOfWeek, List<TimeSlot>> week, Set<LocalDate> holidays,
                             Map<LocalDate, List<TimeSlot>> workingDays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.twentyFourSeven = twentyFourSeven;
        this.week = week;
        this.holidays = holidays;
        this.workingDays = workingDays;
    }

    /** Around the clock, every day, in this zone (the zone matters only for showing and for day boundaries). */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return new BusinessCalendar(zone, true, Map.of(), Set.of(), Map.of());
    }

    /**
     * A calendar of working slots.
     *
     * @throws IllegalArgumentException with the message key of the first problem (see {@link #problems(Map)})
     */
    public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<TimeSlot>> week, Collection<LocalDate> holidays) {
        return of(zone, week, holidays, Map.of());
    }

    /**
     * A calendar of working slots with extra working days: on such a date the clock runs in the date's own slots,
     * whatever its weekday (a Saturday worked as a Monday).
     *
     * @throws IllegalArgumentException with the message key of the first problem
     */
    public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<TimeSlot>> week, Collection<LocalDate> holidays,
                                      Map<LocalDate, List<TimeSlot>> workingDays) {
        List<String> problems = new ArrayList<>(problems(week));
        problems.addAll(workingDayProblems(workingDays, holidays));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        Map<DayOfWeek, List<TimeSlot>> sorted = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, slots) -> sorted.put(day, slots.stream().sorted(Comparator.comparing(TimeSlot::start)).toList()));
        Map<LocalDate, List<TimeSlot>> extra = new java.util.TreeMap<>();
        (workingDays == null ? Map.<LocalDate, List<TimeSlot>>of() : workingDays).forEach((date, slots) ->
                extra.put(date, slots.stream().sorted(Comparator.comparing(TimeSlot::start)).toList()));
        return new BusinessCalendar(zone, false, Map.copyOf(sorted), Set.copyOf(new TreeSet<>(holidays == null ? Set.of() : holidays)),
                Map.copyOf(extra));
    }

    public static final String ERROR_WORKING_DAY_EMPTY = "sla.calendar.error.working-day-empty";
    public static final String ERROR_WORKING_DAY_HOLIDAY = "sla.calendar.error.working-day-holiday";

    /**
     * What is wrong with these extra working days, as message keys: a day without working time, slots out of order or
     * overlapping, a date that is also a holiday.
     */
    public static List<String> workingDayProblems(Map<LocalDate, List<TimeSlot>> workingDays, Collection<LocalDate> holidays) {
        Set<String> problems = new LinkedHashSet<>();
        if (workingDays == null) {
            return List.of();
        }
        Set<LocalDate> off = holidays == null ? Set.of() : Set.copyOf(holidays);
        workingDays.forEach((date, slots) -> {
            if (slots == null || slots.isEmpty()) {
                problems.add(ERROR_WORKING_DAY_EMPTY);
                return;
            }
            for (int i = 0; i < slots.size(); i++) {
                if (!slots.get(i).isOrdered()) {
                    problems.add(ERROR_SLOT_ORDER);
                }
                for (int j = i + 1; j < slots.size(); j++) {
                    if (slots.get(i).isOrdered() && slots.get(j).isOrdered() && slots.get(i).overlaps(slots.get(j))) {
                        problems.add(ERROR_SLOTS_OVERLAP);
                    }
                }
            }
            if (off.contains(date)) {
                problems.add(ERROR_WORKING_DAY_HOLIDAY);
            }
        });
        return List.copyOf(problems);
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

    /** Extra working days (make-up days) with their slots, by date. */
    public Map<LocalDate, List<TimeSlot>> workingDays() {
        return workingDays;
    }

    /** A copy with other holidays (e.g. after an import); extra working days on those dates are dropped. */
    public BusinessCalendar withHolidays(Collection<LocalDate> newHolidays) {
        if (twentyFourSeven) {
            return this;
        }
        Map<LocalDate, List<TimeSlot>> kept = new java.util.HashMap<>(workingDays);
        kept.keySet().removeAll(Set.copyOf(newHolidays));
        return of(zone, week, newHolidays, kept);
    }

    /**
     * Whether a local date has working time: a weekday with slots that is not a holiday, or an extra working day
     * (every day of a 24 x 7 calendar). Reports count working days by it (the first working day of a month).
     */
    public boolean isWorkingDay(LocalDate date) {
        return !workingIntervals(date).isEmpty();
    }

    /** The working time of one local date, as instants in order (empty on holidays and days off). */
    List<Interval> workingIntervals(LocalDate date) {
        if (twentyFourSeven) {
            return List.of(new Interval(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        List<TimeSlot> extra = workingDays.get(date);
        if (extra == null && holidays.contains(date)) {
            return List.of();
        }
        List<TimeSlot> slots = extra != null ? extra : week.getOrDefault(date.getDayOfWeek(), List.of());
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
        return twentyFourSeven ? "24x7 " + zone : zone + " " + week + " holidays " + holidays + " working days " + workingDays;
    }
}
