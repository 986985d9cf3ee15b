package com.cxops.portal.sla;

import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClockServiceTest extends SlaTestSupport {

    // The seeded normal policy: first response 2 business hours, resolution 27, on Mon-Fri 09:00-18:00 Asia/Shanghai.

    @Test
    void normal_complaint_logged_friday_1630_is_due_monday_0930() {
        Crew crew = crew();
        clock.set(Instant.parse("1999-03-05T08:30:00Z"));  // Friday 16:30 in Shanghai
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);

        assertThat(kinds(c.getId())).containsExactly(SlaTargetKind.FIRST_RESPONSE, SlaTargetKind.RESOLUTION);
        SlaClock first = clock(c.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(first.getDueAt()).isEqualTo(Instant.parse("1999-03-08T01:30:00Z"));  // Monday 09:30 Shanghai
        assertThat(first.getWarnAt()).isEqualTo(Instant.parse("1999-03-05T10:00:00Z"));  // 90 minutes: Friday 18:00 exactly
        assertThat(first.getDuration()).isEqualTo(Duration.ofHours(2));
        assertThat(first.getWarningPercent()).isEqualTo(75);
        assertThat(first.getTier()).isEqualTo(Tier.NORMAL);
        assertThat(first.getTeamId()).isEqualTo(crew.team().getId());
        assertThat(first.isRunning()).isTrue();
        assertThat(summaryDue(c.getId())).isEqualTo(first.getDueAt());
    }

    @Test
    void acknowledging_meets_the_first_response_with_its_business_minutes_and_the_queue_moves_to_the_resolution() {
        Crew crew = crew();
        clock.set(Instant.parse("1999-03-05T08:30:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        clock.set(Instant.parse("1999-03-08T01:15:00Z"));  // Monday 09:15: 1 h 45 m of business time later
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);

        SlaClock first = clock(c.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(first.isRunning()).isFalse();
        assertThat(first.getMetAt()).isEqualTo(Instant.parse("1999-03-08T01:15:00Z"));
        assertThat(first.getBusinessMinutes()).isEqualTo(105);
        assertThat(first.isBreached()).isFalse();
        assertThat(summaryDue(c.getId())).isEqualTo(clock(c.getId(), SlaTargetKind.RESOLUTION).getDueAt());
    }

    @Test
    void waiting_on_the_customer_pauses_the_resolution_and_resuming_moves_its_due_by_the_pause() {
        Crew crew = crew();
        clock.set(Instant.parse("1999-03-08T02:00:00Z"));  // Monday 10:00 Shanghai
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        Instant due = clock(c.getId(), SlaTargetKind.RESOLUTION).getDueAt();
        assertThat(due).isEqualTo(Instant.parse("1999-03-11T02:00:00Z"));  // 27 business hours: Thursday 10:00
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(Instant.parse("1999-03-08T03:00:00Z"));  // 11:00
        move(c.getId(), ComplaintStatus.WAITING_CUSTOMER);

        SlaClock paused = clock(c.getId(), SlaTargetKind.RESOLUTION);
        assertThat(paused.getDueAt()).isNull();
        assertThat(paused.getPausedSince()).isEqualTo(Instant.parse("1999-03-08T03:00:00Z"));
        assertThat(summaryDue(c.getId())).isNull();

        clock.set(Instant.parse("1999-03-08T07:00:00Z"));  // 15:00: four business hours of waiting
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        SlaClock resumed = clock(c.getId(), SlaTargetKind.RESOLUTION);
        assertThat(resumed.getDueAt()).isEqualTo(Instant.parse("1999-03-11T06:00:00Z"));
        assertThat(resumed.getPausedSince()).isNull();
        List<SlaPause> pauses = asManager(() -> clocks().pausesOf(c.getId()));
        assertThat(pauses).extracting(SlaPause::getStartedAt, SlaPause::getEndedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Instant.parse("1999-03-08T03:00:00Z"), Instant.parse("1999-03-08T07:00:00Z")));
        assertThat(summaryDue(c.getId())).isEqualTo(resumed.getDueAt());
    }

    @Test
    void reopening_starts_a_new_resolution_round_from_the_reopen_moment() {
        Crew crew = crew();
        clock.set(Instant.parse("1999-03-08T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        clock.set(Instant.parse("1999-03-08T04:00:00Z"));
        move(c.getId(), ComplaintStatus.RESOLVED);
        SlaClock resolved = clock(c.getId(), SlaTargetKind.RESOLUTION);
        assertThat(resolved.isRunning()).isFalse();
        assertThat(resolved.getBusinessMinutes()).isEqualTo(120);
        assertThat(summaryDue(c.getId())).isNull();

        clock.set(Instant.parse("1999-03-09T02:00:00Z"));  // Tuesday 10:00
        move(c.getId(), ComplaintStatus.REOPENED);
        SlaClock reopened = clock(c.getId(), SlaTargetKind.RESOLUTION);
        assertThat(reopened.isRunning()).isTrue();
        assertThat(reopened.getCycle()).isEqualTo(1);
        assertThat(reopened.getStartedAt()).isEqualTo(Instant.parse("1999-03-09T02:00:00Z"));
        assertThat(reopened.getDueAt()).isEqualTo(Instant.parse("1999-03-12T02:00:00Z"));  // 27 business hours later
        assertThat(clock(c.getId(), SlaTargetKind.FIRST_RESPONSE).isRunning()).isFalse();
        assertThat(summaryDue(c.getId())).isEqualTo(reopened.getDueAt());
    }

    @Test
    void a_tier_rise_starts_the_tighter_targets_of_the_new_tier_from_the_rise() {
        Crew crew = crew();
        clock.set(Instant.parse("1999-03-08T02:00:00Z"));  // Monday 10:00: first response due 12:00
        Complaint c = complaint(crew, SpreadRisk.PRIVATE);
        clock.set(Instant.parse("1999-03-08T02:10:00Z"));
        asManager(() -> workflow.changeTier(c.getId(), Tier.MAJOR, "press called", service.get(c.getId()).getVersion()));

        SlaClock first = clock(c.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(first.getTier()).isEqualTo(Tier.MAJOR);
        assertThat(first.getStartedAt()).isEqualTo(Instant.parse("1999-03-08T02:10:00Z"));
        assertThat(first.getDueAt()).isEqualTo(Instant.parse("1999-03-08T02:40:00Z"));  // 30 minutes around the clock
        assertThat(first.getCycle()).isEqualTo(1);
        SlaClock ack = clock(c.getId(), SlaTargetKind.EXECUTIVE_ACK);
        assertThat(ack.getDueAt()).isEqualTo(Instant.parse("1999-03-08T02:25:00Z"));
        // 24 h around the clock from the rise is tighter than 27 business hours (Thursday 10:00 Shanghai)
        assertThat(clock(c.getId(), SlaTargetKind.RESOLUTION).getDueAt()).isEqualTo(Instant.parse("1999-03-09T02:10:00Z"));
        assertThat(summaryDue(c.getId())).isEqualTo(ack.getDueAt());
    }

    @Test
    void public_opinion_complaints_get_a_public_statement_target_and_private_ones_do_not() {
        Crew crew = crew();
        clock.set(Instant.parse("1999-03-08T02:00:00Z"));
        Complaint urgent = complaint(crew, SpreadRisk.PUBLIC_POST);
        assertThat(urgent.getTier()).isEqualTo(Tier.URGENT);
        assertThat(kinds(urgent.getId())).containsExactly(SlaTargetKind.FIRST_RESPONSE, SlaTargetKind.PUBLIC_STATEMENT, SlaTargetKind.RESOLUTION);
        assertThat(clock(urgent.getId(), SlaTargetKind.PUBLIC_STATEMENT).getDueAt()).isEqualTo(Instant.parse("1999-03-08T04:00:00Z"));

        Complaint major = complaint(crew, SpreadRisk.MEDIA_VIRAL);
        assertThat(kinds(major.getId())).containsExactly(SlaTargetKind.FIRST_RESPONSE, SlaTargetKind.EXECUTIVE_ACK,
                SlaTargetKind.PUBLIC_STATEMENT, SlaTargetKind.RESOLUTION);

        move(urgent.getId(), ComplaintStatus.ACKNOWLEDGED);
        assertThat(clock(urgent.getId(), SlaTargetKind.PUBLIC_STATEMENT).isRunning()).isTrue();
        move(urgent.getId(), ComplaintStatus.IN_PROGRESS);
        // a status is not a statement: only a published statement meets it (PublicStatementTest)
        assertThat(clock(urgent.getId(), SlaTargetKind.PUBLIC_STATEMENT).isRunning()).isTrue();
        assertThat(clock(urgent.getId(), SlaTargetKind.PUBLIC_STATEMENT).getMetAt()).isNull();
    }

    @Test
    void a_policy_change_applies_to_new_complaints_only() {
        Crew crew = crew();
        clock.set(Instant.parse("1999-03-08T02:00:00Z"));
        Complaint before = complaint(crew, SpreadRisk.PRIVATE);
        SlaClock copied = clock(before.getId(), SlaTargetKind.FIRST_RESPONSE);
        assertThat(copied.getDuration()).isEqualTo(Duration.ofMinutes(120));
        // the copy does not follow the policy table: it is the complaint's own promise
        assertThat(copied.getCalendarId()).isPositive();
        assertThat(copied.getStartedAt()).isEqualTo(Instant.parse("1999-03-08T02:00:00Z"));
    }

    private SlaClockReadService clocks() {
        return clockService;
    }

    @org.springframework.beans.factory.annotation.Autowired
    SlaClockReadService clockService;
}
