package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditFields;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.base.validation.ConstraintMessages;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Business calendars: administrators keep their slots and holidays (typed or imported from an .ics file). */
@Service
@Transactional
public class SlaCalendarService {

    /** What an administrator submits for a calendar. */
    public record CalendarForm(@NotBlank(message = "{calendar.error.name}") @Size(max = SlaCalendar.NAME_LENGTH) String name,
                               String timeZone, boolean twentyFourSeven,
                               Map<DayOfWeek, List<TimeSlot>> week, List<@Valid Holiday> holidays, List<@Valid WorkingDay> workingDays) {

        /** Without extra working days: a new calendar gets none, an edited one keeps its own. */
        public CalendarForm(String name, String timeZone, boolean twentyFourSeven, Map<DayOfWeek, List<TimeSlot>> week, List<Holiday> holidays) {
            this(name, timeZone, twentyFourSeven, week, holidays, null);
        }
    }

    private final SlaCalendarRepository calendars;
    private final AuditTrail audit;
    private final Clock clock;
    private final SettingsService settings;
    /** CalendarForm's constraints are checked with the week and the zone, so every wrong field shows at once. */
    private final Validator validator;

    SlaCalendarService(SlaCalendarRepository calendars, AuditTrail audit, Clock clock, SettingsService settings, Validator validator) {
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.validator = validator;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<SlaCalendar> list() {
        // a handful of calendars: sorted in memory, by name then id
        return calendars.findAll().stream()
                .sorted(Comparator.comparing(SlaCalendar::getName, String.CASE_INSENSITIVE_ORDER).thenComparing(SlaCalendar::getId))
                .toList();
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Optional<SlaCalendar> get(long id) {
        return calendars.findById(id);
    }

    @AdminOnly
    public SlaCalendar create(CalendarForm form) {
        validate(form, null);
        SlaCalendar calendar = new SlaCalendar(form.name().strip());
        apply(calendar, form);
        calendar = calendars.saveAndFlush(calendar);
        audit.record("SLA_CALENDAR_CREATED", "SlaCalendar", calendar.getId(), describe(calendar).created("SlaCalendar"));
        return calendar;
    }

    @AdminOnly
    public SlaCalendar update(long id, long editedVersion, CalendarForm form) {
        SlaCalendar calendar = calendars.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(calendar, editedVersion);
        validate(form, id);
        AuditFields before = describe(calendar);
        calendar.setName(form.name().strip());
        apply(calendar, form);
        calendar = flush(calendar);
        audit.record("SLA_CALENDAR_CHANGED", "SlaCalendar", id, describe(calendar).changedFrom(before, "SlaCalendar"));
        return calendar;
    }

    /**
     * Adds the holidays of an iCalendar file to a calendar. A file that does not parse is refused as a whole
     * (field "file"), and nothing is saved. Dates the calendar has already keep their stored name.
     *
     * @return how many holidays were new
     */
    @AdminOnly
    public int importHolidays(long id, long editedVersion, byte[] icsFile) {
        if (icsFile != null && icsFile.length > importMaxBytes()) {
            throw InvalidInputException.of("file", "calendar.import.error.too-large");
        }
        SlaCalendar calendar = calendars.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(calendar, editedVersion);
        if (calendar.isTwentyFourSeven()) {
            throw InvalidInputException.of("file", "holiday.error.twenty-four-seven");
        }
        IcsHolidayParser.Days days;
        try {
            days = IcsHolidayParser.parseDays(icsFile == null ? null : new String(icsFile, StandardCharsets.UTF_8));
        } catch (IcsHolidayParser.IcsException e) {
            throw InvalidInputException.of("file", e.messageKey());
        }
        List<Holiday> imported = days.holidays();
        // a make-up day is worked like a normal working day: the slots of the calendar's first weekday that has any
        List<TimeSlot> workdaySlots = calendar.week().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
        int addedWorking = calendar.addWorkingDays(days.workingDays().stream()
                .map(h -> new WorkingDay(h.getDate(), workdaySlots, h.getName())).toList());
        int added = calendar.addHolidays(imported) + addedWorking;
        touch(calendar);
        flush(calendar);
        audit.record("SLA_HOLIDAYS_IMPORTED", "SlaCalendar", id, AuditDetails.of("audit.detail.holidays-imported", added, imported.size() + days.workingDays().size(), addedWorking));
        return added;
    }

    /** The largest holiday file an import accepts (setting sla.calendar.import-max-kb); the upload shows and enforces it too. */
    public int importMaxBytes() {
        return settings.getInt(SlaSettings.CALENDAR_IMPORT_MAX_KB) * 1024;
    }

    /** The pure calendar for the SLA calculator. Configuration, not personal records: any caller (jobs too). */
    @Transactional(readOnly = true)
    public BusinessCalendar businessCalendar(long id) {
        return calendars.findById(id).map(SlaCalendar::toBusinessCalendar)
                .orElseThrow(() -> new IllegalArgumentException("No SLA calendar " + id));
    }

    /**
     * The pure calendar of that name, for features that count working days (the reports' first working day of a
     * month); empty when there is none. Configuration, not personal records: any caller (jobs too).
     */
    @Transactional(readOnly = true)
    public Optional<BusinessCalendar> businessCalendarNamed(String name) {
        return name == null || name.isBlank() ? Optional.empty() : calendars.findByName(name.strip()).map(SlaCalendar::toBusinessCalendar);
    }

    private void validate(CalendarForm form, Long id) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = form.name() == null ? "" : form.name().strip();
        ConstraintMessages.collect(validator.validate(form), errors);
        errors.addIf(!name.isEmpty() && (id == null ? calendars.existsByName(name) : calendars.existsByNameAndIdNot(name, id)),
                "name", "calendar.error.name-taken");
        errors.addIf(!isZone(form.timeZone()), "timeZone", "calendar.error.zone");
        if (!form.twentyFourSeven()) {
            BusinessCalendar.problems(form.week() == null ? Map.of() : form.week()).forEach(key -> errors.add("week", key));
        }
        if (!form.twentyFourSeven() && form.workingDays() != null) {
            Map<java.time.LocalDate, List<TimeSlot>> extra = new java.util.HashMap<>();
            form.workingDays().forEach(d -> extra.put(d.date(), d.slots()));
            BusinessCalendar.workingDayProblems(extra, form.holidays() == null ? List.of()
                    : form.holidays().stream().map(Holiday::getDate).toList()).forEach(key -> errors.add("workingDays", key));
        }
        errors.throwIfAny();
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private void apply(SlaCalendar calendar, CalendarForm form) {
        calendar.setTimeZone(form.timeZone());
        calendar.setTwentyFourSeven(form.twentyFourSeven());
        calendar.setWeek(form.twentyFourSeven() || form.week() == null ? Map.of() : form.week());
        calendar.setHolidays(form.holidays() == null ? List.of() : form.holidays());
        if (form.twentyFourSeven()) {
            calendar.setWorkingDays(List.of());
        } else if (form.workingDays() != null) {
            calendar.setWorkingDays(form.workingDays());
        }
        touch(calendar);
    }

    private void touch(SlaCalendar calendar) {
        calendar.touch(clock.instant(), Actors.current());
    }

    private SlaCalendar flush(SlaCalendar calendar) {
        try {
            return calendars.saveAndFlush(calendar);
        } catch (ObjectOptimisticLockingFailureException e) {
            SlaCalendar stored = calendars.findById(calendar.getId()).orElseThrow();
            throw new ConcurrentEditException(stored.getUpdatedBy(), stored.getUpdatedAt());
        }
    }

    /** The calendar's name, zone, each weekday's slots ("Monday 09:00-18:00") and how many special days it has. */
    private static AuditFields describe(SlaCalendar c) {
        AuditFields fields = AuditFields.of().add("audit.detail.field.name", c.getName())
                .add("audit.detail.field.time-zone", c.getTimeZone())
                .add("audit.detail.field.twenty-four-seven", c.isTwentyFourSeven());
        if (!c.isTwentyFourSeven()) {
            Map<DayOfWeek, List<TimeSlot>> week = c.week();
            for (DayOfWeek day : DayOfWeek.values()) {
                List<TimeSlot> slots = week.getOrDefault(day, List.of());
                fields.add("audit.detail.field.day." + day.name(),
                        slots.isEmpty() ? AuditDetails.label("audit.detail.day-off") : SlotText.format(slots));
            }
        }
        return fields.add("audit.detail.field.holidays", c.getHolidays().size())
                .add("audit.detail.field.working-days", c.getWorkingDays().size());
    }
}
