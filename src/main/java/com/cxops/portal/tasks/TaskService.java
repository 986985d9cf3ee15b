package com.cxops.portal.tasks;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.customers.CustomerFacts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading tasks: one task and its timeline, the queues (my tasks, pools, all open, a customer's, an owner's; one
 * statement per page through {@link TaskQueue}) and the counts the concierge screens show. Changes: {@link TaskWorkflowService} (create, start, done, cancel),
 * {@link TaskAssignmentService} (claim, release, assign), {@link TaskHandOverService} (tasks that follow a customer or
 * an absence).
 * <p>
 * Who may do what: a VIP manager sees their own tasks, the concierge pool and the tasks of customers in their book
 * (and of the people they deputise for); an agent sees their own tasks and their teams' pools; managers see and
 * assign all. A concierge task of a VIP customer is owned only by a VIP manager.
 */
@Service
public class TaskService {

    public static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
    public static final String SYSTEM = "system";

    /** A pool the person may claim from, with its name parameters (team name for a team pool). */
    public record Pool(String code, String teamName) {
    }

    /** Open, due-this-week and overdue task counts of one owner, aggregated in SQL. */
    public record OwnerLoad(long ownerId, long open, long dueThisWeek, long overdue) {
    }

    private final TaskStore store;
    private final TaskQueue queue;
    private final TaskRepository tasks;
    private final TaskTypeRepository types;
    private final TaskEventRepository events;

    TaskService(TaskStore store, TaskQueue queue) {
        this.store = store;
        this.queue = queue;
        this.tasks = store.tasks;
        this.types = store.types;
        this.events = store.events;
    }

    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<TaskRow> find(long id) {
        return tasks.findById(id).filter(store::canRead).map(store::row);
    }

    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<TaskEvent> timeline(long id) {
        Task t = tasks.findById(id).filter(store::canRead).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        return events.findByTaskIdOrderByAtAscIdAsc(t.getId());
    }

    /** The person's own open tasks, soonest due first (one statement: no transaction, no transaction interceptor). */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public Slice<TaskRow> myTasks(Pageable pageable) {
        return queue.openOfOwner(store.me(), pageable, names());
    }

    /** The person's own open tasks due before the given instant (the home page's "due soon"), soonest first. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public long countMyTasksDueBefore(Instant before) {
        return tasks.countOwnedDueBefore(store.me(), OPEN, before);
    }

    /** The pools this person may claim from. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public List<Pool> pools() {
        List<Pool> pools = new ArrayList<>();
        if (store.user.hasRole(Role.Names.VIP_MANAGER) || store.isManager()) {
            pools.add(new Pool(TaskPools.CONCIERGE, null));
        }
        long me = store.user.id().orElse(-1L);
        for (Team team : store.teams.list()) {
            if (store.isManager() || me == (team.getLeadId() == null ? -2L : team.getLeadId()) || team.getMemberIds().contains(me)) {
                pools.add(new Pool(TaskPools.team(team.getId()), team.getName()));
            }
        }
        return pools;
    }

    /** Unclaimed open tasks of a pool, soonest due first. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public Slice<TaskRow> pool(String pool, Pageable pageable) {
        if (!store.mayUsePool(pool)) {
            throw InvalidInputException.of("pool", "tasks.error.pool-denied");
        }
        return queue.inPool(pool, pageable, names());
    }

    /** Every open task (managers), optionally of one owner, soonest due first. */
    @RolesAllowed({Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Slice<TaskRow> allOpen(Long ownerId, Pageable pageable) {
        return queue.allOpen(ownerId, pageable, names());
    }

    /** A customer's tasks, newest due first, for the customer page; only for those who may see the customer's tasks. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Slice<TaskRow> ofCustomer(long customerId, Pageable pageable) {
        CustomerFacts.Snapshot c = store.customers.find(customerId).orElse(null);
        if (c == null || !(store.isManager() || store.user.hasRole(Role.Names.EXECUTIVE) || store.inMyBook(c))) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        return queue.ofCustomer(customerId, pageable, names());
    }

    /** Open tasks of one owner (the hand-over list of an absence): the owner themselves, their deputy, or a manager. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Slice<TaskRow> openOf(long ownerId, Pageable pageable) {
        if (!store.isManager() && ownerId != store.me() && !store.covered().contains(ownerId)) {
            throw InvalidInputException.of("", "tasks.error.denied");
        }
        return queue.openOfOwner(ownerId, pageable, names());
    }

    /** Open, due this week and overdue per owner, in SQL (the workload view). */
    @RolesAllowed({Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, OwnerLoad> loadByOwner(Instant weekEnd) {
        Instant now = store.clock.instant();
        List<Object[]> rows = tasks.loadByOwner(weekEnd, now, OPEN);
        Map<Long, OwnerLoad> result = new HashMap<>();
        for (Object[] r : rows) {
            long owner = ((Number) r[0]).longValue();
            result.put(owner, new OwnerLoad(owner, ((Number) r[1]).longValue(), num(r[2]), num(r[3])));
        }
        return result;
    }

    /** Open task counts per customer (the book), in SQL. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, Long> openCountByCustomer(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> result = new HashMap<>();
        tasks.openCountByCustomer(customerIds, OPEN)
                .forEach(r -> result.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return result;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<TaskType> types() {
        return types.findAllByOrderByPositionAscIdAsc();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<TaskType> type(String code) {
        return types.findByCode(code);
    }

    /**
     * Owner names for one page, each looked up once (a page of My tasks has one owner): through the staff
     * directory's proxy per row, the names were a third of a page's Java time.
     */
    private TaskQueue.Names names() {
        Map<Long, String> seen = new HashMap<>();
        return new TaskQueue.Names(store.user.locale(), id -> seen.computeIfAbsent(id, store::name));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
