package com.cxops.portal.tasks;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import static com.cxops.portal.tasks.TaskStore.requireOpen;

/**
 * Who has a task: claiming from a pool (of two people at once exactly one wins), releasing back to it, and a manager
 * assigning or reassigning. Each change on the timeline and in the audit trail; the new owner is notified.
 */
@Service
@Transactional
public class TaskAssignmentService {

    private final TaskStore store;
    private final TaskRepository tasks;
    private final AuditTrail audit;

    TaskAssignmentService(TaskStore store, AuditTrail audit) {
        this.store = store;
        this.tasks = store.tasks;
        this.audit = audit;
    }

    /** Takes an unowned task from a pool. Of two people at once exactly one wins; the other is told who has it. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow claim(long id) {
        // Not load(): the loser of a race may no longer read the task, but must still be told who has it.
        Task t = tasks.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (!store.mayUsePool(t.getPool())) {
            throw InvalidInputException.of("", "tasks.error.pool-denied");
        }
        long me = store.me();
        if (t.getOwnerId() != null || t.getStatus() != TaskStatus.OPEN) {
            throw alreadyTaken(t);
        }
        store.checkOwner(t.getType(), store.customer(t), me, "");
        Instant now = store.clock.instant();
        String actor = store.actor();
        if (tasks.claim(id, me, now, actor) == 0) {
            // Read who won in a fresh transaction: under REPEATABLE READ (MariaDB) this one still sees the old row.
            throw alreadyTaken(store.readOnly.execute(s -> tasks.findById(id).orElseThrow()));
        }
        Task claimed = tasks.findById(id).orElseThrow();
        store.log(claimed, now, actor, TaskEvent.Kind.CLAIMED, store.name(me));
        audit.record("TASK_CLAIMED", "Task", id, AuditDetails.of("audit.detail.task-claimed", AuditDetails.stored(claimed.getTitle()), TaskPools.auditName(claimed.getPool())));
        return store.row(claimed);
    }

    private InvalidInputException alreadyTaken(Task t) {
        if (t.getOwnerId() != null) {
            return new TaskTakenException(store.name(t.getOwnerId()));
        }
        return InvalidInputException.of("", "tasks.error.not-open");
    }

    /** Gives an own task back to its pool. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow release(long id, long editedVersion) {
        Task t = store.load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        if (!store.isManager() && !Long.valueOf(store.me()).equals(t.getOwnerId())) {
            throw InvalidInputException.of("", "tasks.error.not-yours");
        }
        if (t.getOwnerId() == null) {
            throw InvalidInputException.of("", "tasks.error.not-owned");
        }
        Long before = t.getOwnerId();
        Instant now = store.clock.instant();
        t.setOwnerId(null);
        t.setStatus(TaskStatus.OPEN);
        if (t.getPool() == null) {
            t.setPool(TaskPools.CONCIERGE);
        }
        store.save(t, now);
        store.log(t, now, store.actor(), TaskEvent.Kind.RELEASED, store.name(before) + " -> " + t.getPool());
        audit.record("TASK_RELEASED", "Task", id, AuditDetails.of("audit.detail.task-released", AuditDetails.stored(t.getTitle()), TaskPools.auditName(t.getPool())));
        return store.row(t);
    }

    /** A manager assigns (or reassigns) one or many open tasks to a person; all or none. */
    @RolesAllowed({Role.Names.MANAGER})
    public List<TaskRow> assign(Collection<Long> ids, long staffId) {
        if (ids.isEmpty()) {
            throw InvalidInputException.of("", "tasks.error.none-selected");
        }
        StaffDirectory.StaffContact target = store.staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                .orElseThrow(() -> InvalidInputException.of("ownerId", "tasks.error.owner"));
        List<Task> list = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Task t = store.load(id);
            requireOpen(t);
            store.checkOwner(t.getType(), store.customer(t), staffId, "ownerId");
            list.add(t);
        }
        Instant now = store.clock.instant();
        String actor = store.actor();
        List<TaskRow> result = new ArrayList<>();
        for (Task t : list) {
            Long before = t.getOwnerId();
            if (before != null && before == staffId) {
                result.add(store.row(t));
                continue;
            }
            t.setOwnerId(staffId);
            store.save(t, now);
            store.log(t, now, actor, TaskEvent.Kind.ASSIGNED, (before == null ? t.getPool() : store.name(before)) + " -> " + target.displayName());
            audit.record("TASK_ASSIGNED", "Task", t.getId(), before == null
                    ? AuditDetails.of("audit.detail.task-assigned", AuditDetails.stored(t.getTitle()), AuditDetails.person(target.username()))
                    : AuditDetails.of("audit.detail.task-reassigned", AuditDetails.stored(t.getTitle()), AuditDetails.person(target.username()), AuditDetails.person(before)));
            store.notifyOwner(t, staffId);
            result.add(store.row(t));
        }
        return result;
    }

    /** Hands a task to a staff member with the version the person saw (one task; a manager, or the owner to a colleague). */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow reassign(long id, long editedVersion, long staffId) {
        Task t = store.load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        if (!store.isManager() && !Long.valueOf(store.me()).equals(t.getOwnerId())) {
            throw InvalidInputException.of("", "tasks.error.not-yours");
        }
        StaffDirectory.StaffContact target = store.staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                .orElseThrow(() -> InvalidInputException.of("ownerId", "tasks.error.owner"));
        store.checkOwner(t.getType(), store.customer(t), staffId, "ownerId");
        Long before = t.getOwnerId();
        Instant now = store.clock.instant();
        t.setOwnerId(staffId);
        store.save(t, now);
        store.log(t, now, store.actor(), TaskEvent.Kind.ASSIGNED, (before == null ? t.getPool() : store.name(before)) + " -> " + target.displayName());
        audit.record("TASK_ASSIGNED", "Task", id, AuditDetails.of("audit.detail.task-assigned", AuditDetails.stored(t.getTitle()), AuditDetails.person(target.username())));
        store.notifyOwner(t, staffId);
        return store.row(t);
    }
}
