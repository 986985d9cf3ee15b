package com.cxops.portal.concierge;

import com.cxops.portal.SpringTestBase;
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

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The absent VIP manager hands their own tasks and book to the deputy and takes back what is still there. */
class SelfHandOverTest extends SpringTestBase {

    @Autowired
    HandOverService handOvers;
    @Autowired
    AbsenceService absences;
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
        String u = unique("sh");
        testStaff.ensure(u, Role.VIP_MANAGER);
        return u;
    }

    private TaskRow task(long customer, long owner) {
        return workflow.createFromSource(new NewTask(TaskType.REWARD, customer, new TaskSource(TaskSourceType.CUSTOMER, unique("sh"), null),
                owner, null, null, null, "Reward", null)).task();
    }

    private Long managerOf(long customer) {
        return jdbc.queryForObject("SELECT account_manager_id FROM customer WHERE id = ?", Long.class, customer);
    }

    private long audits(String action, long absenceId, String actor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND record_id = ? AND actor = ?",
                Long.class, action, String.valueOf(absenceId), actor);
    }

    @Test
    void the_absent_vip_manager_hands_over_and_takes_back_themselves_and_no_colleague_can() {
        clock.set(Instant.parse("2042-03-09T02:00:00Z"));
        String a = vipManager();
        String deputy = vipManager();
        String colleague = vipManager();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(a));
        long stays = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, staff(colleague));
        TaskRow open = task(vip, staff(a));
        TaskRow finishedByDeputy = task(vip, staff(a));
        actAs(a, Role.VIP_MANAGER);
        Absence away = absences.record(new AbsenceForm(null, staff(deputy), LocalDate.of(2042, 3, 9), LocalDate.of(2042, 3, 13), null));

        // neither the deputy nor another colleague may move someone else's book
        actAs(colleague, Role.VIP_MANAGER);
        assertThat(handOvers.mayHandOver(staff(a))).isFalse();
        assertThatThrownBy(() -> handOvers.handOver(away.getId())).isInstanceOf(AccessDeniedException.class);
        actAs(deputy, Role.VIP_MANAGER);
        assertThatThrownBy(() -> handOvers.handOver(away.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(managerOf(vip)).isEqualTo(staff(a));

        actAs(a, Role.VIP_MANAGER);
        assertThat(handOvers.mayHandOver(staff(a))).isTrue();
        HandOver h = handOvers.handOver(away.getId());
        assertThat(h.ids(HandOver.Kind.CUSTOMER)).containsExactly(vip);
        assertThat(h.ids(HandOver.Kind.TASK)).containsExactlyInAnyOrder(open.id(), finishedByDeputy.id());
        assertThat(managerOf(vip)).isEqualTo(staff(deputy));
        assertThat(managerOf(stays)).isEqualTo(staff(colleague));
        assertThat(ownerOf(open.id())).isEqualTo(staff(deputy));
        assertThat(audits("CONCIERGE_HANDED_OVER", away.getId(), a)).isEqualTo(1);

        // the deputy finishes one; the colleague cannot take back what is not theirs
        actAs(deputy, Role.VIP_MANAGER);
        TaskRow t = tasks.find(finishedByDeputy.id()).orElseThrow();
        workflow.complete(t.id(), t.version(), "GRANTED", null);
        assertThatThrownBy(() -> handOvers.handBack(h.getId())).isInstanceOf(AccessDeniedException.class);
        actAs(colleague, Role.VIP_MANAGER);
        assertThatThrownBy(() -> handOvers.handBack(h.getId())).isInstanceOf(AccessDeniedException.class);

        // back on 14 March, the VIP manager takes back what is still with the deputy
        clock.set(Instant.parse("2042-03-14T02:00:00Z"));
        actAs(a, Role.VIP_MANAGER);
        HandOver back = handOvers.handBack(h.getId());
        assertThat(back.isReturned()).isTrue();
        assertThat(managerOf(vip)).isEqualTo(staff(a));
        assertThat(ownerOf(open.id())).isEqualTo(staff(a));
        assertThat(ownerOf(finishedByDeputy.id())).isEqualTo(staff(deputy));
        assertThat(audits("CONCIERGE_HANDED_BACK", away.getId(), a)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND message_key = 'concierge.notification.taken-back'", Long.class, deputy)).isEqualTo(1);
    }

    private Long ownerOf(long taskId) {
        return jdbc.queryForObject("SELECT owner_id FROM task WHERE id = ?", Long.class, taskId);
    }
}
