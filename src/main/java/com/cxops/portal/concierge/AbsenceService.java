package com.cxops.portal.concierge;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.base.validation.ConstraintMessages;
import com.cxops.portal.tasks.TaskRouting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Absences of VIP managers with a deputy: during one, new tasks and VIP complaint alerts for the manager's customers
 * go to the deputy (through {@link TaskRouting}), and the deputy may open the manager's book. Overlapping absences, a
 * deputy who is away too or is deputising for someone else then, and a deputy who is the person themselves are refused.
 */
@Service
@Transactional
public class AbsenceService implements TaskRouting {

    private final AbsenceRepository absences;
    private final StaffDirectory staff;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final ShopSettings shop;
    private final Clock clock;
    /** AbsenceForm's constraints are checked before its dates and deputy, every missing field at once. */
    private final Validator validator;

    AbsenceService(AbsenceRepository absences, StaffDirectory staff, CurrentUser user, AuditTrail audit, ShopSettings shop, Clock clock,
                   Validator validator) {
        this.absences = absences;
        this.staff = staff;
        this.user = user;
        this.audit = audit;
        this.shop = shop;
        this.clock = clock;
        this.validator = validator;
    }

    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public Absence record(AbsenceForm form) {
        long me = user.id().orElseThrow(() -> InvalidInputException.of("", "error.access-denied"));
        long person = form.staffId() == null ? me : form.staffId();
        if (person != me && !user.hasRole(Role.Names.MANAGER)) {
            throw InvalidInputException.of("staffId", "concierge.error.absence-not-yours");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ConstraintMessages.collect(validator.validate(form), errors);
        errors.throwIfAny();
        LocalDate today = today();
        errors.addIf(form.endsOn().isBefore(form.startsOn()), "endsOn", "concierge.error.absence-order");
        errors.addIf(form.endsOn().isBefore(today), "endsOn", "concierge.error.absence-past");
        errors.addIf(form.deputyId() == person, "deputyId", "concierge.error.deputy-self");
        errors.throwIfAny();
        staff.find(person).filter(s -> s.enabled() && s.roles().contains(Role.VIP_MANAGER))
                .orElseThrow(() -> InvalidInputException.of("staffId", "concierge.error.not-vip-manager"));
        staff.find(form.deputyId()).filter(s -> s.enabled() && s.roles().contains(Role.VIP_MANAGER))
                .orElseThrow(() -> InvalidInputException.of("deputyId", "concierge.error.deputy-role"));
        errors.addIf(!absences.overlapping(person, form.startsOn(), form.endsOn()).isEmpty(), "startsOn", "concierge.error.absence-overlap");
        errors.addIf(!absences.overlapping(form.deputyId(), form.startsOn(), form.endsOn()).isEmpty(), "deputyId", "concierge.error.deputy-absent");
        errors.addIf(!absences.deputisingIn(person, form.startsOn(), form.endsOn()).isEmpty(), "startsOn", "concierge.error.is-deputy");
        errors.throwIfAny();
        Instant now = clock.instant();
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        Absence a = new Absence(person, form.deputyId(), form.startsOn(), form.endsOn(), note, now, user.username());
        a.touch(now, user.username());
        a = absences.saveAndFlush(a);
        audit.record("ABSENCE_RECORDED", "Absence", a.getId(), AuditDetails.of("audit.detail.absence-recorded", AuditDetails.person(person), a.getStartsOn(), a.getEndsOn(), AuditDetails.person(a.getDeputyId())));
        return a;
    }

    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public void cancel(long id, long editedVersion) {
        Absence a = absences.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        long me = user.id().orElse(-1L);
        if (a.getStaffId() != me && !user.hasRole(Role.Names.MANAGER)) {
            throw InvalidInputException.of("", "concierge.error.absence-not-yours");
        }
        ConcurrentEditException.check(a, editedVersion);
        a.cancel();
        a.touch(clock.instant(), user.username());
        try {
            absences.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            Absence current = absences.findById(id).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        audit.record("ABSENCE_CANCELLED", "Absence", id, AuditDetails.of("audit.detail.period", a.getStartsOn(), a.getEndsOn()));
    }

    /** Absences not yet over: a VIP manager's own and those they deputise in; a manager's: everyone's. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Slice<Absence> current(Pageable pageable) {
        Long who = user.hasRole(Role.Names.MANAGER) ? null : user.id().orElse(-1L);
        return absences.current(who, today(), pageable);
    }

    /** Whether the person is away on the shop's today. */
    @Transactional(readOnly = true)
    public boolean isAway(long staffId) {
        LocalDate day = today();
        return !absences.overlapping(staffId, day, day).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public long effectiveOwner(long staffId, Instant at) {
        LocalDate day = at.atZone(shop.zone()).toLocalDate();
        return absences.overlapping(staffId, day, day).stream().findFirst().map(Absence::getDeputyId).orElse(staffId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> coveredBy(long staffId, Instant at) {
        LocalDate day = at.atZone(shop.zone()).toLocalDate();
        return absences.deputisingIn(staffId, day, day).stream().map(Absence::getStaffId).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return clock.instant().atZone(shop.zone()).toLocalDate();
    }
}
