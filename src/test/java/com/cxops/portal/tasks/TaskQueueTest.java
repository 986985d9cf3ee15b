package com.cxops.portal.tasks;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task lists read rows in one statement each ({@link TaskQueue}); they must be the rows the task itself reads. */
class TaskQueueTest extends SpringTestBase {

    private static final Instant DAY = Instant.parse("2041-03-01T10:00:00Z");

    @Autowired
    TaskService service;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TestCustomers customers;

    private TaskRow task(Long customer, Long owner, String pool, Instant due) {
        return workflow.createFromSource(new NewTask(TaskType.REWARD, customer, new TaskSource(TaskSourceType.CUSTOMER, unique("q"), null),
                owner, pool, due, TaskPriority.HIGH, unique("Task "), null)).task();
    }

    private List<TaskRow> asTheTaskReadsThem(List<Long> ids) {
        return ids.stream().map(id -> service.find(id).orElseThrow()).toList();
    }

    @Test
    void my_tasks_list_both_open_statuses_soonest_due_first_page_by_page_and_leave_closed_ones_out() {
        String me = unique("v");
        testStaff.ensure(me, Role.VIP_MANAGER);
        long owner = testStaff.get(me).getId();
        long customer = customers.create(unique("C "), CustomerLayer.HIGH_NET_WORTH, true, owner);
        actAs(me, Role.VIP_MANAGER);
        // due times interleave the statuses; two share a due time (then the older id first)
        TaskRow a = task(customer, owner, null, DAY.plus(Duration.ofHours(5)));
        TaskRow b = task(customer, owner, null, DAY.plus(Duration.ofHours(1)));
        TaskRow c = task(null, owner, null, DAY.plus(Duration.ofHours(3)));
        TaskRow d = task(customer, owner, null, DAY.plus(Duration.ofHours(3)));
        TaskRow e = task(customer, owner, null, DAY.plus(Duration.ofHours(2)));
        TaskRow done = task(customer, owner, null, DAY);
        workflow.start(b.id(), b.version());
        workflow.start(d.id(), d.version());
        workflow.complete(done.id(), done.version(), "GRANTED", null);

        List<Long> seen = new ArrayList<>();
        List<Boolean> more = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Slice<TaskRow> slice = service.myTasks(PageRequest.of(page, 2));
            assertThat(slice.getContent()).isEqualTo(asTheTaskReadsThem(slice.getContent().stream().map(TaskRow::id).toList()));
            slice.getContent().forEach(r -> seen.add(r.id()));
            more.add(slice.hasNext());
        }
        assertThat(seen).containsExactly(b.id(), e.id(), c.id(), d.id(), a.id());
        assertThat(more).containsExactly(true, true, false);
        assertThat(service.myTasks(PageRequest.of(0, 50)).getContent()).extracting(TaskRow::status)
                .containsExactly(TaskStatus.IN_PROGRESS, TaskStatus.OPEN, TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.OPEN);

        actAsNew(Role.MANAGER);
        assertThat(service.openOf(owner, PageRequest.of(0, 50)).getContent()).extracting(TaskRow::id)
                .containsExactly(b.id(), e.id(), c.id(), d.id(), a.id());
        assertThat(service.allOpen(owner, PageRequest.of(0, 50)).getContent()).extracting(TaskRow::id)
                .containsExactly(b.id(), e.id(), c.id(), d.id(), a.id());
    }

    /** My tasks and the pools run without a transaction; their access checks stay (method security and the pool rule). */
    @Test
    void my_tasks_and_pools_refuse_those_without_the_role_and_pools_the_caller_may_not_use() {
        String vip = unique("h5-v");
        testStaff.ensure(vip, Role.VIP_MANAGER);
        long owner = testStaff.get(vip).getId();
        actAs(vip, Role.VIP_MANAGER);
        TaskRow mine = task(null, owner, null, DAY.plus(Duration.ofDays(2)));
        assertThat(service.myTasks(PageRequest.of(0, 50)).getContent()).extracting(TaskRow::id).containsExactly(mine.id());
        assertThat(service.myTasks(PageRequest.of(0, 50)).getContent().getFirst().ownerName()).isNotBlank();
        assertThatThrownBy(() -> service.pool(TaskPools.team(-1L), PageRequest.of(0, 50)))
                .isInstanceOf(com.cxops.portal.base.InvalidInputException.class);

        actAsNew(Role.EXECUTIVE);
        assertThatThrownBy(() -> service.myTasks(PageRequest.of(0, 50))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.pool(TaskPools.CONCIERGE, PageRequest.of(0, 50))).isInstanceOf(AccessDeniedException.class);
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> service.pool(TaskPools.CONCIERGE, PageRequest.of(0, 50)))
                .isInstanceOf(com.cxops.portal.base.InvalidInputException.class);
    }

    @Test
    void a_pool_lists_only_its_unclaimed_open_tasks_soonest_due_first() {
        String pool = TaskPools.team(ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L));
        String vip = unique("v");
        testStaff.ensure(vip, Role.VIP_MANAGER);
        long customer = customers.create(unique("C "));
        TaskRow later = task(customer, null, pool, DAY.plus(Duration.ofDays(2)));
        TaskRow sooner = task(null, null, pool, DAY.plus(Duration.ofDays(1)));
        TaskRow owned = task(customer, testStaff.get(vip).getId(), pool, DAY);
        actAsNew(Role.MANAGER);
        Slice<TaskRow> first = service.pool(pool, PageRequest.of(0, 1));
        assertThat(first.getContent()).extracting(TaskRow::id).containsExactly(sooner.id());
        assertThat(first.hasNext()).isTrue();
        List<TaskRow> all = service.pool(pool, PageRequest.of(0, 50)).getContent();
        assertThat(all).extracting(TaskRow::id).containsExactly(sooner.id(), later.id()).doesNotContain(owned.id());
        assertThat(all).isEqualTo(asTheTaskReadsThem(List.of(sooner.id(), later.id())));
        assertThat(all.get(1).customerName()).isNotBlank();
        assertThat(all.get(0).customerName()).isNull();
    }

    @Test
    void a_customers_list_shows_open_and_closed_tasks_latest_due_first_with_the_outcomes_name() {
        String me = unique("v");
        testStaff.ensure(me, Role.VIP_MANAGER);
        long owner = testStaff.get(me).getId();
        long customer = customers.create(unique("C "), CustomerLayer.HIGH_NET_WORTH, true, owner);
        actAs(me, Role.VIP_MANAGER);
        TaskRow open = task(customer, owner, null, DAY.plus(Duration.ofDays(3)));
        TaskRow granted = task(customer, owner, null, DAY.plus(Duration.ofDays(1)));
        TaskRow cancelled = task(customer, owner, null, DAY.plus(Duration.ofDays(2)));
        workflow.complete(granted.id(), granted.version(), "GRANTED", "Sent");
        workflow.cancel(cancelled.id(), cancelled.version(), "Not wanted");
        List<TaskRow> rows = service.ofCustomer(customer, PageRequest.of(0, 10)).getContent();
        assertThat(rows).extracting(TaskRow::id).containsExactly(open.id(), cancelled.id(), granted.id());
        assertThat(rows).isEqualTo(asTheTaskReadsThem(List.of(open.id(), cancelled.id(), granted.id())));
        assertThat(rows.get(2).outcomeName()).isNotBlank().isNotEqualTo("GRANTED");
        assertThat(rows.get(1).outcomeName()).isNull();
    }
}
