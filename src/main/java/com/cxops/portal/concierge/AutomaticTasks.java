package com.cxops.portal.concierge;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.complaints.ComplaintCreated;
import com.cxops.portal.complaints.ComplaintFacts;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.customers.CustomerEnteredAtRisk;
import com.cxops.portal.customers.CustomerHighNetWorthChanged;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskPriority;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tasks that start by themselves, each exactly once per trigger (the task source makes a second delivery a no-op):
 * a VIP's complaint → a follow-up for their manager (besides the complaint's own routing; a deputy is alerted while
 * the manager is away); a VIP entering AT_RISK → win-back; a customer becoming high-net-worth → a welcome task and,
 * without one, an account manager by book size; a customer no longer high-net-worth → flagged to their manager.
 * They act after the triggering change is committed.
 */
@Component
class AutomaticTasks {

    private final TaskWorkflowService tasks;
    private final AbsenceService absences;
    private final ConciergeService concierge;
    private final ComplaintFacts complaints;
    private final CustomerFacts customers;
    private final StaffDirectory staff;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    AutomaticTasks(TaskWorkflowService tasks, AbsenceService absences, ConciergeService concierge, ComplaintFacts complaints,
                   CustomerFacts customers, StaffDirectory staff,
                   Notifier notifier, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.tasks = tasks;
        this.absences = absences;
        this.concierge = concierge;
        this.complaints = complaints;
        this.customers = customers;
        this.staff = staff;
        this.notifier = notifier;
        this.audit = audit;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onComplaint(ComplaintCreated event) {
        record Facts(long customerId, String customerName, boolean vip, Long manager, String number) {
        }
        Facts f = newTransaction.execute(s -> {
            ComplaintFacts.Snapshot complaint = complaints.find(event.complaintId()).orElse(null);
            CustomerFacts.Snapshot c = complaint == null ? null : customers.find(complaint.customerId()).orElse(null);
            return c == null ? null : new Facts(c.id(), c.name(), c.vip(), c.accountManagerId(), complaint.number());
        });
        if (f == null || !f.vip()) {
            return;
        }
        tasks.createFromSource(new NewTask(TaskType.COMPLAINT_FOLLOW_UP, f.customerId(), TaskSource.complaint(event.complaintId()),
                f.manager(), null, null, TaskPriority.HIGH, "@concierge.task.complaint|" + f.number() + "|" + f.customerName(), null));
        if (f.manager() != null) {
            long deputy = absences.effectiveOwner(f.manager(), event.at());
            if (deputy != f.manager()) {
                // The complaint's routing alerted the absent manager; their deputy must hear of it too.
                newTransaction.executeWithoutResult(s -> staff.find(deputy).ifPresent(d -> notifier.notify(d.username(),
                        "CONCIERGE_VIP_COMPLAINT_DEPUTY", "concierge.notification.vip-complaint-deputy",
                        List.of(f.number(), f.customerName(), staff.displayName(f.manager()).orElse("")), "complaints/" + event.complaintId())));
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onAtRisk(CustomerEnteredAtRisk event) {
        CustomerFacts.Snapshot c = newTransaction.execute(s -> customers.find(event.customerId()).orElse(null));
        if (c == null || !c.vip()) {
            return;
        }
        tasks.createFromSource(new NewTask(TaskType.WIN_BACK, c.id(), layerChange(c.id(), "AT_RISK", event.at()),
                c.accountManagerId(), null, null, TaskPriority.HIGH, "@concierge.task.win-back|" + c.name(), null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onHighNetWorth(CustomerHighNetWorthChanged event) {
        if (event.highNetWorth()) {
            welcome(event);
        } else {
            leftHighNetWorth(event);
        }
    }

    private void welcome(CustomerHighNetWorthChanged event) {
        Long manager = newTransaction.execute(s -> {
            CustomerFacts.Snapshot c = customers.find(event.customerId()).orElse(null);
            if (c == null) {
                return null;
            }
            if (c.accountManagerId() != null) {
                return c.accountManagerId();
            }
            Optional<Long> chosen = leastBusyManager();
            chosen.filter(m -> customers.assignFirstAccountManager(c.id(), m, clock.instant(), TaskService.SYSTEM)).ifPresent(m -> {
                audit.record("CUSTOMER_MANAGER_ASSIGNED", "Customer", c.id(),
                        AuditDetails.of("audit.detail.manager-for-new-hnw", AuditDetails.person(m)));
            });
            return chosen.orElse(null);
        });
        CustomerFacts.Snapshot c = newTransaction.execute(s -> customers.find(event.customerId()).orElse(null));
        if (c == null) {
            return;
        }
        tasks.createFromSource(new NewTask(TaskType.WELCOME, c.id(), layerChange(c.id(), "HNW", event.at()), manager, null,
                null, TaskPriority.HIGH, "@concierge.task.welcome|" + c.name(), null));
    }

    private void leftHighNetWorth(CustomerHighNetWorthChanged event) {
        newTransaction.executeWithoutResult(s -> {
            CustomerFacts.Snapshot c = customers.find(event.customerId()).orElse(null);
            if (c == null || c.accountManagerId() == null) {
                return;
            }
            long to = absences.effectiveOwner(c.accountManagerId(), event.at());
            staff.find(to).ifPresent(m -> notifier.notify(m.username(), "CONCIERGE_LEFT_HNW", "concierge.notification.left-hnw",
                    List.of(c.name()), "customers/" + c.id()));
            audit.record("CONCIERGE_LEFT_HNW", "Customer", c.id(), AuditDetails.of("audit.detail.left-hnw", AuditDetails.person(c.accountManagerId())));
        });
    }

    /** The enabled VIP manager with the smallest book who is not away today (ties: the lower id). */
    private Optional<Long> leastBusyManager() {
        Map<Long, Long> sizes = concierge.bookSizes();
        return staff.withRole(Role.VIP_MANAGER).stream()
                .filter(StaffDirectory.StaffContact::enabled)
                .filter(s -> !absences.isAway(s.id()))
                .min(Comparator.comparingLong((StaffDirectory.StaffContact s) -> sizes.getOrDefault(s.id(), 0L))
                        .thenComparingLong(StaffDirectory.StaffContact::id))
                .map(StaffDirectory.StaffContact::id);
    }

    private static TaskSource layerChange(long customerId, String change, Instant at) {
        return new TaskSource(TaskSourceType.LAYER_CHANGE, customerId + ":" + change + ":" + at.getEpochSecond(), "customers/" + customerId);
    }
}
