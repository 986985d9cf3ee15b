package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.notifications.NotificationTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class SlaMonitorTest extends SlaTestSupport {

    @Autowired
    DutyRosterService roster;

    @Test
    void warning_then_breach_each_fire_once() {
        Crew crew = crew();
        clock.set(Instant.parse("1998-01-05T02:00:00Z"));  // Monday 10:00 Shanghai
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        asManager(() -> assignment.assign(c.getId(), staffId(crew.agent()), crew.team().getId(), service.get(c.getId()).getVersion()));
        actAsNew(Role.MANAGER);

        clock.set(Instant.parse("1998-01-05T03:29:00Z"));  // before the warning point (90 business minutes)
        monitor.tick();
        assertThat(escalations(c.getId())).isEmpty();

        clock.set(Instant.parse("1998-01-05T03:30:00Z"));
        monitor.tick();
        monitor.tick();
        assertThat(escalations(c.getId())).containsExactly("FIRST_RESPONSE WARNING SENT 0");
        assertThat(notifications(crew.agent(), NotificationTypes.SLA_WARNING)).isEqualTo(1);
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_WARNING)).isZero();  // assigned: the agent is warned
        assertThat(clock(c.getId(), SlaTargetKind.FIRST_RESPONSE).getWarnedAt()).isEqualTo(Instant.parse("1998-01-05T03:30:00Z"));

        clock.set(Instant.parse("1998-01-05T04:00:00Z"));  // 12:00: due
        monitor.tick();
        monitor.tick();
        assertThat(escalations(c.getId())).containsExactly("FIRST_RESPONSE BREACH SENT 0", "FIRST_RESPONSE WARNING SENT 0");
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH)).isEqualTo(1);
        assertThat(notifications(crew.manager(), NotificationTypes.SLA_BREACH)).isEqualTo(1);
        SlaClock breached = clock(c.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(breached.isBreached()).isTrue();
        assertThat(breached.getBreachedAt()).isEqualTo(Instant.parse("1998-01-05T04:00:00Z"));
        assertThat(breached.isRunning()).isTrue();
        assertThat(service.get(c.getId()).isSlaBreached()).isTrue();

        clock.set(Instant.parse("1998-01-05T04:20:00Z"));
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        SlaClock late = clock(c.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(late.getMetAt()).isEqualTo(Instant.parse("1998-01-05T04:20:00Z"));
        assertThat(late.getBusinessMinutes()).isEqualTo(140);
        assertThat(late.isBreached()).isTrue();  // met late: still a breach for the reports
        assertThat(service.get(c.getId()).isSlaBreached()).isFalse();  // nothing unmet is overdue now
    }

    @Test
    void an_unassigned_complaint_warns_the_team_lead() {
        Crew crew = crew();
        clock.set(Instant.parse("1998-02-02T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1998-02-02T03:40:00Z"));
        monitor.tick();
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_WARNING)).isEqualTo(1);
        assertThat(notifications(crew.manager(), NotificationTypes.SLA_WARNING)).isZero();  // normal tier: no manager on warning
    }

    @Test
    void after_downtime_the_monitor_catches_up_with_one_breach_per_target_and_skips_the_late_warnings() {
        Crew crew = crew();
        clock.set(Instant.parse("1998-03-02T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);  // urgent: first response, public statement, resolution, 24 x 7
        actAsNew(Role.MANAGER);

        clock.advance(Duration.ofDays(5));  // the portal was down
        SlaMonitor.TickResult first = monitor.tick();
        SlaMonitor.TickResult second = monitor.tick();

        assertThat(escalations(c.getId())).containsExactly(
                "FIRST_RESPONSE BREACH SENT 0", "FIRST_RESPONSE WARNING SKIPPED 0",
                "PUBLIC_STATEMENT BREACH SENT 0", "PUBLIC_STATEMENT WARNING SKIPPED 0",
                "RESOLUTION BREACH SENT 0", "RESOLUTION WARNING SKIPPED 0");
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH)).isEqualTo(3);
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_WARNING)).isZero();
        assertThat(first.breaches()).isGreaterThanOrEqualTo(3);
        assertThat(first.skipped()).isGreaterThanOrEqualTo(3);
        assertThat(second.total()).isZero();
    }

    @Test
    void two_monitors_at_the_same_time_escalate_once() throws Exception {
        Crew crew = crew();
        clock.set(Instant.parse("1998-04-06T02:00:00Z"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(complaint(crew, SpreadRisk.PUBLIC_POST).getId());
        }
        Authentication auth = actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1998-04-06T02:50:00Z"));  // first response (30 m) overdue; the statement (2 h) not yet at 75 %

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SlaMonitor.TickResult>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    start.await();
                    try {
                        return monitor.tick();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (Future<SlaMonitor.TickResult> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        monitor.tick();  // whatever a lock wait deferred

        for (long id : ids) {
            assertThat(escalations(id)).containsExactly("FIRST_RESPONSE BREACH SENT 0", "FIRST_RESPONSE WARNING SKIPPED 0");
        }
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH)).isEqualTo(ids.size());
        assertThat(notifications(crew.manager(), NotificationTypes.SLA_BREACH)).isEqualTo(ids.size());
    }

    @Test
    void a_major_complaint_alerts_the_executive_on_duty_at_once_in_the_bell_and_by_mail() {
        Crew crew = crew();
        String onDuty = newStaffWithMail(Role.EXECUTIVE);
        clock.set(Instant.parse("1998-05-04T01:00:00Z"));
        actAsNew(Role.ADMIN);
        roster.add(onDuty, Instant.parse("1998-05-04T00:00:00Z"), Instant.parse("1998-05-04T12:00:00Z"), null);

        Complaint c = complaint(crew, SpreadRisk.MEDIA_VIRAL);

        // no tick: the alert went out right after the complaint was saved
        assertThat(escalations(c.getId())).containsExactly("EXECUTIVE_ACK EXEC_ALERT SENT 0");
        assertThat(notifications(onDuty, NotificationTypes.SLA_EXECUTIVE_ALERT)).isEqualTo(1);
        assertThat(mails(onDuty, NotificationTypes.SLA_EXECUTIVE_ALERT)).isEqualTo(1);
        actAsNew(Role.MANAGER);
        monitor.tick();  // the safety net finds nothing to do
        assertThat(notifications(onDuty, NotificationTypes.SLA_EXECUTIVE_ALERT)).isEqualTo(1);
        actAs(onDuty, Role.EXECUTIVE);
        workflow.acknowledgeAsExecutive(c.getId());
    }

    @Test
    void an_unacknowledged_major_complaint_escalates_to_the_next_executives_once_and_acknowledgement_stops_it() {
        Crew crew = crew();
        String onDuty = newStaff(Role.EXECUTIVE);
        String next = newStaffWithMail(Role.EXECUTIVE);
        clock.set(Instant.parse("1998-06-01T01:00:00Z"));
        actAsNew(Role.ADMIN);
        roster.add(onDuty, Instant.parse("1998-06-01T00:00:00Z"), Instant.parse("1998-06-01T12:00:00Z"), null);
        Complaint c = complaint(crew, SpreadRisk.MEDIA_VIRAL);
        Complaint acknowledged = complaint(crew, SpreadRisk.MEDIA_VIRAL);
        actAs(onDuty, Role.EXECUTIVE);
        workflow.acknowledgeAsExecutive(acknowledged.getId());
        assertThat(clock(acknowledged.getId(), SlaTargetKind.EXECUTIVE_ACK).getMetAt()).isEqualTo(Instant.parse("1998-06-01T01:00:00Z"));

        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1998-06-01T01:15:00Z"));  // the 15-minute acknowledgement target is due
        monitor.tick();
        monitor.tick();

        assertThat(escalations(c.getId())).contains("EXECUTIVE_ACK EXEC_ALERT SENT 0", "EXECUTIVE_ACK EXEC_ESCALATION SENT 0");
        assertThat(notifications(next, NotificationTypes.SLA_EXECUTIVE_ESCALATION, c.getId())).isEqualTo(1);
        assertThat(mails(next, NotificationTypes.SLA_EXECUTIVE_ESCALATION)).isPositive();
        assertThat(notifications(onDuty, NotificationTypes.SLA_EXECUTIVE_ESCALATION, c.getId())).isZero();  // already alerted
        assertThat(notifications(next, NotificationTypes.SLA_EXECUTIVE_ESCALATION, acknowledged.getId())).isZero();
        assertThat(escalations(acknowledged.getId())).doesNotContain("EXECUTIVE_ACK EXEC_ESCALATION SENT 0");
    }

    @Test
    void the_scheduled_run_works_without_a_person_and_leaves_no_login_behind() {
        Crew crew = crew();
        clock.set(Instant.parse("1998-07-06T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        SecurityContextHolder.clearContext();
        clock.set(Instant.parse("1998-07-06T02:31:00Z"));

        monitor.scheduledTick();

        assertThat(escalations(c.getId())).contains("FIRST_RESPONSE BREACH SENT 0");
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH, c.getId())).isEqualTo(1);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void only_managers_and_executives_read_compliance_and_people_without_a_role_see_no_risk() {
        actAsNew(Role.AGENT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.compliance(Instant.EPOCH, Instant.EPOCH.plusSeconds(60), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        actAsNew(Role.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.atRisk(null, org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Autowired
    SlaReportService reports;
}
