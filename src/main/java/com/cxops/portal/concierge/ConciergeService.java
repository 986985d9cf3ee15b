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
import com.cxops.portal.surveys.CustomerSurveyService;
import com.cxops.portal.tasks.TaskHandOverService;
import com.cxops.portal.tasks.TaskService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A VIP manager's book (who needs attention first), the workload of every VIP manager, and rebalancing books. */
@Service
@Transactional
public class ConciergeService {

    private final CustomerFacts customerFacts;
    private final ConciergeAccess access;
    private final ContactService contacts;
    private final TaskService tasks;
    private final TaskHandOverService handOvers;
    private final AbsenceService absences;
    private final CustomerService customers;
    private final StaffDirectory staff;
    private final CurrentUser user;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final ConciergeSettings settings;
    private final ShopSettings shop;
    private final Clock clock;
    private final CustomerSurveyService surveys;

    ConciergeService(CustomerFacts customerFacts, ConciergeAccess access, ContactService contacts, TaskService tasks,
                     TaskHandOverService handOvers, AbsenceService absences, CustomerService customers, StaffDirectory staff,
                     CurrentUser user, Notifier notifier, AuditTrail audit, ConciergeSettings settings, ShopSettings shop,
                     Clock clock, CustomerSurveyService surveys) {
        this.surveys = surveys;
        this.customerFacts = customerFacts;
        this.access = access;
        this.contacts = contacts;
        this.tasks = tasks;
        this.handOvers = handOvers;
        this.absences = absences;
        this.customers = customers;
        this.staff = staff;
        this.user = user;
        this.notifier = notifier;
        this.audit = audit;
        this.settings = settings;
        this.shop = shop;
        this.clock = clock;
    }

    /** The books this person may open: their own (VIP manager), those they deputise for now, every VIP manager's (managers). */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public List<StaffDirectory.StaffContact> books() {
        List<StaffDirectory.StaffContact> result = new ArrayList<>();
        for (StaffDirectory.StaffContact s : staff.withRole(Role.VIP_MANAGER)) {
            if (access.mayOpenBook(s.id())) {
                result.add(s);
            }
        }
        return result;
    }

    /** A VIP manager's customers, those without contact within the setting's days first, then the longest without. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public List<BookRow> book(Long managerId) {
        long manager = managerId != null ? managerId : user.id().orElseThrow(() -> InvalidInputException.of("", "error.access-denied"));
        if (!access.mayOpenBook(manager)) {
            throw InvalidInputException.of("", "concierge.error.book-denied");
        }
        List<Customer> list = customerFacts.ofAccountManager(manager);
        List<Long> ids = list.stream().map(Customer::getId).toList();
        Map<Long, Instant> last = contacts.lastContacts(ids);
        Map<Long, Long> open = tasks.openCountByCustomer(ids);
        Map<Long, CustomerSurveyService.LastNps> nps = surveys.lastNps(ids);
        ZoneId zone = shop.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Instant cut = clock.instant().minus(java.time.Duration.ofDays(settings.noContactDays()));
        List<BookRow> rows = new ArrayList<>();
        for (Customer c : list) {
            Instant lastContact = last.get(c.getId());
            LocalDate next = null;
            OccasionKind nextKind = null;
            for (OccasionKind kind : OccasionKind.values()) {
                LocalDate anchor = switch (kind) {
                    case BIRTHDAY -> c.getBirthday();
                    case REGISTRATION -> c.getRegisteredAt() == null ? null : c.getRegisteredAt().atZone(zone).toLocalDate();
                    case MEMBERSHIP -> c.getAnniversary();
                };
                Optional<LocalDate> d = OccasionRules.next(anchor, today);
                if (d.isPresent() && (next == null || d.get().isBefore(next))) {
                    next = d.get();
                    nextKind = kind;
                }
            }
            boolean attention = lastContact == null || lastContact.isBefore(cut);
            rows.add(new BookRow(c.getId(), c.getName(), c.getLayer(), c.getMembershipLevel(), c.isVip(), c.getRfmRecency(),
                    c.getRfmFrequency(), c.getRfmMonetary(), c.getLastOrderAt(), lastContact, next, nextKind,
                    open.getOrDefault(c.getId(), 0L), attention, c.getVersion(), nps.get(c.getId())));
        }
        rows.sort(Comparator.comparing((BookRow r) -> !r.needsAttention())
                .thenComparing(BookRow::lastContactAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(BookRow::name).thenComparingLong(BookRow::customerId));
        return rows;
    }

    /** Every VIP manager's book size and open, due-this-week (to Sunday, shop zone) and overdue tasks. */
    @RolesAllowed(Role.Names.MANAGER)
    @Transactional(readOnly = true)
    public List<ManagerLoad> workload() {
        ZoneId zone = shop.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Instant weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, TaskService.OwnerLoad> loads = tasks.loadByOwner(weekEnd);
        Map<Long, Long> books = bookSizes();
        List<ManagerLoad> result = new ArrayList<>();
        for (StaffDirectory.StaffContact s : staff.withRole(Role.VIP_MANAGER)) {
            TaskService.OwnerLoad l = loads.get(s.id());
            result.add(new ManagerLoad(s.id(), s.displayName(), books.getOrDefault(s.id(), 0L), l == null ? 0 : l.open(),
                    l == null ? 0 : l.dueThisWeek(), l == null ? 0 : l.overdue(), absences.isAway(s.id())));
        }
        return result;
    }

    /**
     * Moves customers to another VIP manager (rebalancing): the customer's account manager changes through the
     * customers' service, and their open tasks owned by the old manager follow, each recorded.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public int moveCustomers(Collection<Long> customerIds, long toManager) {
        if (customerIds.isEmpty()) {
            throw InvalidInputException.of("", "concierge.error.none-selected");
        }
        StaffDirectory.StaffContact target = staff.find(toManager)
                .filter(s -> s.enabled() && s.roles().contains(Role.VIP_MANAGER))
                .orElseThrow(() -> InvalidInputException.of("toManager", "concierge.error.not-vip-manager"));
        int movedTasks = 0;
        int movedCustomers = 0;
        for (Long id : new LinkedHashSet<>(customerIds)) {
            Customer c = customerFacts.customer(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
            Long from = c.getAccountManagerId();
            if (from != null && from == toManager) {
                continue;
            }
            customers.assignAccountManager(c.getId(), toManager, c.getVersion());
            movedTasks += handOvers.moveCustomerTasks(c.getId(), from, toManager);
            audit.record("CONCIERGE_CUSTOMER_MOVED", "Customer", c.getId(),
                    AuditDetails.of("audit.detail.changed", AuditDetails.person(from), AuditDetails.person(target.username())));
            movedCustomers++;
        }
        if (movedCustomers > 0) {
            notifier.notify(target.username(), "CONCIERGE_BOOK_CHANGED", "concierge.notification.customers-moved",
                    List.of(String.valueOf(movedCustomers), String.valueOf(movedTasks)), "concierge/book");
        }
        return movedTasks;
    }

    /** Book size per VIP manager, counted in SQL. */
    Map<Long, Long> bookSizes() {
        return customerFacts.bookSizes();
    }
}
