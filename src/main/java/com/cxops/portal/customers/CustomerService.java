package com.cxops.portal.customers;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditFields;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AnyStaff;
import com.cxops.portal.base.access.ManagersAndAdmins;
import jakarta.annotation.security.RolesAllowed;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Customers and their orders, for every staff role (customers are the base every feature keys off). */
@Service
@Transactional
@Validated
public class CustomerService {


    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final LayerHistory history;
    private final StaffDirectory staff;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, OrderRepository orders, LayerHistory history,
                           StaffDirectory staff, SettingsService settings, AuditTrail audit, Clock clock) {
        this.customers = customers;
        this.orders = orders;
        this.history = history;
        this.staff = staff;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @AnyStaff
    @Transactional(readOnly = true)
    public Optional<Customer> find(long id) {
        return customers.findById(id);
    }

    @AnyStaff
    @Transactional(readOnly = true)
    public Optional<Customer> findByExternalId(String externalId) {
        return customers.findByExternalId(externalId);
    }

    /** Search by the start of name, email, phone or external id. */
    @AnyStaff
    @Transactional(readOnly = true)
    public Slice<Customer> search(String text, Pageable pageable) {
        return customers.search(prefix(text), pageable);
    }

    /** The customers list: search text (start of name, email, phone or external id) and filters. */
    @AnyStaff
    @Transactional(readOnly = true)
    public Slice<Customer> page(CustomerFilter filter, Pageable pageable) {
        return customers.filter(prefix(filter.text()), filter.layer(), filter.membership(), filter.accountManagerId(), pageable);
    }

    /** Customers in AT_RISK, soonest to turn dormant first. */
    @AnyStaff
    @Transactional(readOnly = true)
    public Slice<Customer> atRisk(Pageable pageable) {
        return customers.atRisk(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /** Whole days left before an at-risk customer turns dormant (by the dormant-days setting), if they ordered. */
    @AnyStaff
    @Transactional(readOnly = true)
    public OptionalLong daysToDormant(Customer customer) {
        if (customer.getLastOrderAt() == null) {
            return OptionalLong.empty();
        }
        long since = Duration.between(customer.getLastOrderAt(), clock.instant()).toDays();
        return OptionalLong.of(Math.max(0, settings.getInt(CustomerSettings.DORMANT_DAYS) - since));
    }

    @AnyStaff
    @Transactional(readOnly = true)
    public Optional<CustomerOrder> findOrder(String externalId) {
        return orders.findByExternalId(externalId);
    }

    @AnyStaff
    @Transactional(readOnly = true)
    public Slice<CustomerOrder> orders(long customerId, Pageable pageable) {
        return orders.findByCustomerIdOrderByPlacedAtDescIdDesc(customerId, pageable);
    }

    @AnyStaff
    @Transactional(readOnly = true)
    public Slice<LayerChange> layerHistory(long customerId, Pageable pageable) {
        return history.of(customerId, pageable);
    }

    /** Staff who can be a customer's account manager (enabled VIP managers). */
    @AnyStaff
    @Transactional(readOnly = true)
    public List<StaffDirectory.StaffContact> accountManagers() {
        return staff.withRole(Role.VIP_MANAGER);
    }

    /** A manager edits a customer's profile and account manager; refused as a whole when anything is invalid. */
    @ManagersAndAdmins
    public Customer update(long id, @Valid CustomerForm form) {
        Customer c = customers.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        validate(form);
        ConcurrentEditException.check(c, form.getVersion());
        String notesBefore = c.getNotes();
        AuditFields before = auditFields(c, false);
        c.setName(form.getName().trim());
        c.setEmail(CustomerRules.blankToNull(form.getEmail()));
        c.setPhone(CustomerRules.blankToNull(form.getPhone()));
        c.setBirthday(form.getBirthday());
        c.setAnniversary(form.getAnniversary());
        c.setMembershipLevel(form.getMembershipLevel());
        c.setSurveyOptOut(form.isSurveyOptOut());
        c.setManualVip(form.isManualVip(), CustomerRules.blankToNull(form.getManualVipReason()));
        c.setAccountManagerId(form.getAccountManagerId());
        c.setNotes(CustomerRules.blankToNull(form.getNotes()));
        String notes = c.getNotes();
        AuditFields after = auditFields(c, notesBefore != null && notes != null && !notesBefore.equals(notes) && notesBefore.length() == notes.length());
        if (!after.sameAs(before)) {
            c.touch(clock.instant(), actor());
            audit.record("CUSTOMER_UPDATED", "Customer", c.getId(), after.changedFrom(before, "Customer"));
        }
        return customers.saveAndFlush(c);
    }

    /** Assigns (or with null removes) the dedicated account manager, who must be an enabled VIP manager. */
    @ManagersAndAdmins
    public Customer assignAccountManager(long customerId, Long staffId, long editedVersion) {
        Customer c = customers.findById(customerId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        checkManager(staffId);
        ConcurrentEditException.check(c, editedVersion);
        if (!Objects.equals(c.getAccountManagerId(), staffId)) {
            audit.record("CUSTOMER_MANAGER_ASSIGNED", "Customer", c.getId(),
                    AuditDetails.of("audit.detail.changed", AuditDetails.person(c.getAccountManagerId()), AuditDetails.person(staffId)));
            c.setAccountManagerId(staffId);
            c.touch(clock.instant(), actor());
        }
        return customers.saveAndFlush(c);
    }

    /**
     * A VIP manager's own hand-over for an absence: the customer goes from {@code fromStaff} to {@code toStaff} when
     * the caller is one of the two (handing their book to the deputy, or taking back what is still with the deputy);
     * the concierge checks the absence behind it. Managers may do it for anyone. Refused unless the customer is still
     * with {@code fromStaff}.
     */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.ADMIN})
    public Customer handAccountManager(long customerId, long fromStaff, long toStaff, long editedVersion) {
        Customer c = customers.findById(customerId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (!isEditor() && !actor().equals(managerName(fromStaff)) && !actor().equals(managerName(toStaff))) {
            throw new org.springframework.security.access.AccessDeniedException("not the customer's account manager");
        }
        if (!Objects.equals(c.getAccountManagerId(), fromStaff)) {
            throw InvalidInputException.of("accountManagerId", "customer.error.account-manager");
        }
        checkManager(toStaff);
        ConcurrentEditException.check(c, editedVersion);
        audit.record("CUSTOMER_MANAGER_ASSIGNED", "Customer", c.getId(), AuditDetails.of("audit.detail.changed", AuditDetails.person(fromStaff), AuditDetails.person(toStaff)));
        c.setAccountManagerId(toStaff);
        c.touch(clock.instant(), actor());
        return customers.saveAndFlush(c);
    }

    private static boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER") || a.getAuthority().equals("ROLE_ADMIN"));
    }

    private void validate(CustomerForm f) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(!CustomerRules.isEmailOrEmpty(f.getEmail()), "email", "customer.error.email");
        errors.addIf(!CustomerRules.isPhoneOrEmpty(f.getPhone()), "phone", "customer.error.phone");
        errors.addIf(CustomerRules.vipReasonMissing(f.isManualVip(), f.getManualVipReason()), "manualVipReason", "customer.error.vip-reason");
        if (f.getAccountManagerId() != null && !isManager(f.getAccountManagerId())) {
            errors.add("accountManagerId", "customer.error.account-manager");
        }
        errors.throwIfAny();
    }

    private void checkManager(Long staffId) {
        if (staffId != null && !isManager(staffId)) {
            throw InvalidInputException.of("accountManagerId", "customer.error.account-manager");
        }
    }

    private boolean isManager(long staffId) {
        return staff.find(staffId).filter(s -> s.enabled() && s.roles().contains(Role.VIP_MANAGER)).isPresent();
    }

    private String managerName(Long staffId) {
        return staffId == null ? "-" : staff.find(staffId).map(StaffDirectory.StaffContact::username).orElse("#" + staffId);
    }

    /**
     * A customer's editable fields for the audit trail. Notes are named by their length, not copied (the trail keeps
     * facts, not a second copy of the text); {@code notesEdited} marks an edit that kept the length (else it would read as no change).
     */
    private static AuditFields auditFields(Customer c, boolean notesEdited) {
        String notes = c.getNotes();
        return AuditFields.of().add("audit.detail.field.person-name", c.getName()).add("audit.detail.field.email", c.getEmail())
                .add("audit.detail.field.phone", c.getPhone()).add("audit.detail.field.birthday", c.getBirthday())
                .add("audit.detail.field.anniversary", c.getAnniversary())
                .add("audit.detail.field.membership", c.getMembershipLevel() == null ? null : AuditDetails.label(c.getMembershipLevel().messageKey()))
                .add("audit.detail.field.survey-opt-out", c.isSurveyOptOut()).add("audit.detail.field.manual-vip", c.isManualVip())
                .add("audit.detail.field.manual-vip-reason", c.getManualVipReason())
                .add("audit.detail.field.account-manager", AuditDetails.person(c.getAccountManagerId()))
                .add("audit.detail.field.notes", notes == null ? null
                        : AuditDetails.of(notesEdited ? "audit.detail.notes-edited" : "audit.detail.notes-length", notes.length()));
    }

    static String prefix(String text) {
        return text == null || text.isBlank() ? null : text.trim().replace("%", "").replace("_", "") + "%";
    }

    private static String actor() {
        return Actors.current();
    }
}
