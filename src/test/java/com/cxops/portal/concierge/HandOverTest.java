package com.cxops.portal.concierge;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandOverTest extends SpringTestBase {

    @Autowired
    HandOverService handOvers;
    @Autowired
    AbsenceService absences;
    @Autowired
    ConciergeService concierge;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;

    private long staff(String username) {
        return testStaff.get(username).getId();
    }

    private String vipManager() {
        String u = unique("h");
        testStaff.ensure(u, Role.VIP_MANAGER);
        return u;
    }

    private TaskRow task(Long customer, long owner) {
        return workflow.createFromSource(new NewTask(TaskType.REWARD, customer, new TaskSource(TaskSourceType.CUSTOMER, unique("h"), null),
                owner, null, null, null, "Reward", null)).task();
    }

    private Long managerOf(long customer) {
        return jdbc.queryForObject("SELECT account_manager_id FROM customer WHERE id = ?", Long.class, customer);
    }

    private Long ownerOf(TaskRow t) {
        return tasks.find(t.id()).orElseThrow().ownerId();
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsValue(key));
    }

    @Test
    void everything_goes_to_the_deputy_audited_and_comes_back_except_what_moved_on_meanwhile() {
        String a = vipManager();
        String b = vipManager();
        String c = vipManager();
        long vip1 = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        long vip2 = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        long others = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(c));
        TaskRow t1 = task(vip1, staff(a));
        TaskRow t2 = task(vip2, staff(a));
        TaskRow noCustomer = task(null, staff(a));
        TaskRow done = task(vip1, staff(a));
        actAs(a, Role.VIP_MANAGER);
        workflow.complete(done.id(), done.version(), "GRANTED", null);
        LocalDate today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        Absence away = absences.record(new AbsenceForm(null, staff(b), today, today.plusDays(3), null));

        // Another VIP manager (even the deputy) cannot move the book: the absent person or a manager can.
        actAs(b, Role.VIP_MANAGER);
        assertThatThrownBy(() -> handOvers.handOver(away.getId())).isInstanceOf(AccessDeniedException.class);

        actAsNew(Role.MANAGER);
        HandOver h = handOvers.handOver(away.getId());
        assertThat(h.ids(HandOver.Kind.CUSTOMER)).containsExactlyInAnyOrder(vip1, vip2);
        assertThat(h.ids(HandOver.Kind.TASK)).containsExactlyInAnyOrder(t1.id(), t2.id(), noCustomer.id());
        assertThat(managerOf(vip1)).isEqualTo(staff(b));
        assertThat(managerOf(vip2)).isEqualTo(staff(b));
        assertThat(managerOf(others)).isEqualTo(staff(c));
        assertThat(List.of(ownerOf(t1), ownerOf(t2), ownerOf(noCustomer))).containsOnly(staff(b));
        assertThat(ownerOf(done)).isEqualTo(staff(a));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONCIERGE_HANDED_OVER' AND record_id = ?",
                Long.class, String.valueOf(away.getId()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_event WHERE task_id = ? AND kind = 'ASSIGNED'", Long.class, t1.id()))
                .isEqualTo(1);
        refused(() -> handOvers.handOver(away.getId()), "concierge.error.hand-over-twice");

        // Meanwhile the deputy finishes one task and a manager moves one customer to a third colleague.
        actAs(b, Role.VIP_MANAGER);
        TaskRow t2now = tasks.find(t2.id()).orElseThrow();
        workflow.complete(t2now.id(), t2now.version(), "GRANTED", "done by the deputy");
        actAsNew(Role.MANAGER);
        concierge.moveCustomers(List.of(vip2), staff(c));

        HandOver back = handOvers.handBack(h.getId());
        assertThat(back.isReturned()).isTrue();
        assertThat(managerOf(vip1)).isEqualTo(staff(a));
        assertThat(managerOf(vip2)).isEqualTo(staff(c));
        assertThat(ownerOf(t1)).isEqualTo(staff(a));
        assertThat(ownerOf(noCustomer)).isEqualTo(staff(a));
        assertThat(ownerOf(t2)).isEqualTo(staff(b));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONCIERGE_HANDED_BACK' AND record_id = ?",
                Long.class, String.valueOf(away.getId()))).isEqualTo(1);
        refused(() -> handOvers.handBack(h.getId()), "concierge.error.handed-back");
        // handed back, the absence can be handed over again
        assertThat(handOvers.open(away.getId())).isEmpty();
    }
}
