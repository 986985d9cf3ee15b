package com.cxops.portal.sla;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A stored business calendar; {@link #toBusinessCalendar()} gives the pure one the calculator uses. */
@Entity
@Table(name = "sla_calendar")
public class SlaCalendar extends AbstractEntity {

    public static final int NAME_LENGTH = 100;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "twenty_four_seven", nullable = false)
    private boolean twentyFourSeven;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_calendar_slot", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<CalendarSlot> slots = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<Holiday> holidays = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_working_day", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<WorkingDaySlot> workingDaySlots = new HashSet<>();

    protected SlaCalendar() {
    }

    SlaCalendar(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isTwentyFourSeven() {
        return twentyFourSeven;
    }

    void setTwentyFourSeven(boolean twentyFourSeven) {
        this.twentyFourSeven = twentyFourSeven;
    }

    /** Working slots by weekday, each day's slots in order. */
    public Map<DayOfWeek, List<TimeSlot>> week() {
        Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
        slots.stream().sorted(Comparator.comparing((CalendarSlot s) -> s.slot().start()))
                .forEach(s -> week.computeIfAbsent(s.getDay(), d -> new ArrayList<>()).add(s.slot()));
        return week;
    }

    void setWeek(Map<DayOfWeek, List<TimeSlot>> week) {
        Set<CalendarSlot> wanted = new HashSet<>();
        week.forEach((day, list) -> list.forEach(slot -> wanted.add(new CalendarSlot(day, slot))));
        slots.retainAll(wanted);
        slots.addAll(wanted);
    }

    /** Holidays by date. */
    public List<Holiday> getHolidays() {
        return holidays.stream().sorted(Comparator.comparing(Holiday::getDate)).toList();
    }

    /** Replaces the holidays; of two with the same date the later one counts (one holiday per date). */
    void setHolidays(Collection<Holiday> newHolidays) {
        Map<java.time.LocalDate, Holiday> byDate = new java.util.LinkedHashMap<>();
        newHolidays.forEach(h -> byDate.put(h.getDate(), h));
        holidays.retainAll(byDate.values());
        holidays.addAll(byDate.values());
    }

    /** Adds holidays; an imported date that exists already keeps the stored one. Returns how many were new. */
    int addHolidays(Collection<Holiday> more) {
        Set<java.time.LocalDate> known = new HashSet<>();
        holidays.forEach(h -> known.add(h.getDate()));
        workingDaySlots.forEach(s -> known.add(s.getDate()));
        int added = 0;
        for (Holiday h : more) {
            if (known.add(h.getDate())) {
                holidays.add(h);
                added++;
            }
        }
        return added;
    }

    /** Extra working days (make-up days) by date, each with its slots in order. */
    public List<WorkingDay> getWorkingDays() {
        Map<java.time.LocalDate, List<WorkingDaySlot>> byDate = new java.util.TreeMap<>();
        workingDaySlots.forEach(s -> byDate.computeIfAbsent(s.getDate(), d -> new ArrayList<>()).add(s));
        List<WorkingDay> days = new ArrayList<>();
        byDate.forEach((date, rows) -> days.add(new WorkingDay(date,
                rows.stream().map(WorkingDaySlot::slot).sorted(Comparator.comparing(TimeSlot::start)).toList(), rows.getFirst().getName())));
        return days;
    }

    /** Replaces the extra working days; of two with the same date the later one counts. */
    void setWorkingDays(Collection<WorkingDay> days) {
        Map<java.time.LocalDate, WorkingDay> byDate = new java.util.LinkedHashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        Set<WorkingDaySlot> wanted = new HashSet<>();
        byDate.values().forEach(d -> d.slots().forEach(slot -> wanted.add(new WorkingDaySlot(d.date(), slot, d.name()))));
        workingDaySlots.retainAll(wanted);
        workingDaySlots.addAll(wanted);
    }

    /** Adds extra working days; a date the calendar has already (as working day or holiday) keeps what is stored. */
    int addWorkingDays(Collection<WorkingDay> more) {
        Set<java.time.LocalDate> known = new HashSet<>();
        workingDaySlots.forEach(s -> known.add(s.getDate()));
        holidays.forEach(h -> known.add(h.getDate()));
        int added = 0;
        for (WorkingDay d : more) {
            if (!d.slots().isEmpty() && known.add(d.date())) {
                d.slots().forEach(slot -> workingDaySlots.add(new WorkingDaySlot(d.date(), slot, d.name())));
                added++;
            }
        }
        return added;
    }

    public BusinessCalendar toBusinessCalendar() {
        ZoneId zone = ZoneId.of(timeZone);
        if (twentyFourSeven) {
            return BusinessCalendar.twentyFourSeven(zone);
        }
        Map<java.time.LocalDate, List<TimeSlot>> extra = new java.util.HashMap<>();
        getWorkingDays().forEach(d -> extra.put(d.date(), d.slots()));
        return BusinessCalendar.of(zone, week(), holidays.stream().map(Holiday::getDate).toList(), extra);
    }
}
