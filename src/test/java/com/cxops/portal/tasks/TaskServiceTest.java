package com.cxops.portal.tasks;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskServiceTest extends SpringTestBase {

    @Autowired
    TaskService service;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TaskAssignmentService assignment;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;

    private NewTask followUp(long customerId, String sourceId, Long owner) {
        return new NewTask(TaskType.COMPLAINT_FOLLOW_UP, customerId, new TaskSource(TaskSourceType.COMPLAINT, sourceId, "complaints/" + sourceId),
                owner, null, null, null, "Follow up", null);
    }

    private long staffId(String username) {
        return testStaff.get(username).getId();
    }

    @Test
    void create_from_source_is_idempotent_per_source_and_type() {
        clock.set(Instant.parse("2026-11-30T08:00:00Z"));
        long customer = customers.create(unique("C"));
        String source = unique("s");
        TaskWorkflowService.Created first = workflow.createFromSource(followUp(customer, source, null));
        TaskWorkflowService.Created second = workflow.createFromSource(followUp(customer, source, null));
        assertThat(first.isNew()).isTrue();
        assertThat(second.isNew()).isFalse();
        assertThat(second.task().id()).isEqualTo(first.task().id());
        assertThat(first.task().pool()).isEqualTo(TaskPools.CONCIERGE);
        assertThat(first.task().dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        // another type for the same source is another task
        TaskWorkflowService.Created other = workflow.createFromSource(new NewTask(TaskType.WIN_BACK, customer,
                new TaskSource(TaskSourceType.COMPLAINT, source, null), null, null, null, null, "Win back", null));
        assertThat(other.isNew()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE source_id = ?", Long.class, source)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'TASK_CREATED' AND record_id = ?", Long.class,
                String.valueOf(first.task().id()))).isEqualTo(1);
    }

    @Test
    void two_creations_at_once_make_one_task() throws Exception {
        long customer = customers.create(unique("C"));
        String source = unique("s");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TaskWorkflowService.Created>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return workflow.createFromSource(followUp(customer, source, null));
            }));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        int made = 0;
        for (Future<TaskWorkflowService.Created> f : results) {
            TaskWorkflowService.Created c = f.get();
            ids.add(c.task().id());
            made += c.isNew() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(made).isEqualTo(1);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE source_id = ?", Long.class, source)).isEqualTo(1);
    }

    @Test
    void claim_race_one_wins_and_the_other_is_told_who() throws Exception {
        long customer = customers.create(unique("C"));
        long taskId = workflow.createFromSource(followUp(customer, unique("s"), null)).task().id();
        String a = unique("va");
        String b = unique("vb");
        Authentication authA = actAs(a, Role.VIP_MANAGER);
        Authentication authB = actAs(b, Role.VIP_MANAGER);
        SecurityContextHolder.clearContext();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (Authentication auth : List.of(authA, authB)) {
            Callable<Object> claim = () -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                start.await();
                try {
                    return assignment.claim(taskId);
                } catch (TaskTakenException e) {
                    return e;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(claim));
        }
        start.countDown();
        Object r1 = results.get(0).get();
        Object r2 = results.get(1).get();
        pool.shutdown();
        List<Object> all = List.of(r1, r2);
        assertThat(all).filteredOn(TaskRow.class::isInstance).hasSize(1);
        assertThat(all).filteredOn(TaskTakenException.class::isInstance).hasSize(1);
        TaskRow winner = (TaskRow) all.stream().filter(TaskRow.class::isInstance).findFirst().orElseThrow();
        TaskTakenException loser = (TaskTakenException) all.stream().filter(TaskTakenException.class::isInstance).findFirst().orElseThrow();
        assertThat(loser.getTakenBy()).isEqualTo(winner.ownerName());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_event WHERE task_id = ? AND kind = 'CLAIMED'", Long.class, taskId)).isEqualTo(1);
    }

    @Test
    void claim_release_start_and_complete_with_outcome() {
        long customer = customers.create(unique("C"));
        long taskId = workflow.createFromSource(followUp(customer, unique("s"), null)).task().id();
        String me = unique("v");
        actAs(me, Role.VIP_MANAGER);
        TaskRow claimed = assignment.claim(taskId);
        assertThat(claimed.ownerId()).isEqualTo(staffId(me));
        assertThat(service.myTasks(PageRequest.of(0, 50)).getContent()).extracting(TaskRow::id).contains(taskId);
        TaskRow released = assignment.release(taskId, claimed.version());
        assertThat(released.ownerId()).isNull();
        assertThat(service.pool(TaskPools.CONCIERGE, PageRequest.of(0, 500)).getContent()).extracting(TaskRow::id).contains(taskId);
        TaskRow again = assignment.claim(taskId);
        TaskRow started = workflow.start(taskId, again.version());
        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThatThrownBy(() -> workflow.complete(taskId, started.version(), null, "called"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsEntry("outcome", "tasks.error.outcome"));
        assertThatThrownBy(() -> workflow.complete(taskId, started.version(), "NO_SUCH", "called")).isInstanceOf(InvalidInputException.class);
        TaskRow done = workflow.complete(taskId, started.version(), "SATISFIED", "Called, all fine");
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.outcomeCode()).isEqualTo("SATISFIED");
        assertThat(service.timeline(taskId)).extracting(TaskEvent::getKind).containsExactly(TaskEvent.Kind.CREATED,
                TaskEvent.Kind.CLAIMED, TaskEvent.Kind.RELEASED, TaskEvent.Kind.CLAIMED, TaskEvent.Kind.STARTED, TaskEvent.Kind.DONE);
        assertThatThrownBy(() -> workflow.cancel(taskId, done.version(), "late")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_stale_version_is_told_who_changed_it() {
        long customer = customers.create(unique("C"));
        String me = unique("v");
        actAs(me, Role.VIP_MANAGER);
        long taskId = workflow.createFromSource(followUp(customer, unique("s"), staffId(me))).task().id();
        TaskRow seen = service.find(taskId).orElseThrow();
        workflow.start(taskId, seen.version());
        assertThatThrownBy(() -> workflow.cancel(taskId, seen.version(), "no longer needed"))
                .isInstanceOf(ConcurrentEditException.class)
                .satisfies(e -> assertThat(((ConcurrentEditException) e).getChangedBy()).isEqualTo(me));
    }

    @Test
    void manager_assigns_many_and_vip_tasks_go_only_to_vip_managers() {
        String vipManager = unique("v");
        testStaff.ensure(vipManager, Role.VIP_MANAGER);
        String agent = unique("a");
        testStaff.ensure(agent, Role.AGENT);
        long vip = customers.create(unique("C"), CustomerLayer.HIGH_NET_WORTH, true, null);
        long t1 = workflow.createFromSource(followUp(vip, unique("s"), null)).task().id();
        long t2 = workflow.createFromSource(followUp(vip, unique("s"), null)).task().id();
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> assignment.assign(List.of(t1, t2), staffId(agent)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsEntry("ownerId", "tasks.error.owner-not-vip-manager"));
        assertThat(service.find(t1).orElseThrow().ownerId()).isNull();
        List<TaskRow> assigned = assignment.assign(List.of(t1, t2), staffId(vipManager));
        assertThat(assigned).extracting(TaskRow::ownerId).containsOnly(staffId(vipManager));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'TASK_ASSIGNED' AND record_id IN (?, ?)",
                Long.class, String.valueOf(t1), String.valueOf(t2))).isEqualTo(2);
    }

    @Test
    void a_task_made_by_hand_may_not_be_due_in_the_past() {
        long customer = customers.create(unique("C"));
        actAsNew(Role.MANAGER);
        TaskForm form = new TaskForm();
        form.setTypeCode(TaskType.SERVICE_REQUEST);
        form.setCustomerId(customer);
        form.setTitle("Airport lounge");
        form.setDueAt(clock.instant().minus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> workflow.create(form))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsEntry("dueAt", "tasks.error.due-past"));
        form.setDueAt(clock.instant().plus(Duration.ofDays(2)));
        TaskRow made = workflow.create(form);
        assertThat(made.source().type()).isEqualTo(TaskSourceType.MANUAL);
        assertThat(made.pool()).isEqualTo(TaskPools.CONCIERGE);
    }

    @Test
    void a_task_by_hand_without_title_or_with_texts_over_their_limits_is_refused_at_its_fields_and_not_made() {
        long customer = customers.create(unique("C"));
        actAsNew(Role.MANAGER);
        TaskForm form = new TaskForm();
        form.setTypeCode(TaskType.SERVICE_REQUEST);
        form.setCustomerId(customer);
        form.setTitle("  ");
        form.setDescription("d".repeat(Task.TEXT_MAX + 1));
        form.setDueAt(clock.instant().minus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> workflow.create(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors()).containsEntry("title", "tasks.error.title")
                    .containsEntry("description", InvalidInputException.TOO_LONG).containsEntry("dueAt", "tasks.error.due-past");
            assertThat(english(e, "description")).isEqualTo("Too long: at most 2,000 characters.");
        });
        form.setTitle("t".repeat(Task.TITLE_MAX + 1));
        form.setDescription(null);
        form.setDueAt(null);
        assertThatThrownBy(() -> workflow.create(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(english(e, "title")).isEqualTo("Too long: at most 200 characters."));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE customer_id = ?", Long.class, customer)).isZero();
    }

    @Test
    void a_note_or_a_cancel_reason_over_its_limit_and_an_empty_reason_are_refused_and_the_task_stays_open() {
        long customer = customers.create(unique("C"));
        long taskId = workflow.createFromSource(followUp(customer, unique("s"), null)).task().id();
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> workflow.complete(taskId, 0, "SATISFIED", "n".repeat(Task.TEXT_MAX + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsOnlyKeys("note");
                    assertThat(english(e, "note")).isEqualTo("Too long: at most 2,000 characters.");
                });
        assertThatThrownBy(() -> workflow.cancel(taskId, 0, " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getFieldErrors()).containsExactly(java.util.Map.entry("reason", "tasks.error.reason")));
        assertThatThrownBy(() -> workflow.cancel(taskId, 0, "r".repeat(Task.TEXT_MAX + 1))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(english(e, "reason")).isEqualTo("Too long: at most 2,000 characters."));
        assertThat(service.find(taskId).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
    }

    private static String english(InvalidInputException e, String field) {
        return new com.cxops.portal.base.i18n.TranslationProvider().translate(java.util.Locale.ENGLISH, e.getFieldErrors().get(field), e.arguments(field));
    }

    @Test
    void a_vip_manager_sees_own_tasks_and_the_pool_but_not_another_managers_task() {
        String mine = unique("v");
        String other = unique("w");
        testStaff.ensure(other, Role.VIP_MANAGER);
        testStaff.ensure(mine, Role.VIP_MANAGER);
        long customer = customers.create(unique("C"), CustomerLayer.HIGH_NET_WORTH, true, staffId(other));
        long othersTask = workflow.createFromSource(followUp(customer, unique("s"), staffId(other))).task().id();
        long poolTask = workflow.createFromSource(followUp(customer, unique("s"), null)).task().id();
        actAs(mine, Role.VIP_MANAGER);
        assertThat(service.find(othersTask)).isEmpty();
        assertThat(service.find(poolTask)).isPresent();
        assertThat(service.ofCustomer(customer, PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThatThrownBy(() -> workflow.complete(othersTask, 0, "SATISFIED", null)).isInstanceOf(InvalidInputException.class);
        actAs(other, Role.VIP_MANAGER);
        assertThat(service.ofCustomer(customer, PageRequest.of(0, 10)).getContent()).extracting(TaskRow::id).contains(othersTask, poolTask);
        actAsNew(Role.AGENT);
        assertThat(service.find(poolTask)).isEmpty();
        assertThatThrownBy(() -> assignment.claim(poolTask)).isInstanceOf(InvalidInputException.class);
    }
}
