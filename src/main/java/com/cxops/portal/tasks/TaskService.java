package com.cxops.portal.tasks;

import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.customers.Customer;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import com.cxops.portal.base.i18n.TranslationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one task model: creation from a source record (idempotent), queues (my tasks, pools), claiming, assignment,
 * completion with an outcome, cancellation. Every change is written to the timeline and the audit trail.
 * <p>
 * Who may do what: a VIP manager sees their own tasks, the concierge pool and the tasks of customers in their book
 * (and of the people they deputise for); an agent sees their own tasks and their teams' pools; managers see and
 * assign all. A concierge task of a VIP customer is owned only by a VIP manager.
 */
@Service
@Transactional
public class TaskService {

    public static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
    public static final String SYSTEM = "system";

    /** The result of {@link #createFromSource}: the task, and whether this call made it (false: it existed). */
    public record Created(TaskRow task, boolean isNew) {
    }

    /** A pool the person may claim from, with its name parameters (team name for a team pool). */
    public record Pool(String code, String teamName) {
    }

    /** Open, due-this-week and overdue task counts of one owner, aggregated in SQL. */
    public record OwnerLoad(long ownerId, long open, long dueThisWeek, long overdue) {
    }

    private final TaskRepository tasks;
    private final TaskTypeRepository types;
    private final TaskEventRepository events;
    private final EntityManager em;
    private final CurrentUser user;
    private final StaffDirectory staff;
    private final TeamService teams;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<TaskRouting> routing;
    private final ObjectProvider<TaskCompletionCheck> checks;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate readOnly;
    private final TranslationProvider i18n;
    private final Clock clock;

    TaskService(TaskRepository tasks, TaskTypeRepository types, TaskEventRepository events, EntityManager em,
                CurrentUser user, StaffDirectory staff, TeamService teams, AuditTrail audit, Notifier notifier,
                ApplicationEventPublisher publisher, ObjectProvider<TaskRouting> routing,
                ObjectProvider<TaskCompletionCheck> checks, PlatformTransactionManager transactions, TranslationProvider i18n,
                Clock clock) {
        this.i18n = i18n;
        this.tasks = tasks;
        this.types = types;
        this.events = events;
        this.em = em;
        this.user = user;
        this.staff = staff;
        this.teams = teams;
        this.audit = audit;
        this.notifier = notifier;
        this.publisher = publisher;
        this.routing = routing;
        this.checks = checks;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- creation

    /**
     * Creates the task a source record calls for, once: a second call for the same (source type, source id, task type)
     * returns the existing task, also when two nodes call at the same moment (the database's unique key decides).
     * Runs in its own transaction, so call it after the source record is committed (e.g. from a
     * {@code @TransactionalEventListener}); jobs and listeners may call it without a logged-in person.
     * An owner who is away is replaced by their deputy (recorded on the timeline).
     */
    @PermitAll
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Created createFromSource(NewTask request) {
        TaskType type = types.findByCode(request.typeCode())
                .orElseThrow(() -> InvalidInputException.of("type", "tasks.error.type"));
        if (request.source().type() != TaskSourceType.MANUAL) {
            Optional<Task> existing = readExisting(request, type);
            if (existing.isPresent()) {
                return new Created(row(existing.get()), false);
            }
        }
        try {
            Long id = newTransaction.execute(status -> insert(request, type, actor()).getId());
            return new Created(readRow(id), true);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // Someone else (another node, a second delivery of the event) created it a moment ago. InnoDB may also
            // end one of several inserts of the same key as a deadlock loser: then the winner's task is there too.
            Optional<Task> existing = readExisting(request, type);
            if (existing.isPresent()) {
                return new Created(row(existing.get()), false);
            }
            if (e instanceof DataIntegrityViolationException) {
                throw e;
            }
            Long id = newTransaction.execute(status -> insert(request, type, actor()).getId());
            return new Created(readRow(id), true);
        }
    }

    /** A task made by hand: a VIP manager for their customers, a manager for anyone. The due time may not be in the past. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow create(TaskForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        TaskType type = form.getTypeCode() == null ? null : types.findByCode(form.getTypeCode()).orElse(null);
        errors.addIf(type == null || !type.isActive(), "typeCode", "tasks.error.type");
        String title = trim(form.getTitle());
        errors.addIf(title.isEmpty(), "title", "tasks.error.title");
        errors.addIf(title.length() > Task.TITLE_MAX, "title", "error.too-long");
        errors.addIf(trim(form.getDescription()).length() > Task.TEXT_MAX, "description", "error.too-long");
        Instant now = clock.instant();
        errors.addIf(form.getDueAt() != null && form.getDueAt().isBefore(now), "dueAt", "tasks.error.due-past");
        Customer customer = form.getCustomerId() == null ? null : em.find(Customer.class, form.getCustomerId());
        errors.addIf(form.getCustomerId() != null && customer == null, "customerId", "tasks.error.customer");
        errors.addIf(form.getOwnerId() == null && form.getPool() != null && !TaskPools.isValid(form.getPool()), "pool", "tasks.error.pool");
        errors.throwIfAny();
        if (customer != null && !isManager() && !inMyBook(customer)) {
            throw InvalidInputException.of("customerId", "tasks.error.not-your-customer");
        }
        Long owner = form.getOwnerId();
        if (owner != null) {
            checkOwner(type, customer, owner, "ownerId");
        }
        NewTask request = new NewTask(type.getCode(), form.getCustomerId(), TaskSource.manual(), owner,
                owner == null ? defaultPool(type, form.getPool()) : null, form.getDueAt(),
                form.getPriority(), title, trim(form.getDescription()));
        return row(insert(request, type, actor()));
    }

    private Optional<Task> readExisting(NewTask request, TaskType type) {
        return readOnly.execute(s -> tasks.findBySource(request.source().type(), request.source().id(), type.getId()));
    }

    private TaskRow readRow(long id) {
        return readOnly.execute(s -> row(tasks.findById(id).orElseThrow()));
    }

    private Task insert(NewTask request, TaskType type, String actor) {
        Instant now = clock.instant();
        Instant due = request.dueAt() != null ? request.dueAt() : now.plus(Duration.ofHours(type.getDefaultDueHours()));
        String title = request.title().length() > Task.TITLE_MAX ? request.title().substring(0, Task.TITLE_MAX) : request.title();
        Task t = new Task(type, request.customerId(), title, request.source(), due, now, actor);
        t.setPriority(request.priority() == null ? TaskPriority.NORMAL : request.priority());
        if (request.description() != null && !request.description().isBlank()) {
            String d = request.description();
            t.setDescription(d.length() > Task.TEXT_MAX ? d.substring(0, Task.TEXT_MAX) : d);
        }
        Long owner = request.ownerId();
        Long deputyFor = null;
        if (owner != null) {
            long effective = routing().map(r -> r.effectiveOwner(request.ownerId(), now)).orElse(request.ownerId());
            if (effective != owner) {
                deputyFor = owner;
                owner = effective;
            }
        }
        t.setOwnerId(owner);
        t.setPool(owner == null ? defaultPool(type, request.pool()) : request.pool());
        t.touch(now, actor);
        t = tasks.saveAndFlush(t);
        log(t, now, actor, TaskEvent.Kind.CREATED, describeSource(t));
        if (deputyFor != null) {
            log(t, now, actor, TaskEvent.Kind.ROUTED_TO_DEPUTY, name(deputyFor) + " -> " + name(owner));
        }
        audit.record("TASK_CREATED", "Task", t.getId(), type.getCode() + " \"" + auditTitle(t) + "\" " + describeSource(t)
                + (owner != null ? ", owner " + name(owner) : ", pool " + t.getPool()));
        if (owner != null) {
            notifyOwner(t, owner);
        }
        publisher.publishEvent(new TaskCreated(t.getId(), type.getCode(), t.getCustomerId(), owner, t.getPool(), now));
        return t;
    }

    private static String defaultPool(TaskType type, String requested) {
        if (requested != null && TaskPools.isValid(requested)) {
            return requested;
        }
        return TaskPools.CONCIERGE;
    }

    // ---------------------------------------------------------------- reading

    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<TaskRow> find(long id) {
        return tasks.findById(id).filter(this::canRead).map(this::row);
    }

    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<TaskEvent> timeline(long id) {
        Task t = tasks.findById(id).filter(this::canRead).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        return events.findByTaskIdOrderByAtAscIdAsc(t.getId());
    }

    /** The person's own open tasks, soonest due first. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Slice<TaskRow> myTasks(Pageable pageable) {
        long me = me();
        return rows(tasks.byOwner(me, OPEN, pageable));
    }

    /** The person's own open tasks due before the given instant (the home page's "due soon"), soonest first. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public long countMyTasksDueBefore(Instant before) {
        return tasks.countOwnedDueBefore(me(), OPEN, before);
    }

    /** The pools this person may claim from. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public List<Pool> pools() {
        List<Pool> pools = new ArrayList<>();
        if (user.hasRole(Role.Names.VIP_MANAGER) || isManager()) {
            pools.add(new Pool(TaskPools.CONCIERGE, null));
        }
        long me = user.id().orElse(-1L);
        for (Team team : teams.list()) {
            if (isManager() || me == (team.getLeadId() == null ? -2L : team.getLeadId()) || team.getMemberIds().contains(me)) {
                pools.add(new Pool(TaskPools.team(team.getId()), team.getName()));
            }
        }
        return pools;
    }

    /** Unclaimed open tasks of a pool, soonest due first. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Slice<TaskRow> pool(String pool, Pageable pageable) {
        if (!mayUsePool(pool)) {
            throw InvalidInputException.of("pool", "tasks.error.pool-denied");
        }
        return rows(tasks.inPool(pool, pageable));
    }

    /** Every open task (managers), optionally of one owner, soonest due first. */
    @RolesAllowed({Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Slice<TaskRow> allOpen(Long ownerId, Pageable pageable) {
        return rows(tasks.allOpen(OPEN, ownerId, pageable));
    }

    /** A customer's tasks, newest due first, for the customer page; only for those who may see the customer's tasks. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Slice<TaskRow> ofCustomer(long customerId, Pageable pageable) {
        Customer c = em.find(Customer.class, customerId);
        if (c == null || !(isManager() || user.hasRole(Role.Names.EXECUTIVE) || inMyBook(c))) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        return rows(tasks.byCustomer(customerId, pageable));
    }

    /** Open tasks of one owner (the hand-over list of an absence): the owner themselves, their deputy, or a manager. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Slice<TaskRow> openOf(long ownerId, Pageable pageable) {
        if (!isManager() && ownerId != me() && !covered().contains(ownerId)) {
            throw InvalidInputException.of("", "tasks.error.denied");
        }
        return rows(tasks.byOwner(ownerId, OPEN, pageable));
    }

    /** Open, due this week and overdue per owner, in SQL (the workload view). */
    @RolesAllowed({Role.Names.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, OwnerLoad> loadByOwner(Instant weekEnd) {
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("""
                select t.ownerId, count(t),
                       sum(case when t.dueAt < :weekEnd then 1 else 0 end),
                       sum(case when t.dueAt < :now then 1 else 0 end)
                from Task t where t.ownerId is not null and t.status in :open group by t.ownerId""", Object[].class)
                .setParameter("weekEnd", weekEnd).setParameter("now", now).setParameter("open", OPEN).getResultList();
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
        em.createQuery("select t.customerId, count(t) from Task t where t.customerId in :ids and t.status in :open group by t.customerId",
                        Object[].class).setParameter("ids", customerIds).setParameter("open", OPEN).getResultList()
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

    // ---------------------------------------------------------------- changes

    /** Takes an unowned task from a pool. Of two people at once exactly one wins; the other is told who has it. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow claim(long id) {
        // Not load(): the loser of a race may no longer read the task, but must still be told who has it.
        Task t = tasks.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (!mayUsePool(t.getPool())) {
            throw InvalidInputException.of("", "tasks.error.pool-denied");
        }
        long me = me();
        if (t.getOwnerId() != null || t.getStatus() != TaskStatus.OPEN) {
            throw alreadyTaken(t);
        }
        checkOwner(t.getType(), customer(t), me, "");
        Instant now = clock.instant();
        String actor = actor();
        if (tasks.claim(id, me, now, actor) == 0) {
            // Read who won in a fresh transaction: under REPEATABLE READ (MariaDB) this one still sees the old row.
            throw alreadyTaken(readOnly.execute(s -> tasks.findById(id).orElseThrow()));
        }
        Task claimed = tasks.findById(id).orElseThrow();
        log(claimed, now, actor, TaskEvent.Kind.CLAIMED, name(me));
        audit.record("TASK_CLAIMED", "Task", id, "\"" + auditTitle(claimed) + "\" from pool " + claimed.getPool());
        return row(claimed);
    }

    private InvalidInputException alreadyTaken(Task t) {
        if (t.getOwnerId() != null) {
            return new TaskTakenException(name(t.getOwnerId()));
        }
        return InvalidInputException.of("", "tasks.error.not-open");
    }

    /** Gives an own task back to its pool. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow release(long id, long editedVersion) {
        Task t = load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        if (!isManager() && !Long.valueOf(me()).equals(t.getOwnerId())) {
            throw InvalidInputException.of("", "tasks.error.not-yours");
        }
        if (t.getOwnerId() == null) {
            throw InvalidInputException.of("", "tasks.error.not-owned");
        }
        Long before = t.getOwnerId();
        Instant now = clock.instant();
        t.setOwnerId(null);
        t.setStatus(TaskStatus.OPEN);
        if (t.getPool() == null) {
            t.setPool(TaskPools.CONCIERGE);
        }
        save(t, now);
        log(t, now, actor(), TaskEvent.Kind.RELEASED, name(before) + " -> " + t.getPool());
        audit.record("TASK_RELEASED", "Task", id, "\"" + auditTitle(t) + "\" back to pool " + t.getPool());
        return row(t);
    }

    /** Marks an own task as being worked on (OPEN → IN_PROGRESS). */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow start(long id, long editedVersion) {
        Task t = load(id);
        ConcurrentEditException.check(t, editedVersion);
        if (t.getStatus() != TaskStatus.OPEN) {
            throw InvalidInputException.of("", "tasks.error.not-open");
        }
        requireOwnerOrManager(t);
        Instant now = clock.instant();
        t.setStatus(TaskStatus.IN_PROGRESS);
        t.setStartedAt(now);
        save(t, now);
        log(t, now, actor(), TaskEvent.Kind.STARTED, null);
        audit.record("TASK_STARTED", "Task", id, "\"" + auditTitle(t) + "\"");
        return row(t);
    }

    /** A manager assigns (or reassigns) one or many open tasks to a person; all or none. */
    @RolesAllowed({Role.Names.MANAGER})
    public List<TaskRow> assign(Collection<Long> ids, long staffId) {
        if (ids.isEmpty()) {
            throw InvalidInputException.of("", "tasks.error.none-selected");
        }
        StaffDirectory.StaffContact target = staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                .orElseThrow(() -> InvalidInputException.of("ownerId", "tasks.error.owner"));
        List<Task> list = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            Task t = load(id);
            requireOpen(t);
            checkOwner(t.getType(), customer(t), staffId, "ownerId");
            list.add(t);
        }
        Instant now = clock.instant();
        String actor = actor();
        List<TaskRow> result = new ArrayList<>();
        for (Task t : list) {
            Long before = t.getOwnerId();
            if (before != null && before == staffId) {
                result.add(row(t));
                continue;
            }
            t.setOwnerId(staffId);
            save(t, now);
            log(t, now, actor, TaskEvent.Kind.ASSIGNED, (before == null ? t.getPool() : name(before)) + " -> " + target.displayName());
            audit.record("TASK_ASSIGNED", "Task", t.getId(), "\"" + auditTitle(t) + "\" to " + target.username()
                    + (before == null ? "" : " (was " + name(before) + ")"));
            notifyOwner(t, staffId);
            result.add(row(t));
        }
        return result;
    }

    /** Hands a task to a staff member with the version the person saw (one task; a manager, or the owner to a colleague). */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow reassign(long id, long editedVersion, long staffId) {
        Task t = load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        if (!isManager() && !Long.valueOf(me()).equals(t.getOwnerId())) {
            throw InvalidInputException.of("", "tasks.error.not-yours");
        }
        StaffDirectory.StaffContact target = staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                .orElseThrow(() -> InvalidInputException.of("ownerId", "tasks.error.owner"));
        checkOwner(t.getType(), customer(t), staffId, "ownerId");
        Long before = t.getOwnerId();
        Instant now = clock.instant();
        t.setOwnerId(staffId);
        save(t, now);
        log(t, now, actor(), TaskEvent.Kind.ASSIGNED, (before == null ? t.getPool() : name(before)) + " -> " + target.displayName());
        audit.record("TASK_ASSIGNED", "Task", id, "\"" + auditTitle(t) + "\" to " + target.username());
        notifyOwner(t, staffId);
        return row(t);
    }

    /** Done with an outcome from the type's list (required) and a note. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow complete(long id, long editedVersion, String outcomeCode, String note) {
        Task t = load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        requireOwnerOrManager(t);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Optional<TaskOutcome> outcome = outcomeCode == null ? Optional.empty() : t.getType().outcome(outcomeCode);
        errors.addIf(outcome.isEmpty(), "outcome", "tasks.error.outcome");
        errors.addIf(trim(note).length() > Task.TEXT_MAX, "note", "error.too-long");
        errors.throwIfAny();
        checks.orderedStream().forEach(c -> c.beforeComplete(t, outcomeCode));
        Instant now = clock.instant();
        String actor = actor();
        t.setOutcome(outcomeCode, trim(note).isEmpty() ? null : trim(note));
        if (t.getOwnerId() == null) {
            t.setOwnerId(me());
        }
        t.close(TaskStatus.DONE, now, actor);
        save(t, now);
        log(t, now, actor, TaskEvent.Kind.DONE, outcome.get().getNameEn() + (t.getOutcomeNote() == null ? "" : ": " + t.getOutcomeNote()));
        audit.record("TASK_DONE", "Task", id, "\"" + auditTitle(t) + "\" outcome " + outcomeCode);
        publisher.publishEvent(new TaskCompleted(id, t.getType().getCode(), t.getCustomerId(), t.getOwnerId(), outcomeCode,
                outcome.get().isCountsAsContact(), t.getOutcomeNote(), actor, now));
        return row(t);
    }

    /** Cancelled with a reason: the owner, or a manager. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow cancel(long id, long editedVersion, String reason) {
        Task t = load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        requireOwnerOrManager(t);
        String why = trim(reason);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(why.isEmpty(), "reason", "tasks.error.reason");
        errors.addIf(why.length() > Task.TEXT_MAX, "reason", "error.too-long");
        errors.throwIfAny();
        Instant now = clock.instant();
        t.setOutcome(null, why);
        t.close(TaskStatus.CANCELLED, now, actor());
        save(t, now);
        log(t, now, actor(), TaskEvent.Kind.CANCELLED, why);
        audit.record("TASK_CANCELLED", "Task", id, "\"" + auditTitle(t) + "\": " + why);
        return row(t);
    }

    /**
     * A customer moved from one account manager to another (rebalancing): their open tasks owned by the old manager
     * follow, each recorded on its timeline. Called by the concierge inside its own transaction.
     */
    @RolesAllowed({Role.Names.MANAGER})
    public int moveCustomerTasks(long customerId, Long fromStaff, long toStaff) {
        Instant now = clock.instant();
        String actor = actor();
        int moved = 0;
        for (Task t : tasks.openOfCustomers(List.of(customerId), OPEN)) {
            if (t.getOwnerId() == null || !t.getOwnerId().equals(fromStaff)) {
                continue;
            }
            t.setOwnerId(toStaff);
            save(t, now);
            log(t, now, actor, TaskEvent.Kind.CUSTOMER_MOVED, name(fromStaff) + " -> " + name(toStaff));
            audit.record("TASK_ASSIGNED", "Task", t.getId(), "\"" + auditTitle(t) + "\" follows its customer to " + name(toStaff));
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
        if (!isManager() && me() != fromStaff && !(me() == toStaff && onlyIds != null)) {
            throw new AccessDeniedException("not the person's own tasks");
        }
        Instant now = clock.instant();
        String actor = actor();
        List<Long> moved = new ArrayList<>();
        for (Task t : tasks.allOfOwner(fromStaff, OPEN)) {
            if (onlyIds != null && !onlyIds.contains(t.getId())) {
                continue;
            }
            t.setOwnerId(toStaff);
            save(t, now);
            log(t, now, actor, TaskEvent.Kind.ASSIGNED, name(fromStaff) + " -> " + name(toStaff) + " (" + why + ")");
            audit.record("TASK_ASSIGNED", "Task", t.getId(), "\"" + auditTitle(t) + "\" " + why + " to " + name(toStaff));
            moved.add(t.getId());
        }
        if (!moved.isEmpty()) {
            staff.find(toStaff).ifPresent(s -> notifier.notify(s.username(), "TASK_ASSIGNED", "tasks.notification.handed-over",
                    List.of(String.valueOf(moved.size()), name(fromStaff)), "tasks"));
        }
        return moved;
    }

    // ---------------------------------------------------------------- access

    private boolean isManager() {
        return user.hasRole(Role.Names.MANAGER);
    }

    private long me() {
        return user.id().orElseThrow(() -> InvalidInputException.of("", "tasks.error.denied"));
    }

    private Set<Long> covered() {
        Optional<Long> me = user.id();
        if (me.isEmpty()) {
            return Set.of();
        }
        return routing().map(r -> r.coveredBy(me.get(), clock.instant())).orElse(Set.of());
    }

    /** The customer is in the person's book, or in the book of someone they deputise for now. */
    private boolean inMyBook(Customer c) {
        Long manager = c.getAccountManagerId();
        if (manager == null || user.id().isEmpty()) {
            return false;
        }
        return manager.equals(user.id().get()) || covered().contains(manager);
    }

    private boolean canRead(Task t) {
        if (isManager() || user.hasRole(Role.Names.EXECUTIVE)) {
            return true;
        }
        Long me = user.id().orElse(null);
        if (me == null) {
            return false;
        }
        if (me.equals(t.getOwnerId()) || (t.getOwnerId() != null && covered().contains(t.getOwnerId()))) {
            return true;
        }
        if (t.getOwnerId() == null && mayUsePool(t.getPool())) {
            return true;
        }
        Customer c = customer(t);
        return c != null && user.hasRole(Role.Names.VIP_MANAGER) && inMyBook(c);
    }

    private boolean mayUsePool(String pool) {
        if (pool == null) {
            return false;
        }
        if (TaskPools.CONCIERGE.equals(pool)) {
            return user.hasRole(Role.Names.VIP_MANAGER) || isManager();
        }
        Long teamId = TaskPools.teamId(pool);
        if (teamId == null) {
            return false;
        }
        if (isManager()) {
            return true;
        }
        long me = user.id().orElse(-1L);
        return teams.find(teamId).map(team -> team.getMemberIds().contains(me) || Long.valueOf(me).equals(team.getLeadId()))
                .orElse(false);
    }

    private void requireOwnerOrManager(Task t) {
        if (isManager()) {
            return;
        }
        long me = me();
        if (t.getOwnerId() != null && (t.getOwnerId() == me || covered().contains(t.getOwnerId()))) {
            return;
        }
        throw InvalidInputException.of("", "tasks.error.not-yours");
    }

    private static void requireOpen(Task t) {
        if (!t.getStatus().isOpen()) {
            throw InvalidInputException.of("", "tasks.error.closed");
        }
    }

    /** A concierge task of a VIP customer goes only to a VIP manager. */
    private void checkOwner(TaskType type, Customer customer, long staffId, String field) {
        StaffDirectory.StaffContact person = staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                .orElseThrow(() -> InvalidInputException.of(field, "tasks.error.owner"));
        if (type.isConcierge() && customer != null && customer.isVip() && !person.roles().contains(Role.VIP_MANAGER)) {
            throw InvalidInputException.of(field, "tasks.error.owner-not-vip-manager");
        }
    }

    private Task load(long id) {
        Task t = tasks.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (!canRead(t)) {
            throw InvalidInputException.of("", "error.not-found");
        }
        return t;
    }

    private Customer customer(Task t) {
        return t.getCustomerId() == null ? null : em.find(Customer.class, t.getCustomerId());
    }

    private void save(Task t, Instant now) {
        t.touch(now, actor());
        try {
            tasks.saveAndFlush(t);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict(t.getId());
        }
    }

    private ConcurrentEditException conflict(long id) {
        return newTransaction.execute(s -> tasks.findById(id)
                .map(current -> new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt()))
                .orElse(new ConcurrentEditException(null, null)));
    }

    private Optional<TaskRouting> routing() {
        return Optional.ofNullable(routing.getIfAvailable());
    }

    private String actor() {
        String name = user.username();
        return name == null || name.isEmpty() ? SYSTEM : name;
    }

    private String name(Long staffId) {
        return staffId == null ? "-" : staff.displayName(staffId).orElse("#" + staffId);
    }

    private void log(Task t, Instant at, String actor, TaskEvent.Kind kind, String detail) {
        events.save(new TaskEvent(t.getId(), at, actor, kind, detail));
    }

    /** The audit trail reads words: an automatic task's title in English rather than its message reference. */
    private String auditTitle(Task t) {
        return i18n.text(TranslationProvider.ENGLISH, t.getTitle());
    }

    private void notifyOwner(Task t, long owner) {
        staff.find(owner).ifPresent(s -> notifier.notify(s.username(), "TASK_ASSIGNED", "tasks.notification.assigned",
                List.of(t.getTitle()), "tasks/" + t.getId()));
    }

    private static String describeSource(Task t) {
        TaskSource s = t.getSource();
        return s.type() == TaskSourceType.MANUAL ? "by hand" : "from " + s.type().name().toLowerCase(Locale.ROOT) + " " + s.id();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    // ---------------------------------------------------------------- rows

    private Slice<TaskRow> rows(Slice<Task> slice) {
        Map<Long, String> names = customerNames(slice.getContent().stream().map(Task::getCustomerId).filter(java.util.Objects::nonNull).toList());
        return slice.map(t -> row(t, names));
    }

    private TaskRow row(Task t) {
        return row(t, customerNames(t.getCustomerId() == null ? List.of() : List.of(t.getCustomerId())));
    }

    private TaskRow row(Task t, Map<Long, String> customerNames) {
        TaskType type = t.getType();
        String outcomeName = t.getOutcomeCode() == null ? null
                : type.outcome(t.getOutcomeCode()).map(o -> o.name(user.locale())).orElse(t.getOutcomeCode());
        return new TaskRow(t.getId(), t.getVersion(), type.getCode(), type.getNameEn(), type.getNameZh(), t.getCustomerId(),
                t.getCustomerId() == null ? null : customerNames.get(t.getCustomerId()), t.getTitle(), t.getStatus(),
                t.getPriority(), t.getOwnerId(), t.getOwnerId() == null ? null : name(t.getOwnerId()), t.getPool(),
                t.getDueAt(), t.getSource(), t.getOutcomeCode(), outcomeName, t.getCreatedAt(), t.getClosedAt());
    }

    private Map<Long, String> customerNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("select c.id, c.name from Customer c where c.id in :ids", Object[].class)
                .setParameter("ids", new HashSet<>(ids)).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
