package com.cxops.portal.concierge.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.AccessDeniedView;
import com.cxops.portal.concierge.BookRow;
import com.cxops.portal.concierge.ManagerLoad;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ConciergeViewsTest extends KaribuTestBase {

    @Autowired
    TestCustomers customers;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void my_book_shows_own_customers_who_need_attention_first_and_not_another_managers() {
        String me = unique("v");
        long myId = testStaff.ensure(me, Role.VIP_MANAGER).getId();
        String other = unique("w");
        long otherId = testStaff.ensure(other, Role.VIP_MANAGER).getId();
        long quiet = customers.create(unique("Quiet "), CustomerLayer.HIGH_NET_WORTH, true, myId);
        long recent = customers.create(unique("Recent "), CustomerLayer.HIGH_NET_WORTH, true, myId);
        long notMine = customers.create(unique("Other "), CustomerLayer.HIGH_NET_WORTH, true, otherId);
        jdbc.update("INSERT INTO contact_log (customer_id, staff_id, contacted_at, channel, created_at, created_by) VALUES (?, ?, ?, 'CALL', ?, 'test')",
                recent, myId, java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(2))), java.sql.Timestamp.from(clock.instant()));
        login(me, Role.VIP_MANAGER);
        UI.getCurrent().navigate(MyBookView.class);
        MyBookView view = _get(MyBookView.class);
        assertThat(view.owner.isVisible()).isFalse();
        assertThat(GridKt._findAll(view.grid)).extracting(BookRow::customerId).containsExactly(quiet, recent).doesNotContain(notMine);
        assertThat(GridKt._getFormatted(view.grid, 0, "lastContact")).isEqualTo("Never");
    }

    @Test
    void workload_shows_each_vip_managers_numbers_and_rebalances_with_tasks_following() {
        String a = unique("v");
        long aId = testStaff.ensure(a, Role.VIP_MANAGER).getId();
        String b = unique("w");
        long bId = testStaff.ensure(b, Role.VIP_MANAGER).getId();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, aId);
        TaskRow overdue = workflow.createFromSource(new NewTask(TaskType.REWARD, vip, new TaskSource(TaskSourceType.CUSTOMER, unique("w"), null),
                aId, null, clock.instant().minus(Duration.ofHours(1)), null, "Overdue reward", null)).task();
        login(unique("m"), Role.MANAGER);
        UI.getCurrent().navigate(WorkloadView.class);
        WorkloadView view = _get(WorkloadView.class);
        ManagerLoad load = GridKt._findAll(view.loads).stream().filter(l -> l.staffId() == aId).findFirst().orElseThrow();
        assertThat(load.bookSize()).isEqualTo(1);
        assertThat(load.openTasks()).isEqualTo(1);
        assertThat(load.overdue()).isEqualTo(1);
        view.loads.select(load);
        assertThat(GridKt._findAll(view.book)).extracting(BookRow::customerId).containsExactly(vip);
        view.book.select(GridKt._get(view.book, 0));
        view.target.setValue(view.target.getListDataView().getItems().filter(s -> s.id() == bId).findFirst().orElseThrow());
        view.move();
        assertThat(ownerOf(overdue.id())).isEqualTo(bId);
        assertThat(GridKt._findAll(view.loads).stream().filter(l -> l.staffId() == bId).findFirst().orElseThrow().bookSize()).isEqualTo(1);
    }

    @Test
    void a_vip_manager_cannot_open_the_workload() {
        login(unique("v"), Role.VIP_MANAGER);
        UI.getCurrent().navigate(WorkloadView.class);
        assertThat(_find(WorkloadView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).isNotEmpty();
    }

    @Test
    void an_absent_vip_manager_hands_over_with_the_button_on_their_own_absence() {
        clock.set(java.time.Instant.parse("2042-05-04T02:00:00Z"));
        String me = unique("v");
        long myId = testStaff.ensure(me, Role.VIP_MANAGER).getId();
        String deputy = unique("w");
        long deputyId = testStaff.ensure(deputy, Role.VIP_MANAGER).getId();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, myId);
        TaskRow open = workflow.createFromSource(new NewTask(TaskType.REWARD, vip, new TaskSource(TaskSourceType.CUSTOMER, unique("w"), null),
                myId, null, null, null, "Reward", null)).task();
        login(me, Role.VIP_MANAGER);
        UI.getCurrent().navigate(AbsencesView.class);
        AbsencesView view = _get(AbsencesView.class);
        view.deputy.setValue(view.deputy.getListDataView().getItems().filter(s -> s.id() == deputyId).findFirst().orElseThrow());
        view.startsOn.setValue(java.time.LocalDate.of(2042, 5, 4));
        view.endsOn.setValue(java.time.LocalDate.of(2042, 5, 8));
        view.save();
        com.cxops.portal.concierge.Absence mine = GridKt._findAll(view.absences).stream().filter(a -> a.getStaffId() == myId)
                .findFirst().orElseThrow();
        com.vaadin.flow.component.button.Button handOver = (com.vaadin.flow.component.button.Button)
                GridKt._getCellComponent(view.absences, GridKt._findAll(view.absences).indexOf(mine), "handOver");
        assertThat(handOver.getText()).isEqualTo(t("concierge.absence.hand-over-all"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(handOver);
        assertThat(ownerOf(open.id())).isEqualTo(deputyId);
        assertThat(jdbc.queryForObject("SELECT account_manager_id FROM customer WHERE id = ?", Long.class, vip)).isEqualTo(deputyId);

        // the deputy sees the absence they cover, but no button to move the colleague's book
        login(deputy, Role.VIP_MANAGER);
        UI.getCurrent().navigate(AbsencesView.class);
        AbsencesView deputyView = _get(AbsencesView.class);
        int row = GridKt._findAll(deputyView.absences).stream().map(com.cxops.portal.concierge.Absence::getId).toList().indexOf(mine.getId());
        assertThat(row).isNotNegative();
        assertThat(GridKt._getCellComponent(deputyView.absences, row, "handOver").isVisible()).isFalse();

        // back home, the same button takes back what is still with the deputy
        clock.set(java.time.Instant.parse("2042-05-09T02:00:00Z"));
        login(me, Role.VIP_MANAGER);
        UI.getCurrent().navigate(AbsencesView.class);
        view = _get(AbsencesView.class);
        int back = GridKt._findAll(view.absences).stream().map(com.cxops.portal.concierge.Absence::getId).toList().indexOf(mine.getId());
        com.vaadin.flow.component.button.Button handBack = (com.vaadin.flow.component.button.Button)
                GridKt._getCellComponent(view.absences, back, "handOver");
        assertThat(handBack.getText()).isEqualTo(t("concierge.absence.hand-back"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(handBack);
        assertThat(ownerOf(open.id())).isEqualTo(myId);
        assertThat(jdbc.queryForObject("SELECT account_manager_id FROM customer WHERE id = ?", Long.class, vip)).isEqualTo(myId);
        // handed back and over, the absence leaves the list
        view.absences.getDataProvider().refreshAll();
        assertThat(GridKt._findAll(view.absences)).extracting(com.cxops.portal.concierge.Absence::getId).doesNotContain(mine.getId());
    }

    private Long ownerOf(long taskId) {
        return jdbc.queryForObject("SELECT owner_id FROM task WHERE id = ?", Long.class, taskId);
    }
}
