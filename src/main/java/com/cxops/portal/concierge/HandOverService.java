package com.cxops.portal.concierge;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.customers.CustomerService;
import com.cxops.portal.tasks.TaskHandOverService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Hand everything over to the deputy" for a VIP manager's absence: their open tasks and the customers of their book
 * go to the absence's deputy in one step, item by item on the task timelines and in the audit trail; handing back
 * returns what was handed over and is still with the deputy (a task the deputy finished, or a customer a manager has
 * moved elsewhere meanwhile, stays where it is). The absent VIP manager does it themselves, or a manager for them;
 * nobody else, because moving a book changes the customers' account manager.
 */
@Service
@Transactional
public class HandOverService {

    private final HandOverRepository handOvers;
    private final AbsenceRepository absences;
    private final CustomerFacts customerFacts;
    private final TaskHandOverService tasks;
    private final CustomerService customers;
    private final StaffDirectory staff;
    private final CurrentUser user;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final ShopSettings shop;
    private final Clock clock;

    HandOverService(HandOverRepository handOvers, AbsenceRepository absences, CustomerFacts customerFacts, TaskHandOverService tasks,
                    CustomerService customers, StaffDirectory staff, CurrentUser user, Notifier notifier, AuditTrail audit,
                    ShopSettings shop, Clock clock) {
        this.handOvers = handOvers;
        this.absences = absences;
        this.customerFacts = customerFacts;
        this.tasks = tasks;
        this.customers = customers;
        this.staff = staff;
        this.user = user;
        this.notifier = notifier;
        this.audit = audit;
        this.shop = shop;
        this.clock = clock;
    }

    /** The hand-over of this absence that has not been handed back, if any. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Optional<HandOver> open(long absenceId) {
        return handOvers.findFirstByAbsenceIdAndReturnedAtIsNullOrderByIdDesc(absenceId);
    }

    /** Hands the absent person's open tasks and book to the absence's deputy: the absent person or a manager. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public HandOver handOver(long absenceId) {
        Absence a = absences.findById(absenceId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        checkAbsentOrManager(a.getStaffId());
        LocalDate today = clock.instant().atZone(shop.zone()).toLocalDate();
        if (a.isCancelled() || a.getEndsOn().isBefore(today)) {
            throw InvalidInputException.of("", "concierge.error.hand-over-over");
        }
        if (open(absenceId).isPresent()) {
            throw InvalidInputException.of("", "concierge.error.hand-over-twice");
        }
        long from = a.getStaffId();
        long to = a.getDeputyId();
        StaffDirectory.StaffContact deputy = staff.find(to).filter(s -> s.enabled() && s.roles().contains(Role.VIP_MANAGER))
                .orElseThrow(() -> InvalidInputException.of("", "concierge.error.deputy-role"));
        Instant now = clock.instant();
        HandOver h = new HandOver(absenceId, from, to, now, user.username());
        tasks.handOpenTasks(from, to, null, "handed over for an absence").forEach(id -> h.add(HandOver.Kind.TASK, id));
        for (Customer c : customerFacts.ofAccountManager(from)) {
            customers.handAccountManager(c.getId(), from, to, c.getVersion());
            h.add(HandOver.Kind.CUSTOMER, c.getId());
        }
        h.touch(now, user.username());
        HandOver saved = handOvers.saveAndFlush(h);
        int nCustomers = saved.ids(HandOver.Kind.CUSTOMER).size();
        int nTasks = saved.ids(HandOver.Kind.TASK).size();
        audit.record("CONCIERGE_HANDED_OVER", "Absence", absenceId, AuditDetails.of("audit.detail.handed", nCustomers, nTasks, AuditDetails.person(from), AuditDetails.person(deputy.username())));
        notifier.notify(deputy.username(), "CONCIERGE_BOOK_CHANGED", "concierge.notification.handed-over",
                List.of(name(from), String.valueOf(nCustomers), String.valueOf(nTasks)), "concierge/book");
        return saved;
    }

    /** Returns what was handed over and is still with the deputy to the person back from their absence (they or a manager). */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public HandOver handBack(long handOverId) {
        HandOver h = handOvers.findById(handOverId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        checkAbsentOrManager(h.getFromStaffId());
        if (h.isReturned()) {
            throw InvalidInputException.of("", "concierge.error.handed-back");
        }
        long from = h.getToStaffId();
        long to = h.getFromStaffId();
        StaffDirectory.StaffContact owner = staff.find(to).filter(s -> s.enabled() && s.roles().contains(Role.VIP_MANAGER))
                .orElseThrow(() -> InvalidInputException.of("", "concierge.error.not-vip-manager"));
        int nTasks = tasks.handOpenTasks(from, to, h.ids(HandOver.Kind.TASK), "handed back after an absence").size();
        int nCustomers = 0;
        for (Long id : h.ids(HandOver.Kind.CUSTOMER)) {
            Customer c = customerFacts.customer(id).orElse(null);
            if (c != null && Objects.equals(c.getAccountManagerId(), from)) {
                customers.handAccountManager(id, from, to, c.getVersion());
                nCustomers++;
            }
        }
        Instant now = clock.instant();
        h.returned(now, user.username());
        h.touch(now, user.username());
        audit.record("CONCIERGE_HANDED_BACK", "Absence", h.getAbsenceId(), AuditDetails.of("audit.detail.handed", nCustomers, nTasks, AuditDetails.person(from), AuditDetails.person(owner.username())));
        List<String> counts = List.of(String.valueOf(nCustomers), String.valueOf(nTasks));
        if (user.id().filter(me -> me == to).isPresent()) {
            // taken back by the person themselves: the deputy is the one to tell
            staff.find(from).ifPresent(d -> notifier.notify(d.username(), "CONCIERGE_BOOK_CHANGED", "concierge.notification.taken-back",
                    List.of(owner.displayName(), counts.get(0), counts.get(1)), "concierge/book"));
        } else {
            notifier.notify(owner.username(), "CONCIERGE_BOOK_CHANGED", "concierge.notification.handed-back",
                    List.of(name(from), counts.get(0), counts.get(1)), "concierge/book");
        }
        return handOvers.saveAndFlush(h);
    }

    /** Whether the caller may move this person's tasks and book: the person themselves, or a manager. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public boolean mayHandOver(long absentStaffId) {
        return user.hasRole(Role.Names.MANAGER) || user.id().filter(me -> me == absentStaffId).isPresent();
    }

    private void checkAbsentOrManager(long absentStaffId) {
        if (!mayHandOver(absentStaffId)) {
            throw new AccessDeniedException("only the absent person or a manager hands over");
        }
    }

    private String name(long staffId) {
        return staff.displayName(staffId).orElse("#" + staffId);
    }
}
