package com.cxops.portal.sla;

import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class SlaRulesTest {

    @Test
    void executive_acknowledgement_applies_to_major_complaints_only() {
        assertThat(SlaRules.applies(SlaTargetKind.EXECUTIVE_ACK, Tier.MAJOR, false)).isTrue();
        assertThat(SlaRules.applies(SlaTargetKind.EXECUTIVE_ACK, Tier.URGENT, true)).isFalse();
    }

    @Test
    void public_statement_and_next_update_apply_to_public_opinion_only() {
        assertThat(SlaRules.applies(SlaTargetKind.PUBLIC_STATEMENT, Tier.URGENT, true)).isTrue();
        assertThat(SlaRules.applies(SlaTargetKind.PUBLIC_STATEMENT, Tier.MAJOR, false)).isFalse();
        assertThat(SlaRules.applies(SlaTargetKind.NEXT_UPDATE, Tier.NORMAL, false)).isFalse();
        assertThat(SlaRules.applies(SlaTargetKind.FIRST_RESPONSE, Tier.NORMAL, false)).isTrue();
    }

    @Test
    void only_customer_dependent_clocks_pause() {
        assertThat(SlaRules.pausable(SlaTargetKind.RESOLUTION)).isTrue();
        assertThat(SlaRules.pausable(SlaTargetKind.FIRST_RESPONSE)).isTrue();
        assertThat(SlaRules.pausable(SlaTargetKind.EXECUTIVE_ACK)).isFalse();
        assertThat(SlaRules.pausable(SlaTargetKind.PUBLIC_STATEMENT)).isFalse();
    }

    @Test
    void first_response_is_met_by_acknowledgement_or_any_later_state_but_not_by_reopening() {
        assertThat(SlaRules.metBy(SlaTargetKind.FIRST_RESPONSE, ComplaintStatus.ACKNOWLEDGED)).isTrue();
        assertThat(SlaRules.metBy(SlaTargetKind.FIRST_RESPONSE, ComplaintStatus.RESOLVED)).isTrue();
        assertThat(SlaRules.metBy(SlaTargetKind.FIRST_RESPONSE, ComplaintStatus.REOPENED)).isFalse();
    }

    @Test
    void resolution_is_met_by_resolved_or_closed_and_the_executive_ack_by_no_state() {
        assertThat(SlaRules.metBy(SlaTargetKind.RESOLUTION, ComplaintStatus.RESOLVED)).isTrue();
        assertThat(SlaRules.metBy(SlaTargetKind.RESOLUTION, ComplaintStatus.CLOSED)).isTrue();
        assertThat(SlaRules.metBy(SlaTargetKind.RESOLUTION, ComplaintStatus.WAITING_CUSTOMER)).isFalse();
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertThat(SlaRules.metBy(SlaTargetKind.EXECUTIVE_ACK, s)).isFalse();
        }
    }

    @Test
    void after_a_tier_rise_the_earlier_due_wins() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(SlaRules.tighter(t, t.plusSeconds(60))).isTrue();
        assertThat(SlaRules.tighter(t.plusSeconds(60), t)).isFalse();
        assertThat(SlaRules.tighter(t, t)).isFalse();
        assertThat(SlaRules.tighter(t, null)).isTrue();
        assertThat(SlaRules.tighter(null, t)).isFalse();
    }

    @Test
    void dashboard_presets_cover_whole_months_and_quarters_in_the_readers_zone() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(SlaPeriod.of(SlaPeriod.Preset.LAST_MONTH, today, null, null, zone)).contains(
                new SlaPeriod(Instant.parse("2026-09-30T16:00:00Z"), Instant.parse("2026-10-31T16:00:00Z")));
        assertThat(SlaPeriod.of(SlaPeriod.Preset.THIS_MONTH, today, null, null, zone).orElseThrow().from())
                .isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(SlaPeriod.of(SlaPeriod.Preset.THIS_QUARTER, today, null, null, zone)).contains(
                new SlaPeriod(Instant.parse("2026-09-30T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
        assertThat(SlaPeriod.of(SlaPeriod.Preset.LAST_MONTH, LocalDate.of(2026, 1, 15), null, null, zone).orElseThrow().from())
                .isEqualTo(Instant.parse("2025-11-30T16:00:00Z"));
    }

    @Test
    void a_custom_period_includes_its_last_day_and_refuses_reversed_or_missing_dates() {
        ZoneId utc = ZoneId.of("UTC");
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(SlaPeriod.of(SlaPeriod.Preset.CUSTOM, today, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), utc)).contains(
                new SlaPeriod(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z")));
        assertThat(SlaPeriod.of(SlaPeriod.Preset.CUSTOM, today, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1), utc)).isEmpty();
        assertThat(SlaPeriod.of(SlaPeriod.Preset.CUSTOM, today, null, LocalDate.of(2026, 2, 1), utc)).isEmpty();
    }

    @Test
    void no_status_meets_the_public_statement_or_next_update_only_a_published_statement_does() {
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertThat(SlaRules.metBy(SlaTargetKind.PUBLIC_STATEMENT, s)).isFalse();
            assertThat(SlaRules.metBy(SlaTargetKind.NEXT_UPDATE, s)).isFalse();
        }
        assertThat(SlaRules.metByStatement(SlaTargetKind.PUBLIC_STATEMENT)).isTrue();
        assertThat(SlaRules.metByStatement(SlaTargetKind.NEXT_UPDATE)).isTrue();
        assertThat(SlaRules.metByStatement(SlaTargetKind.RESOLUTION)).isFalse();
    }
}
