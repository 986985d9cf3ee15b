package com.cxops.portal.tasks.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskPools;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskStatus;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TaskViewsTest extends KaribuTestBase {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TestCustomers customers;

    private TaskRow task(long customer, Long owner, Instant due, String title) {
        return workflow.createFromSource(new NewTask(TaskType.REWARD, customer, new TaskSource(TaskSourceType.CUSTOMER, unique("ui"), null),
                owner, null, due, null, title, null)).task();
    }

    @SuppressWarnings("unchecked")
    private Grid<TaskRow> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    @Test
    void my_tasks_lists_own_open_tasks_soonest_first_with_overdue_and_due_today_badges() {
        clock.set(Instant.parse("2026-11-30T02:00:00Z"));
        String me = unique("v");
        testStaff.ensure(me, Role.VIP_MANAGER);
        long owner = testStaff.get(me).getId();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, owner);
        task(vip, owner, clock.instant().plus(Duration.ofDays(3)), "Later");
        task(vip, owner, clock.instant().minus(Duration.ofHours(2)), "Overdue one");
        task(vip, owner, clock.instant().plus(Duration.ofHours(3)), "Today one");
        login(me, Role.VIP_MANAGER);
        UI.getCurrent().navigate(MyTasksView.class);
        Grid<TaskRow> grid = grid("my-tasks-grid");
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Overdue one");
        assertThat(GridKt._get(grid, 1).title()).isEqualTo("Today one");
        assertThat(GridKt._get(grid, 2).title()).isEqualTo("Later");
        assertThat(GridKt._getFormatted(grid, 0, "due")).isEqualTo("Overdue 2 h 0 m");
        assertThat(GridKt._getFormatted(grid, 1, "due")).isEqualTo("Due today, 3 h 0 m left");
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(PoolView.class);
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(GridKt._getFormatted(grid("my-tasks-grid"), 0, "due")).startsWith("已逾期");
        assertThat(_get(H2.class, s -> s.withText("我的任务"))).isNotNull();
    }

    @Test
    void a_vip_manager_claims_from_the_pool_and_a_late_colleague_is_told_who_has_it() {
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, null);
        TaskRow pooled = task(vip, null, clock.instant().plus(Duration.ofHours(1)), unique("Pool task "));
        String first = unique("v");
        login(first, Role.VIP_MANAGER);
        UI.getCurrent().navigate(PoolView.class);
        PoolView view = _get(PoolView.class);
        assertThat(view.pool.getValue().code()).isEqualTo(TaskPools.CONCIERGE);
        assertThat(GridKt._findAll(view.grid)).extracting(TaskRow::id).contains(pooled.id());
        // a colleague opened the pool too, before the first claim
        TaskRow stale = GridKt._findAll(view.grid).stream().filter(r -> r.id() == pooled.id()).findFirst().orElseThrow();
        view.claim(stale);
        assertThat(tasks.find(pooled.id()).orElseThrow().ownerId()).isEqualTo(testStaff.get(first).getId());
        assertThat(GridKt._findAll(view.grid)).extracting(TaskRow::id).doesNotContain(pooled.id());
        String second = unique("w");
        login(second, Role.VIP_MANAGER);
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        UI.getCurrent().navigate(PoolView.class);
        PoolView late = _get(PoolView.class);
        late.claim(stale);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text", ""))
                .contains("Test " + first + " has just taken this task. Choose another one.");
        assertThat(tasks.find(pooled.id())).isEmpty();
    }

    @Test
    void done_needs_an_outcome_on_the_task_page() {
        String me = unique("v");
        testStaff.ensure(me, Role.VIP_MANAGER);
        long owner = testStaff.get(me).getId();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, owner);
        TaskRow t = task(vip, owner, clock.instant().plus(Duration.ofDays(1)), "Send flowers");
        login(me, Role.VIP_MANAGER);
        UI.getCurrent().navigate("tasks/" + t.id());
        _click(_get(Button.class, s -> s.withId("task-complete")));
        @SuppressWarnings("unchecked")
        Select<com.cxops.portal.tasks.TaskOutcome> outcome = _get(Select.class, s -> s.withId("task-outcome"));
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).isEqualTo("Choose an outcome from the list.");
        assertThat(tasks.find(t.id()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
        _setValue(outcome, outcome.getListDataView().getItems().filter(o -> o.getCode().equals("GRANTED")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("task-complete")));
        assertThat(tasks.find(t.id()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
    }
}
