package com.cxops.portal.tasks;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Open tasks that move with people and customers: a customer moved to another account manager (rebalancing), and a
 * person's work handed to their deputy for an absence and back. Called by the concierge inside its own transaction;
 * each task on its timeline and in the audit trail.
 */
@Service
@Transactional
public class TaskHandOverService {

    private final TaskStore store;
    private final TaskRepository tasks;
    private final AuditTrail audit;

    TaskHandOverService(TaskStore store, AuditTrail audit) {
        this.store = store;
        this.tasks = store.tasks;
        this.audit = audit;
    }

    /**
     * A customer moved from one account manager to another (rebalancing): their open tasks owned by the old manager
     * follow, each recorded on its timeline. Called by the concierge inside its own transaction.
     */
    @RolesAllowed({Role.Names.MANAGER})
    public int moveCustomerTasks(long customerId, Long fromStaff, long toStaff) {
        Instant now = store.clock.instant();
        String actor = store.actor();
        int moved = 0;
        for (Task t : tasks.openOfCustomers(List.of(customerId), TaskService.OPEN)) {
            if (t.getOwnerId() == null || !t.getOwnerId().equals(fromStaff)) {
                continue;
            }
            t.setOwnerId(toStaff);
            store.save(t, now);
            store.log(t, now, actor, TaskEvent.Kind.CUSTOMER_MOVED, store.name(fromStaff) + " -> " + store.name(toStaff));
            audit.record("TASK_ASSIGNED", "Task", t.getId(), AuditDetails.of("audit.detail.task-follows-customer", AuditDetails.stored(t.getTitle()), AuditDetails.person(toStaff)));
            moved++;
        }
        return moved;
    }

    /**
     * Hands a person's open tasks to another (an absent VIP manager's to their deputy); with {@code onlyIds}, only
     * those of them (handing back what was handed over). Each on its timeline, in the audit trail, and the receiver is
     * notified once. Returns the ids of the tasks moved. Called by the concierge inside its own transaction, which
     * checks the absence behind it; a VIP manager may hand over their own tasks, or take back named tasks.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.VIP_MANAGER})
    public List<Long> handOpenTasks(long fromStaff, long toStaff, Collection<Long> onlyIds, String why) {
        if (!store.isManager() && store.me() != fromStaff && !(store.me() == toStaff && onlyIds != null)) {
            throw new AccessDeniedException("not the person's own tasks");
        }
        Instant now = store.clock.instant();
        String actor = store.actor();
        List<Long> moved = new ArrayList<>();
        for (Task t : tasks.allOfOwner(fromStaff, TaskService.OPEN)) {
            if (onlyIds != null && !onlyIds.contains(t.getId())) {
                continue;
            }
            t.setOwnerId(toStaff);
            store.save(t, now);
            store.log(t, now, actor, TaskEvent.Kind.ASSIGNED, store.name(fromStaff) + " -> " + store.name(toStaff) + " (" + why + ")");
            audit.record("TASK_ASSIGNED", "Task", t.getId(), AuditDetails.of("audit.detail.task-handed", AuditDetails.stored(t.getTitle()), AuditDetails.stored(why), AuditDetails.person(toStaff)));
            moved.add(t.getId());
        }
        if (!moved.isEmpty()) {
            store.notifyHandedOver(toStaff, moved.size(), fromStaff);
        }
        return moved;
    }
}
