package com.cxops.portal.concierge;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.validation.ConstraintMessages;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.tasks.TaskCompleted;
import com.cxops.portal.tasks.TaskService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The contact log: every VIP contact with date, channel and note, logged by hand or written when a task is done with
 * an outcome that counts as a contact. It gives "last contact" (My book) and contacts per customer per month.
 */
@Service
@Transactional
public class ContactService {

    private final ContactRepository contacts;
    private final ConciergeAccess access;
    private final CustomerFacts customers;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    /** ContactForm's constraints are checked with the customer and the channel, so every wrong field shows at once. */
    private final Validator validator;

    ContactService(ContactRepository contacts, ConciergeAccess access, CustomerFacts customers, CurrentUser user, AuditTrail audit, Clock clock,
                   Validator validator) {
        this.contacts = contacts;
        this.access = access;
        this.customers = customers;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.validator = validator;
    }

    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public ContactEntry log(ContactForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        CustomerFacts.Snapshot c = form.customerId() == null ? null : customers.find(form.customerId()).orElse(null);
        errors.addIf(c == null, "customerId", "concierge.error.customer");
        errors.addIf(form.channel() == null || form.channel() == ContactChannel.TASK, "channel", "concierge.error.channel");
        ConstraintMessages.collect(validator.validate(form), errors);
        Instant now = clock.instant();
        errors.addIf(form.contactedAt() != null && form.contactedAt().isAfter(now), "contactedAt", "concierge.error.contact-future");
        errors.throwIfAny();
        access.requireBook(c);
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        ContactEntry e = contacts.saveAndFlush(new ContactEntry(c.id(), user.id().orElse(null), form.contactedAt(), form.channel(),
                note, null, now, user.username()));
        audit.record("CONTACT_LOGGED", "Customer", c.id(), AuditDetails.of("audit.detail.contact-logged", AuditDetails.label("concierge.channel.", form.channel()), form.contactedAt()));
        return e;
    }

    /** A task done with an outcome that reaches the customer is a contact (same transaction as the completion). */
    @EventListener
    void onTaskCompleted(TaskCompleted done) {
        if (!done.countsAsContact() || done.customerId() == null || contacts.existsByTaskId(done.taskId())) {
            return;
        }
        contacts.save(new ContactEntry(done.customerId(), done.ownerId(), done.at(), ContactChannel.TASK,
                done.outcomeCode() + (done.note() == null ? "" : ": " + done.note()), done.taskId(), clock.instant(),
                done.actor() == null ? TaskService.SYSTEM : done.actor()));
    }

    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE})
    @Transactional(readOnly = true)
    public Slice<ContactEntry> ofCustomer(long customerId, Pageable pageable) {
        CustomerFacts.Snapshot c = customers.find(customerId).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        access.requireBookOrReader(c);
        return contacts.ofCustomer(customerId, pageable);
    }

    /** Last contact per customer (SQL max), for books and workload. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastContacts(Collection<Long> customerIds) {
        Map<Long, Instant> result = new HashMap<>();
        if (customerIds.isEmpty()) {
            return result;
        }
        for (Object[] r : contacts.lastContacts(customerIds)) {
            result.put((Long) r[0], (Instant) r[1]);
        }
        return result;
    }
}
