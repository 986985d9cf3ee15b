package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintHistory;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TimelineKind;
import com.cxops.portal.customers.CustomerLayer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.cxops.portal.sla.SlaCalculatorTest.OFFICE;
import static com.cxops.portal.sla.SlaCalculatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement targets, on the pure replay (the rules the live clocks apply): the next update restarts after each
 * published statement (due = statement + the tier's update interval, in business time) until the complaint is
 * resolved; closing cancels the statement targets that can no longer be met unless they were already past due;
 * reopening restarts the next update. 2026-11-23 is a Monday; business hours Mon-Fri 09:00-18:00 Asia/Shanghai.
 */
class SlaStatementTargetsTest {

    static final List<SlaTarget> TARGETS = List.of(
            new SlaTarget(SlaTargetKind.FIRST_RESPONSE, Duration.ofHours(2), OFFICE, "Office", 75, 1),
            new SlaTarget(SlaTargetKind.NEXT_UPDATE, Duration.ofHours(4), OFFICE, "Office", 75, 1),
            new SlaTarget(SlaTargetKind.PUBLIC_STATEMENT, Duration.ofHours(2), OFFICE, "Office", 75, 1),
            new SlaTarget(SlaTargetKind.RESOLUTION, Duration.ofHours(27), OFFICE, "Office", 75, 1));

    /** A public-post complaint logged at {@code created} (Shanghai local time) with these status steps "from>to@time". */
    static SlaReplay.Result replay(String created, List<String> statements, String... steps) {
        List<ComplaintHistory.Step> list = new ArrayList<>();
        long n = 0;
        list.add(new ComplaintHistory.Step(n++, at(created), TimelineKind.TIER, null, Tier.URGENT.name()));
        for (String s : steps) {
            String[] p = s.split("[>@]");
            list.add(new ComplaintHistory.Step(n++, at(p[2]), TimelineKind.STATUS, p[0], p[1]));
        }
        ComplaintHistory.History h = new ComplaintHistory.History(7L, "CX-7", at(created), Tier.URGENT, SpreadRisk.PUBLIC_POST,
                CustomerLayer.REGULAR, false, null, null, list);
        return SlaReplay.replay(h, statements.stream().map(SlaCalculatorTest::at).toList(), tier -> TARGETS, id -> OFFICE);
    }

    static SlaClock clock(SlaReplay.Result r, SlaTargetKind kind) {
        return r.clocks().stream().filter(c -> c.getKind() == kind).findFirst().orElseThrow();
    }

    @Test
    void a_statement_restarts_the_next_update_from_the_statement_in_business_time() {
        SlaReplay.Result r = replay("2026-11-23T10:00", List.of("2026-11-23T11:00"),
                "NEW>ACKNOWLEDGED@2026-11-23T10:30", "ACKNOWLEDGED>IN_PROGRESS@2026-11-23T10:40");

        SlaClock statement = clock(r, SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.getMetAt()).isEqualTo(at("2026-11-23T11:00"));
        assertThat(statement.isRunning()).isFalse();
        SlaClock update = clock(r, SlaTargetKind.NEXT_UPDATE);
        assertThat(update.isRunning()).isTrue();
        assertThat(update.getCycle()).isEqualTo(1);
        assertThat(update.getStartedAt()).isEqualTo(at("2026-11-23T11:00"));
        assertThat(update.getDueAt()).isEqualTo(at("2026-11-23T15:00"));   // 4 business hours after the statement
        assertThat(update.getWarnAt()).isEqualTo(at("2026-11-23T14:00"));  // 75 %
        assertThat(update.isBreached()).isFalse();
    }

    @Test
    void a_statement_late_in_the_day_puts_the_next_update_on_the_next_working_day() {
        SlaReplay.Result r = replay("2026-11-27T15:00", List.of("2026-11-27T16:30", "2026-11-30T11:00"));  // Friday, then Monday

        SlaClock update = clock(r, SlaTargetKind.NEXT_UPDATE);
        // the first restart (Friday 16:30) was due Monday 11:30; the Monday 11:00 statement met it and restarted it
        assertThat(update.getCycle()).isEqualTo(2);
        assertThat(update.isBreached()).isFalse();
        assertThat(update.getStartedAt()).isEqualTo(at("2026-11-30T11:00"));
        assertThat(update.getDueAt()).isEqualTo(at("2026-11-30T15:00"));
    }

    @Test
    void a_next_update_published_after_its_due_is_breached_at_its_due_and_restarts() {
        SlaReplay.Result r = replay("2026-11-23T09:00", List.of("2026-11-23T10:00", "2026-11-23T14:00:01"));

        SlaClock update = clock(r, SlaTargetKind.NEXT_UPDATE);
        assertThat(update.isBreached()).isTrue();
        assertThat(update.getBreachedAt()).isEqualTo(at("2026-11-23T14:00"));
        assertThat(update.isRunning()).isTrue();
        assertThat(update.getDueAt()).isEqualTo(at("2026-11-24T09:00:01"));
    }

    @Test
    void resolving_ends_the_next_update_and_a_later_statement_does_not_restart_it() {
        SlaReplay.Result r = replay("2026-11-23T10:00", List.of("2026-11-23T11:00", "2026-11-23T13:00"),
                "NEW>ACKNOWLEDGED@2026-11-23T10:30", "ACKNOWLEDGED>RESOLVED@2026-11-23T12:00");

        SlaClock update = clock(r, SlaTargetKind.NEXT_UPDATE);
        assertThat(update.isRunning()).isFalse();
        assertThat(update.getCancelledAt()).isEqualTo(at("2026-11-23T12:00"));
        assertThat(update.isBreached()).isFalse();
        assertThat(update.getMetAt()).isNull();
        assertThat(update.getCycle()).isEqualTo(1);
    }

    @Test
    void closing_without_a_statement_cancels_the_public_statement_and_it_is_not_counted() {
        SlaReplay.Result r = replay("2026-11-23T10:00", List.of(),
                "NEW>ACKNOWLEDGED@2026-11-23T10:20", "ACKNOWLEDGED>CLOSED@2026-11-23T11:30");

        SlaClock statement = clock(r, SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isRunning()).isFalse();
        assertThat(statement.getCancelledAt()).isEqualTo(at("2026-11-23T11:30"));
        assertThat(statement.isBreached()).isFalse();
        assertThat(statement.getMetAt()).isNull();  // neither met nor breached: not decided, not counted
        assertThat(clock(r, SlaTargetKind.NEXT_UPDATE).getCancelledAt()).isEqualTo(at("2026-11-23T11:30"));
        assertThat(clock(r, SlaTargetKind.RESOLUTION).getMetAt()).isEqualTo(at("2026-11-23T11:30"));
    }

    @Test
    void closing_after_the_statement_was_due_leaves_it_breached_at_its_due() {
        SlaReplay.Result r = replay("2026-11-23T10:00", List.of(),
                "NEW>ACKNOWLEDGED@2026-11-23T10:20", "ACKNOWLEDGED>CLOSED@2026-11-23T12:00:01");

        SlaClock statement = clock(r, SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isRunning()).isFalse();
        assertThat(statement.isBreached()).isTrue();
        assertThat(statement.getBreachedAt()).isEqualTo(at("2026-11-23T12:00"));
        assertThat(statement.getCancelledAt()).isEqualTo(at("2026-11-23T12:00:01"));
    }

    @Test
    void closing_exactly_at_the_due_instant_cancels_it_in_time() {
        SlaReplay.Result r = replay("2026-11-23T10:00", List.of(), "NEW>CLOSED@2026-11-23T12:00");
        SlaClock statement = clock(r, SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isBreached()).isFalse();
        assertThat(statement.getCancelledAt()).isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void reopening_restarts_the_next_update_and_the_resolution_but_not_the_cancelled_public_statement() {
        SlaReplay.Result r = replay("2026-11-23T10:00", List.of("2026-11-24T10:00"),
                "NEW>ACKNOWLEDGED@2026-11-23T10:20", "ACKNOWLEDGED>CLOSED@2026-11-23T11:00", "CLOSED>REOPENED@2026-11-23T16:00");

        SlaClock statement = clock(r, SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isRunning()).isFalse();
        assertThat(statement.getCancelledAt()).isEqualTo(at("2026-11-23T11:00"));
        assertThat(statement.getMetAt()).isNull();  // the statement after the reopen does not meet a cancelled target
        SlaClock update = clock(r, SlaTargetKind.NEXT_UPDATE);
        // reopened Monday 16:00: due Tuesday 11:00; the Tuesday 10:00 statement met it in time and restarted it
        assertThat(update.getCycle()).isEqualTo(2);
        assertThat(update.getCancelledAt()).isNull();
        assertThat(update.isBreached()).isFalse();
        assertThat(update.getDueAt()).isEqualTo(at("2026-11-24T14:00"));
        SlaClock resolution = clock(r, SlaTargetKind.RESOLUTION);
        assertThat(resolution.isRunning()).isTrue();
        assertThat(resolution.getCycle()).isEqualTo(1);
        assertThat(resolution.getStartedAt()).isEqualTo(at("2026-11-23T16:00"));
    }
}
