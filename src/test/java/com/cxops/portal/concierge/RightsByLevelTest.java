package com.cxops.portal.concierge;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rights used count against the allowance of the membership level the customer had when they were delivered. */
class RightsByLevelTest extends SpringTestBase {

    @Autowired
    RightsService rights;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TestCustomers customers;
    @Autowired
    JdbcTemplate jdbc;

    private RightUsage lounge(long customer) {
        return rights.usage(customer).stream().filter(r -> r.code().equals("LOUNGE")).findFirst().orElseThrow();
    }

    private TaskRow deliver(long customer) {
        TaskRow t = rights.request(new RightRequestForm(customer, lounge(customer).rightId(), clock.instant().plus(Duration.ofDays(2)), null));
        workflow.complete(t.id(), t.version(), "DELIVERED", null);
        return t;
    }

    private String levelOf(TaskRow use) {
        return jdbc.queryForObject("SELECT membership_level FROM vip_right_use WHERE task_id = ?", String.class, use.id());
    }

    @Test
    void a_customer_upgraded_mid_year_starts_the_new_levels_allowance_and_the_old_uses_stay_with_the_old_level() {
        clock.set(Instant.parse("2042-03-02T02:00:00Z"));
        String manager = unique("rl");
        long managerId = testStaff.ensure(manager, Role.VIP_MANAGER).getId();
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, true, managerId);
        jdbc.update("UPDATE customer SET membership_level = 'GOLD' WHERE id = ?", vip);
        actAs(manager, Role.VIP_MANAGER);

        TaskRow first = deliver(vip);
        TaskRow second = deliver(vip);
        assertThat(lounge(vip).allowance()).isEqualTo(2);
        assertThat(lounge(vip).left()).isZero();
        assertThat(levelOf(first)).isEqualTo("GOLD");
        // requested as gold, still waiting when the customer is upgraded in July
        TaskRow waiting = rights.request(new RightRequestForm(vip, lounge(vip).rightId(), clock.instant().plus(Duration.ofDays(200)), null));
        assertThat(rights.needsApproval(waiting.id())).isTrue();

        clock.set(Instant.parse("2042-07-01T02:00:00Z"));
        jdbc.update("UPDATE customer SET membership_level = 'DIAMOND' WHERE id = ?", vip);
        RightUsage diamond = lounge(vip);
        assertThat(diamond.allowance()).isEqualTo(4);
        assertThat(diamond.used()).isZero();
        assertThat(diamond.left()).isEqualTo(4);

        // the request made as gold is delivered as diamond: no approval needed, it counts against diamond
        assertThat(rights.needsApproval(waiting.id())).isFalse();
        TaskRow w = tasks.find(waiting.id()).orElseThrow();
        workflow.complete(w.id(), w.version(), "DELIVERED", null);
        assertThat(levelOf(waiting)).isEqualTo("DIAMOND");
        assertThat(levelOf(second)).isEqualTo("GOLD");
        deliver(vip);
        assertThat(lounge(vip).used()).isEqualTo(2);
        assertThat(lounge(vip).left()).isEqualTo(2);

        // a downgrade back to gold in November finds gold's allowance used up by the spring's uses
        clock.set(Instant.parse("2042-11-02T02:00:00Z"));
        jdbc.update("UPDATE customer SET membership_level = 'GOLD' WHERE id = ?", vip);
        assertThat(lounge(vip).used()).isEqualTo(2);
        assertThat(lounge(vip).left()).isZero();
        TaskRow beyond = rights.request(new RightRequestForm(vip, lounge(vip).rightId(), clock.instant().plus(Duration.ofDays(2)), null));
        assertThatThrownBy(() -> workflow.complete(beyond.id(), beyond.version(), "DELIVERED", null))
                .isInstanceOf(InvalidInputException.class);
    }
}
