package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.DemoComplaints;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recomputing every complaint's clocks from its history gives exactly the stored rows; a planted difference is found. */
class SlaSelfCheckTest extends SlaTestSupport {

    @Autowired
    SlaSelfCheck selfCheck;
    @Autowired
    SlaDemoData demo;
    @Autowired
    PublicStatementService statements;
    @Autowired
    ApplicationContext context;

    private SlaSelfCheck.Report check(Instant from, Instant to) {
        actAsNew(Role.ADMIN);
        return selfCheck.check(from, to, null);
    }

    /** A complaint through waiting, resuming, a tier rise, a statement, resolution and a reopen, all live. */
    private Complaint eventful(Instant t) {
        clock.set(t);
        Complaint c = complaint(crew(), SpreadRisk.PUBLIC_POST);
        clock.set(t.plusSeconds(600));
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(t.plusSeconds(3600));
        move(c.getId(), ComplaintStatus.WAITING_CUSTOMER);
        clock.set(t.plusSeconds(3 * 3600));
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(t.plusSeconds(4 * 3600));
        asManager(() -> workflow.changeTier(c.getId(), Tier.MAJOR, "Journalist called", service.get(c.getId()).getVersion()));
        clock.set(t.plusSeconds(5 * 3600));
        asManager(() -> statements.publish(c.getId(), new PublicStatementService.StatementForm(StatementChannel.WEIBO,
                "https://weibo.com/x/1", null, "PR desk", t.plusSeconds(5 * 3600 - 60))));
        clock.set(t.plusSeconds(30 * 3600));
        move(c.getId(), ComplaintStatus.WAITING_CUSTOMER);
        clock.set(t.plusSeconds(32 * 3600));
        move(c.getId(), ComplaintStatus.RESOLVED);
        clock.set(t.plusSeconds(40 * 3600));
        move(c.getId(), ComplaintStatus.REOPENED);
        return c;
    }

    @Test
    void live_clocks_of_an_eventful_complaint_equal_the_ones_recomputed_from_its_history() {
        Instant t = Instant.parse("1995-03-06T02:00:00Z");
        Complaint c = eventful(t);
        SlaSelfCheck.Report report = check(t, t.plusSeconds(3600));
        assertThat(report.complaints()).isGreaterThanOrEqualTo(1);
        assertThat(report.differences()).isEmpty();
        assertThat(kinds(c.getId())).contains(SlaTargetKind.EXECUTIVE_ACK, SlaTargetKind.PUBLIC_STATEMENT);
        // the major resolution target from the rise is not tighter than the urgent one: only the reopen restarted it
        assertThat(clock(c.getId(), SlaTargetKind.RESOLUTION).getCycle()).isEqualTo(1);
    }

    @Test
    void a_past_pause_moves_the_due_time_when_the_clocks_are_replayed() {
        Instant t = Instant.parse("1995-03-13T02:00:00Z");  // Monday 10:00 Shanghai
        clock.set(t);
        Complaint c = complaint(crew(), SpreadRisk.PRIVATE);
        Instant dueWithoutPause = clock(c.getId(), SlaTargetKind.RESOLUTION).getDueAt();
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(t.plusSeconds(3600));
        move(c.getId(), ComplaintStatus.WAITING_CUSTOMER);
        clock.set(t.plusSeconds(4 * 3600));  // three business hours waiting, over
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        Instant live = clock(c.getId(), SlaTargetKind.RESOLUTION).getDueAt();
        assertThat(live).isEqualTo(dueWithoutPause.plusSeconds(3 * 3600));

        jdbc.update("DELETE FROM sla_clock WHERE complaint_id = ?", c.getId());
        jdbc.update("DELETE FROM sla_pause WHERE complaint_id = ?", c.getId());
        demo.replay(c.getId());
        assertThat(clock(c.getId(), SlaTargetKind.RESOLUTION).getDueAt()).isEqualTo(live);
        assertThat(check(t, t.plusSeconds(60)).differences()).isEmpty();
    }

    @Test
    void a_planted_difference_is_reported() {
        Instant t = Instant.parse("1995-03-20T02:00:00Z");
        // an earlier run over the same database left its own planted complaint in this minute: it is not this run's
        clock.set(t);
        java.util.Set<Long> earlier = check(t, t.plusSeconds(60)).differences().stream()
                .map(SlaSelfCheck.Difference::complaintId).collect(java.util.stream.Collectors.toSet());
        Complaint c = eventful(t);
        jdbc.update("UPDATE sla_clock SET due_at = ? WHERE complaint_id = ? AND kind = 'FIRST_RESPONSE'",
                java.time.LocalDateTime.parse("1995-03-20T09:59:00"), c.getId());
        jdbc.update("UPDATE sla_clock SET breached = FALSE, breached_at = NULL WHERE complaint_id = ? AND kind = 'PUBLIC_STATEMENT'", c.getId());
        jdbc.update("DELETE FROM sla_pause WHERE complaint_id = ? AND ended_at IS NOT NULL AND started_at > ?",
                c.getId(), java.time.LocalDateTime.parse("1995-03-21T00:00:00"));

        SlaSelfCheck.Report report = check(t, t.plusSeconds(60));
        assertThat(report.differences()).extracting(SlaSelfCheck.Difference::complaintId)
                .filteredOn(id -> !earlier.contains(id)).containsOnly(c.getId());
        assertThat(report.differences()).filteredOn(d -> d.complaintId() == c.getId()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(SlaTargetKind.FIRST_RESPONSE);
            assertThat(d.field()).isEqualTo("dueAt");
            assertThat(d.stored()).isEqualTo("1995-03-20T09:59:00Z");
        });
        assertThat(report.differences()).filteredOn(d -> d.complaintId() == c.getId())
                .anySatisfy(d -> assertThat(d.field()).isEqualTo("pauses"));
    }

    @Test
    void every_demo_complaint_gets_its_clocks_from_its_history_and_the_check_finds_no_difference() {
        List<DemoComplaints.Customer> customers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CustomerLayer layer = CustomerLayer.values()[i % CustomerLayer.values().length];
            customers.add(new DemoComplaints.Customer(this.customers.create(unique("Demo "), layer, i % 7 == 0, null), "Demo " + i, layer, i % 7 == 0));
        }
        Instant now = Instant.parse("2090-06-01T04:00:00Z");
        clock.set(now);
        // a tenth of the demo's history keeps every state and tier (and the open ones) at a tenth of the time
        DemoComplaints.generate(context, customers, 500);
        // the demo spreads its complaints over 15 months (ComplaintDemoData.HISTORY)
        Instant from = now.minusSeconds(460L * 86400);
        int demoComplaints = jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE created_at >= ?", Integer.class,
                java.time.LocalDateTime.parse("2089-01-01T00:00:00"));

        demo.loadAll();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint c WHERE c.created_at >= ? AND NOT EXISTS "
                + "(SELECT 1 FROM sla_clock k WHERE k.complaint_id = c.id)", Integer.class, java.time.LocalDateTime.parse("2089-01-01T00:00:00")))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sla_statement s JOIN complaint c ON c.id = s.complaint_id WHERE c.created_at >= ?",
                Integer.class, java.time.LocalDateTime.parse("2089-01-01T00:00:00"))).isPositive();
        SlaSelfCheck.Report report = check(from, now.plusSeconds(60));
        assertThat(report.complaints()).isEqualTo(demoComplaints);
        assertThat(report.differences()).isEmpty();
        // late answers are breaches in the stored rows: compliance is below 100 %
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id WHERE c.created_at >= ? "
                + "AND k.met_at > k.due_at AND k.breached = FALSE", Integer.class, java.time.LocalDateTime.parse("2089-01-01T00:00:00"))).isZero();
    }
}
