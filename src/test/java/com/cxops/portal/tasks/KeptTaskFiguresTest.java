package com.cxops.portal.tasks;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiValue;
import com.cxops.portal.customers.CustomerKpiStore;
import com.cxops.portal.customers.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasks' figures of a month are kept once 31 days have passed since its end (the reach conversion counts paid
 * orders up to 30 days after a contact), with the customers' source: a back-dated order has them counted again, a task
 * done today leaves them. In 2085, which no other test uses.
 */
class KeptTaskFiguresTest extends SpringTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TaskKpis taskKpis;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TaskAssignmentService assignment;
    @Autowired
    TaskService service;
    @Autowired
    TestCustomers customers;
    @Autowired
    CustomerKpiStore customerKpiStore;
    @Autowired
    JdbcTemplate jdbc;

    private KpiPeriod month(int m) {
        return KpiPeriod.of(LocalDate.of(2085, m, 1), LocalDate.of(2085, m + 1, 1), SHANGHAI, clock.instant());
    }

    private Map<String, Map<String, KpiValue>> packed(KpiPeriod p) {
        return taskKpis.packFigures(List.of(p), d -> true).get(p);
    }

    private Map<String, Map<String, KpiValue>> live(KpiPeriod p) {
        return taskKpis.computeAll(List.of(p), d -> true).get(p);
    }

    private List<Long> kept(KpiPeriod p) {
        return jdbc.queryForList("SELECT id FROM kpi_kept_period WHERE model = 'tasks' AND start_at = ?", Long.class,
                LocalDateTime.ofInstant(p.start(), ZoneOffset.UTC));
    }

    /** A service request for a new customer, made by a manager, claimed, started and done by a VIP account manager now. */
    private void doneNow() {
        long customer = customers.create(unique("C"));
        actAsNew(Role.MANAGER);
        TaskForm form = new TaskForm();
        form.setTypeCode(TaskType.SERVICE_REQUEST);
        form.setCustomerId(customer);
        form.setTitle("Airport lounge");
        form.setDueAt(clock.instant().plus(Duration.ofDays(2)));
        long id = workflow.create(form).id();
        actAsNew(Role.VIP_MANAGER);
        TaskRow claimed = assignment.claim(id);
        TaskRow started = workflow.start(id, claimed.version());
        String outcome = service.type(TaskType.SERVICE_REQUEST).orElseThrow().getOutcomes().getFirst().getCode();
        workflow.complete(id, started.version(), outcome, "Booked");
    }

    @Test
    void a_months_task_figures_are_kept_31_days_after_its_end_and_counted_again_after_a_back_dated_order() {
        // what earlier runs on the same database left in March 2085
        clock.set(Instant.parse("2085-05-15T04:00:00Z"));
        KpiValue earlier = live(month(3)).getOrDefault("tasks.on-time", Map.of()).get("type:" + TaskType.SERVICE_REQUEST);
        long before = earlier == null || earlier.denominator() == null ? 0 : earlier.denominator();
        clock.set(Instant.parse("2085-03-10T02:00:00Z"));
        doneNow();
        clock.set(Instant.parse("2085-04-20T02:00:00Z"));
        doneNow();
        clock.set(Instant.parse("2085-05-15T04:00:00Z"));
        KpiPeriod march = month(3);
        KpiPeriod april = month(4);

        assertThat(packed(march)).isEqualTo(live(march));
        assertThat(packed(march).get("tasks.on-time").get("type:" + TaskType.SERVICE_REQUEST).denominator()).isEqualTo(before + 1);
        assertThat(kept(march)).as("ended 44 days ago").hasSize(1);
        assertThat(packed(april)).isEqualTo(live(april));
        assertThat(kept(april)).as("ended 14 days ago: an order within 30 days of its contacts may still come").isEmpty();

        // a task done today leaves March's kept figures
        List<Long> keptBefore = kept(march);
        doneNow();
        assertThat(kept(march)).isEqualTo(keptBefore);

        // an order dated in March (a back-dated import) has them counted again
        customerKpiStore.changed(Instant.parse("2085-03-20T00:00:00Z"), clock.instant());
        assertThat(kept(march)).isEmpty();
        assertThat(packed(march)).isEqualTo(live(march));
        assertThat(kept(march)).hasSize(1);
    }
}
