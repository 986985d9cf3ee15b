package com.cxops.portal.sla;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The executives' duty roster: who takes the "executive direct line" for major complaints when. When nobody is on
 * duty, major complaints go to every executive (DOMAIN.md: the executive is alerted at once, always).
 */
@Service
@Transactional
@Validated
public class DutyRosterService {

    private final DutyShiftRepository shifts;
    private final StaffDirectory staff;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    DutyRosterService(DutyShiftRepository shifts, StaffDirectory staff, SettingsService settings, AuditTrail audit, Clock clock) {
        this.shifts = shifts;
        this.staff = staff;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Shifts not yet over, soonest first (id as tiebreaker, via the pageable's sort). */
    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<DutyShift> upcoming(Pageable pageable) {
        return shifts.findEndingAfter(clock.instant(), pageable);
    }

    /** Enabled executives, for choosing whom to put on duty. */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<StaffDirectory.StaffContact> executives() {
        return staff.withRole(Role.EXECUTIVE);
    }

    @AdminOnly
    public DutyShift add(String executive, Instant startsAt, Instant endsAt, @Size(max = DutyShift.NOTE_MAX) String note) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        boolean isExecutive = executive != null && staff.find(executive)
                .filter(c -> c.enabled() && c.roles().contains(Role.EXECUTIVE)).isPresent();
        errors.addIf(!isExecutive, "executive", "roster.error.executive");
        errors.addIf(startsAt == null, "startsAt", "roster.error.start");
        errors.addIf(endsAt == null, "endsAt", "roster.error.end");
        errors.addIf(startsAt != null && endsAt != null && !endsAt.isAfter(startsAt), "endsAt", "roster.error.order");
        errors.addIf(endsAt != null && !endsAt.isAfter(clock.instant()), "endsAt", "roster.error.past");
        if (errors.isEmpty()) {
            errors.addIf(shifts.findOverlapping(startsAt, endsAt).stream().anyMatch(s -> s.getExecutive().equals(executive)),
                    "startsAt", "roster.error.overlap");
        }
        errors.throwIfAny();
        DutyShift shift = new DutyShift(executive, startsAt, endsAt, note == null || note.isBlank() ? null : note.strip());
        shift.touch(clock.instant(), me());
        shift = shifts.saveAndFlush(shift);
        audit.record("DUTY_SHIFT_ADDED", "DutyShift", shift.getId(), AuditDetails.of("audit.detail.shift", AuditDetails.person(executive), startsAt, endsAt));
        return shift;
    }

    @AdminOnly
    public void delete(long id, long editedVersion) {
        DutyShift shift = shifts.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(shift, editedVersion);
        audit.record("DUTY_SHIFT_REMOVED", "DutyShift", id, AuditDetails.of("audit.detail.shift", AuditDetails.person(shift.getExecutive()), shift.getStartsAt(), shift.getEndsAt()));
        shifts.delete(shift);
    }

    /**
     * Usernames of the executives on duty at this instant (enabled executives only), in shift order; every enabled
     * executive when nobody is on duty. Any caller (the SLA monitor runs as a job).
     */
    @Transactional(readOnly = true)
    public List<String> executivesOnDuty(Instant at) {
        Set<String> onDuty = new LinkedHashSet<>();
        for (DutyShift shift : shifts.findOnDuty(at)) {
            staff.find(shift.getExecutive()).filter(c -> c.enabled() && c.roles().contains(Role.EXECUTIVE))
                    .ifPresent(c -> onDuty.add(c.username()));
        }
        if (onDuty.isEmpty()) {
            return staff.withRole(Role.EXECUTIVE).stream().map(StaffDirectory.StaffContact::username).toList();
        }
        return List.copyOf(onDuty);
    }

    /** Stretches between {@code from} and {@code to} with nobody on duty, in order. */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<Interval> gaps(Instant from, Instant to) {
        List<Interval> gaps = new ArrayList<>();
        Instant covered = from;
        for (DutyShift shift : shifts.findOverlapping(from, to)) {  // ordered by start
            if (shift.getStartsAt().isAfter(covered)) {
                gaps.add(new Interval(covered, shift.getStartsAt()));
            }
            if (shift.getEndsAt().isAfter(covered)) {
                covered = shift.getEndsAt();
            }
        }
        if (covered.isBefore(to)) {
            gaps.add(new Interval(covered, to));
        }
        return gaps;
    }

    /** Gaps from now over the look-ahead period (a setting), for the administrator's warning. */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<Interval> gapsAhead() {
        Instant now = clock.instant();
        return gaps(now, now.plus(Duration.ofDays(lookaheadDays())));
    }

    /** How many days ahead the roster is checked for gaps (a setting). */
    public int lookaheadDays() {
        return settings.getInt(SlaSettings.ROSTER_LOOKAHEAD_DAYS);
    }

    private static String me() {
        return Actors.current();
    }
}
