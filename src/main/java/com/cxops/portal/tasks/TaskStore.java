package com.cxops.portal.tasks;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Notifier;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.customers.CustomerFacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every task service does the same way: load a task the caller may read, the access rules (own, deputised,
 * pool, book), save it (a lost race becomes an edit conflict naming who saved first), write its timeline, notify its
 * owner, and turn tasks into rows. It has no transaction of its own: it runs inside its caller's, apart from the
 * two templates for work that must see or commit past it ({@link #newTransaction}, {@link #readOnly}).
 */
@Component
class TaskStore {

    final TaskRepository tasks;
    final TaskTypeRepository types;
    final TaskEventRepository events;
    final CustomerFacts customers;
    final CurrentUser user;
    final StaffDirectory staff;
    final TeamService teams;
    final Clock clock;
    final TransactionTemplate newTransaction;
    final TransactionTemplate readOnly;
    private final Notifier notifier;
    private final ObjectProvider<TaskRouting> routing;
    private final TranslationProvider i18n;

    TaskStore(TaskRepository tasks, TaskTypeRepository types, TaskEventRepository events, CustomerFacts customers, CurrentUser user,
              StaffDirectory staff, TeamService teams, Notifier notifier, ObjectProvider<TaskRouting> routing,
              PlatformTransactionManager transactions, TranslationProvider i18n, Clock clock) {
        this.tasks = tasks;
        this.types = types;
        this.events = events;
        this.customers = customers;
        this.user = user;
        this.staff = staff;
        this.teams = teams;
        this.notifier = notifier;
        this.routing = routing;
        this.i18n = i18n;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    // ---------------------------------------------------------------- access

    boolean isManager() {
        return user.hasRole(Role.Names.MANAGER);
    }

    long me() {
        return user.id().orElseThrow(() -> InvalidInputException.of("", "tasks.error.denied"));
    }

    Set<Long> covered() {
        Optional<Long> me = user.id();
        if (me.isEmpty()) {
            return Set.of();
        }
        return routing().map(r -> r.coveredBy(me.get(), clock.instant())).orElse(Set.of());
    }

    /** The customer is in the person's book, or in the book of someone they deputise for now. */
    boolean inMyBook(CustomerFacts.Snapshot c) {
        Long manager = c.accountManagerId();
        if (manager == null || user.id().isEmpty()) {
            return false;
        }
        return manager.equals(user.id().get()) || covered().contains(manager);
    }

    boolean canRead(Task t) {
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
        CustomerFacts.Snapshot c = customer(t);
        return c != null && user.hasRole(Role.Names.VIP_MANAGER) && inMyBook(c);
    }

    boolean mayUsePool(String pool) {
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

    void requireOwnerOrManager(Task t) {
        if (isManager()) {
            return;
        }
        long me = me();
        if (t.getOwnerId() != null && (t.getOwnerId() == me || covered().contains(t.getOwnerId()))) {
            return;
        }
        throw InvalidInputException.of("", "tasks.error.not-yours");
    }

    static void requireOpen(Task t) {
        if (!t.getStatus().isOpen()) {
            throw InvalidInputException.of("", "tasks.error.closed");
        }
    }

    /** A concierge task of a VIP customer goes only to a VIP manager. */
    void checkOwner(TaskType type, CustomerFacts.Snapshot customer, long staffId, String field) {
        StaffDirectory.StaffContact person = staff.find(staffId).filter(StaffDirectory.StaffContact::enabled)
                .orElseThrow(() -> InvalidInputException.of(field, "tasks.error.owner"));
        if (type.isConcierge() && customer != null && customer.vip() && !person.roles().contains(Role.VIP_MANAGER)) {
            throw InvalidInputException.of(field, "tasks.error.owner-not-vip-manager");
        }
    }

    // ---------------------------------------------------------------- loading and saving

    /** A task the caller may read; one they may not read is "not found", as a missing one. */
    Task load(long id) {
        Task t = tasks.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        if (!canRead(t)) {
            throw InvalidInputException.of("", "error.not-found");
        }
        return t;
    }

    CustomerFacts.Snapshot customer(Task t) {
        return t.getCustomerId() == null ? null : customers.find(t.getCustomerId()).orElse(null);
    }

    void save(Task t, Instant now) {
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

    Optional<TaskRouting> routing() {
        return Optional.ofNullable(routing.getIfAvailable());
    }

    String actor() {
        String name = user.username();
        return name == null || name.isEmpty() ? TaskService.SYSTEM : name;
    }

    String name(Long staffId) {
        return staffId == null ? "-" : staff.displayName(staffId).orElse("#" + staffId);
    }

    void log(Task t, Instant at, String actor, TaskEvent.Kind kind, String detail) {
        events.save(new TaskEvent(t.getId(), at, actor, kind, detail));
    }

    void notifyOwner(Task t, long owner) {
        staff.find(owner).ifPresent(s -> notifier.notify(s.username(), "TASK_ASSIGNED", "tasks.notification.assigned",
                List.of(t.getTitle()), "tasks/" + t.getId()));
    }

    void notifyHandedOver(long toStaff, int count, Long fromStaff) {
        staff.find(toStaff).ifPresent(s -> notifier.notify(s.username(), "TASK_ASSIGNED", "tasks.notification.handed-over",
                List.of(String.valueOf(count), name(fromStaff)), "tasks"));
    }

    static String describeSource(Task t) {
        TaskSource s = t.getSource();
        return s.type() == TaskSourceType.MANUAL ? "by hand" : "from " + s.type().name().toLowerCase(Locale.ROOT) + " " + s.id();
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    // ---------------------------------------------------------------- rows

    TaskRow row(Task t) {
        return row(t, t.getCustomerId() == null ? Map.of() : customers.names(List.of(t.getCustomerId())));
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
}
