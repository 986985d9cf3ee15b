package com.cxops.portal.tasks;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.validation.ConstraintMessages;
import com.cxops.portal.customers.CustomerFacts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.cxops.portal.tasks.TaskStore.describeSource;
import static com.cxops.portal.tasks.TaskStore.requireOpen;
import static com.cxops.portal.tasks.TaskStore.trim;

/**
 * A task's life: creation from a source record (idempotent) or by hand, start, done with an outcome, cancelled.
 * Every change is written to the timeline and the audit trail. Who may read and work a task: {@link TaskService}.
 */
@Service
@Transactional
@Validated
public class TaskWorkflowService {

    /** The result of {@link #createFromSource}: the task, and whether this call made it (false: it existed). */
    public record Created(TaskRow task, boolean isNew) {
    }

    private final TaskStore store;
    private final TaskRepository tasks;
    private final TaskTypeRepository types;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<TaskCompletionCheck> checks;
    /** TaskForm's constraints are checked with the type, customer and due time, so every wrong field shows at once. */
    private final Validator validator;

    TaskWorkflowService(TaskStore store, AuditTrail audit, ApplicationEventPublisher publisher,
                        ObjectProvider<TaskCompletionCheck> checks, Validator validator) {
        this.store = store;
        this.tasks = store.tasks;
        this.types = store.types;
        this.audit = audit;
        this.publisher = publisher;
        this.checks = checks;
        this.validator = validator;
    }

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
                return new Created(store.row(existing.get()), false);
            }
        }
        try {
            Long id = store.newTransaction.execute(status -> insert(request, type, store.actor()).getId());
            return new Created(readRow(id), true);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // Someone else (another node, a second delivery of the event) created it a moment ago. InnoDB may also
            // end one of several inserts of the same key as a deadlock loser: then the winner's task is there too.
            Optional<Task> existing = readExisting(request, type);
            if (existing.isPresent()) {
                return new Created(store.row(existing.get()), false);
            }
            if (e instanceof DataIntegrityViolationException) {
                throw e;
            }
            Long id = store.newTransaction.execute(status -> insert(request, type, store.actor()).getId());
            return new Created(readRow(id), true);
        }
    }

    /** A task made by hand: a VIP manager for their customers, a manager for anyone. The due time may not be in the past. */
    @RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow create(TaskForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        TaskType type = form.getTypeCode() == null ? null : types.findByCode(form.getTypeCode()).orElse(null);
        errors.addIf(type == null || !type.isActive(), "typeCode", "tasks.error.type");
        ConstraintMessages.collect(validator.validate(form), errors);
        String title = trim(form.getTitle());
        Instant now = store.clock.instant();
        errors.addIf(form.getDueAt() != null && form.getDueAt().isBefore(now), "dueAt", "tasks.error.due-past");
        CustomerFacts.Snapshot customer = form.getCustomerId() == null ? null : store.customers.find(form.getCustomerId()).orElse(null);
        errors.addIf(form.getCustomerId() != null && customer == null, "customerId", "tasks.error.customer");
        errors.addIf(form.getOwnerId() == null && form.getPool() != null && !TaskPools.isValid(form.getPool()), "pool", "tasks.error.pool");
        errors.throwIfAny();
        if (customer != null && !store.isManager() && !store.inMyBook(customer)) {
            throw InvalidInputException.of("customerId", "tasks.error.not-your-customer");
        }
        Long owner = form.getOwnerId();
        if (owner != null) {
            store.checkOwner(type, customer, owner, "ownerId");
        }
        NewTask request = new NewTask(type.getCode(), form.getCustomerId(), TaskSource.manual(), owner,
                owner == null ? defaultPool(type, form.getPool()) : null, form.getDueAt(),
                form.getPriority(), title, trim(form.getDescription()));
        return store.row(insert(request, type, store.actor()));
    }

    private Optional<Task> readExisting(NewTask request, TaskType type) {
        return store.readOnly.execute(s -> tasks.findBySource(request.source().type(), request.source().id(), type.getId()));
    }

    private TaskRow readRow(long id) {
        return store.readOnly.execute(s -> store.row(tasks.findById(id).orElseThrow()));
    }

    private Task insert(NewTask request, TaskType type, String actor) {
        Instant now = store.clock.instant();
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
            long effective = store.routing().map(r -> r.effectiveOwner(request.ownerId(), now)).orElse(request.ownerId());
            if (effective != owner) {
                deputyFor = owner;
                owner = effective;
            }
        }
        t.setOwnerId(owner);
        t.setPool(owner == null ? defaultPool(type, request.pool()) : request.pool());
        t.touch(now, actor);
        t = tasks.saveAndFlush(t);
        store.log(t, now, actor, TaskEvent.Kind.CREATED, describeSource(t));
        if (deputyFor != null) {
            store.log(t, now, actor, TaskEvent.Kind.ROUTED_TO_DEPUTY, store.name(deputyFor) + " -> " + store.name(owner));
        }
        audit.record("TASK_CREATED", "Task", t.getId(), owner != null
                ? AuditDetails.of("audit.detail.task-created-owner", AuditDetails.words(type.getNameEn(), type.getNameZh()), AuditDetails.stored(t.getTitle()), AuditDetails.label("tasks.source.", t.getSource().type()), AuditDetails.stored(t.getSource().id()), AuditDetails.person(owner))
                : AuditDetails.of("audit.detail.task-created-pool", AuditDetails.words(type.getNameEn(), type.getNameZh()), AuditDetails.stored(t.getTitle()), AuditDetails.label("tasks.source.", t.getSource().type()), AuditDetails.stored(t.getSource().id()), TaskPools.auditName(t.getPool())));
        if (owner != null) {
            store.notifyOwner(t, owner);
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

    /** Marks an own task as being worked on (OPEN → IN_PROGRESS). */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow start(long id, long editedVersion) {
        Task t = store.load(id);
        ConcurrentEditException.check(t, editedVersion);
        if (t.getStatus() != TaskStatus.OPEN) {
            throw InvalidInputException.of("", "tasks.error.not-open");
        }
        store.requireOwnerOrManager(t);
        Instant now = store.clock.instant();
        t.setStatus(TaskStatus.IN_PROGRESS);
        t.setStartedAt(now);
        store.save(t, now);
        store.log(t, now, store.actor(), TaskEvent.Kind.STARTED, null);
        audit.record("TASK_STARTED", "Task", id, AuditDetails.of("audit.detail.task", AuditDetails.stored(t.getTitle())));
        return store.row(t);
    }

    /** Done with an outcome from the type's list (required) and a note. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow complete(long id, long editedVersion, String outcomeCode, @Size(max = Task.TEXT_MAX) String note) {
        Task t = store.load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        store.requireOwnerOrManager(t);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Optional<TaskOutcome> outcome = outcomeCode == null ? Optional.empty() : t.getType().outcome(outcomeCode);
        errors.addIf(outcome.isEmpty(), "outcome", "tasks.error.outcome");
        errors.throwIfAny();
        checks.orderedStream().forEach(c -> c.beforeComplete(t, outcomeCode));
        Instant now = store.clock.instant();
        String actor = store.actor();
        t.setOutcome(outcomeCode, trim(note).isEmpty() ? null : trim(note));
        if (t.getOwnerId() == null) {
            t.setOwnerId(store.me());
        }
        t.close(TaskStatus.DONE, now, actor);
        store.save(t, now);
        store.log(t, now, actor, TaskEvent.Kind.DONE, outcome.get().getNameEn() + (t.getOutcomeNote() == null ? "" : ": " + t.getOutcomeNote()));
        audit.record("TASK_DONE", "Task", id, AuditDetails.of("audit.detail.task-done", AuditDetails.stored(t.getTitle()),
                outcome.map(o -> AuditDetails.words(o.getNameEn(), o.getNameZh())).orElseGet(() -> AuditDetails.stored(outcomeCode))));
        publisher.publishEvent(new TaskCompleted(id, t.getType().getCode(), t.getCustomerId(), t.getOwnerId(), outcomeCode,
                outcome.get().isCountsAsContact(), t.getOutcomeNote(), actor, now));
        return store.row(t);
    }

    /** Cancelled with a reason: the owner, or a manager. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
    public TaskRow cancel(long id, long editedVersion,
                          @NotBlank(message = "{tasks.error.reason}") @Size(max = Task.TEXT_MAX) String reason) {
        Task t = store.load(id);
        ConcurrentEditException.check(t, editedVersion);
        requireOpen(t);
        store.requireOwnerOrManager(t);
        String why = trim(reason);
        Instant now = store.clock.instant();
        t.setOutcome(null, why);
        t.close(TaskStatus.CANCELLED, now, store.actor());
        store.save(t, now);
        store.log(t, now, store.actor(), TaskEvent.Kind.CANCELLED, why);
        audit.record("TASK_CANCELLED", "Task", id, AuditDetails.of("audit.detail.task-cancelled", AuditDetails.stored(t.getTitle()), why));
        return store.row(t);
    }
}
