package com.cxops.portal.sla;

import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A late answer is a breach whether or not the monitor ran; compliance counts it. */
class SlaBreachDecidedTest extends SlaTestSupport {

    @Autowired
    SlaReportService reports;

    // The seeded normal policy: first response within 2 business hours (Mon-Fri 09:00-18:00 Asia/Shanghai).

    @Test
    void met_one_second_after_due_is_breached_at_the_due_instant_and_compliance_falls_below_100() {
        Crew crew = crew();
        clock.set(Instant.parse("1998-06-01T02:00:00Z"));  // Monday 10:00 Shanghai
        Complaint late = complaint(crew, SpreadRisk.PRIVATE);
        Complaint onTime = complaint(crew, SpreadRisk.PRIVATE);
        Instant due = clock(late.getId(), SlaTargetKind.FIRST_RESPONSE).getDueAt();
        assertThat(due).isEqualTo(Instant.parse("1998-06-01T04:00:00Z"));

        clock.set(due);  // exactly at the due instant: in time
        move(onTime.getId(), ComplaintStatus.ACKNOWLEDGED);
        clock.set(due.plusSeconds(1));
        move(late.getId(), ComplaintStatus.ACKNOWLEDGED);

        SlaClock met = clock(late.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(met.isRunning()).isFalse();
        assertThat(met.isBreached()).isTrue();
        assertThat(met.getBreachedAt()).isEqualTo(due);
        assertThat(clock(onTime.getId(), SlaTargetKind.FIRST_RESPONSE).isBreached()).isFalse();

        SlaReportService.ComplianceReport report = asManager(() -> reports.compliance(
                Instant.parse("1998-06-01T00:00:00Z"), Instant.parse("1998-06-02T00:00:00Z"), crew.team().getId()));
        SlaReportService.Compliance first = report.byTarget().stream()
                .filter(c -> c.kind() == SlaTargetKind.FIRST_RESPONSE).findFirst().orElseThrow();
        assertThat(first.decided()).isEqualTo(2);
        assertThat(first.breached()).isEqualTo(1);
        assertThat(first.percent()).isEqualTo(50.0);
    }

    @Test
    void met_late_while_the_monitor_never_ran_is_breached_and_no_breach_alert_follows() {
        Crew crew = crew();
        clock.set(Instant.parse("1998-06-08T02:00:00Z"));  // Monday 10:00 Shanghai
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        clock.set(Instant.parse("1998-06-09T02:00:00Z"));  // a day later; no tick in between
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);

        SlaClock met = clock(c.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(met.isBreached()).isTrue();
        assertThat(met.getBreachedAt()).isEqualTo(met.getDueAt());
        assertThat(met.getMetAt()).isAfter(met.getDueAt());
        assertThat(met.isBreachPending()).isFalse();
        monitor.scheduledTick();
        assertThat(escalations(c.getId())).noneMatch(e -> e.startsWith("FIRST_RESPONSE BREACH"));
    }

    @Test
    void resolved_straight_out_of_waiting_gets_its_due_with_the_pause_and_is_decided() {
        Crew crew = crew();
        clock.set(Instant.parse("1998-06-15T02:00:00Z"));  // Monday 10:00
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(Instant.parse("1998-06-15T03:00:00Z"));  // 11:00
        move(c.getId(), ComplaintStatus.WAITING_CUSTOMER);
        clock.set(Instant.parse("1998-06-15T05:00:00Z"));  // 13:00: two hours waiting
        move(c.getId(), ComplaintStatus.RESOLVED);

        SlaClock resolution = clock(c.getId(), SlaTargetKind.RESOLUTION);
        assertThat(resolution.isRunning()).isFalse();
        // 27 business hours from Monday 10:00 is Thursday 10:00; two hours of waiting move it to 12:00
        assertThat(resolution.getDueAt()).isEqualTo(Instant.parse("1998-06-18T04:00:00Z"));
        assertThat(resolution.isBreached()).isFalse();
        assertThat(resolution.getBusinessMinutes()).isEqualTo(60);
    }
}
