package com.cxops.portal.sla;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaPolicyServiceTest extends SpringTestBase {

    @Autowired
    SlaPolicyService policies;
    @Autowired
    SlaCalendarService calendars;

    private Map<SlaTargetKind, SlaTarget> targets(Tier tier, String layer, boolean vip) {
        return policies.targetsFor(tier, layer, vip).stream().collect(Collectors.toMap(SlaTarget::kind, Function.identity()));
    }

    private long calendarId(String name) {
        return calendars.list().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private static Map<String, String> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getFieldErrors();
        }
        throw new AssertionError("expected InvalidInputException");
    }

    @Test
    void defaults_follow_the_domain_tier_table() {
        Map<SlaTargetKind, SlaTarget> normal = targets(Tier.NORMAL, null, false);
        assertThat(normal.get(SlaTargetKind.FIRST_RESPONSE).duration()).isEqualTo(Duration.ofHours(2));
        assertThat(normal.get(SlaTargetKind.FIRST_RESPONSE).calendar().isTwentyFourSeven()).isFalse();
        assertThat(normal.get(SlaTargetKind.FIRST_RESPONSE).calendar().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(normal.get(SlaTargetKind.FIRST_RESPONSE).warningPercent()).isEqualTo(75);
        assertThat(normal).doesNotContainKey(SlaTargetKind.EXECUTIVE_ACK);

        Map<SlaTargetKind, SlaTarget> urgent = targets(Tier.URGENT, null, false);
        assertThat(urgent.get(SlaTargetKind.FIRST_RESPONSE).duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(urgent.get(SlaTargetKind.FIRST_RESPONSE).calendar().isTwentyFourSeven()).isTrue();
        assertThat(urgent.get(SlaTargetKind.PUBLIC_STATEMENT).duration()).isEqualTo(Duration.ofHours(2));
        assertThat(urgent.get(SlaTargetKind.RESOLUTION).duration()).isEqualTo(Duration.ofHours(24));

        Map<SlaTargetKind, SlaTarget> major = targets(Tier.MAJOR, null, false);
        assertThat(major.get(SlaTargetKind.EXECUTIVE_ACK).duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(major.get(SlaTargetKind.EXECUTIVE_ACK).calendar().isTwentyFourSeven()).isTrue();
    }

    @Test
    void normal_complaint_logged_friday_1630_is_due_monday_0930() {
        SlaTarget firstResponse = targets(Tier.NORMAL, null, false).get(SlaTargetKind.FIRST_RESPONSE);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant logged = LocalDateTime.parse("2026-11-20T16:30").atZone(shanghai).toInstant();
        assertThat(SlaCalculator.dueAt(logged, firstResponse.duration(), firstResponse.calendar(), List.of()))
                .contains(LocalDateTime.parse("2026-11-23T09:30").atZone(shanghai).toInstant());
    }

    @Test
    void vip_and_layer_policies_override_the_general_one_target_by_target() {
        actAsNew(Role.ADMIN);
        long always = calendarId("24 x 7");
        SlaPolicy vip = policies.create(new SlaPolicyService.PolicyForm(Tier.NORMAL, "VIP",
                List.of(new SlaPolicyService.TargetForm(SlaTargetKind.FIRST_RESPONSE, 60, always, 50))));
        SlaPolicy atRisk = policies.create(new SlaPolicyService.PolicyForm(Tier.NORMAL, "LAYER:AT_RISK",
                List.of(new SlaPolicyService.TargetForm(SlaTargetKind.FIRST_RESPONSE, 90, always, 80),
                        new SlaPolicyService.TargetForm(SlaTargetKind.NEXT_UPDATE, 240, always, 75))));
        try {
            Map<SlaTargetKind, SlaTarget> forVip = targets(Tier.NORMAL, "AT_RISK", true);
            assertThat(forVip.get(SlaTargetKind.FIRST_RESPONSE).duration()).isEqualTo(Duration.ofMinutes(60));
            assertThat(forVip.get(SlaTargetKind.FIRST_RESPONSE).warningPercent()).isEqualTo(50);
            assertThat(forVip.get(SlaTargetKind.NEXT_UPDATE).duration()).isEqualTo(Duration.ofMinutes(240));
            assertThat(forVip.get(SlaTargetKind.RESOLUTION).calendarName()).isEqualTo("Business hours");

            Map<SlaTargetKind, SlaTarget> atRiskOnly = targets(Tier.NORMAL, "AT_RISK", false);
            assertThat(atRiskOnly.get(SlaTargetKind.FIRST_RESPONSE).duration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(targets(Tier.NORMAL, "ACTIVE", false).get(SlaTargetKind.FIRST_RESPONSE).duration()).isEqualTo(Duration.ofHours(2));
            assertThat(policies.targetsFor(Tier.NORMAL, null, true).getFirst().kind()).isEqualTo(SlaTargetKind.FIRST_RESPONSE);
        } finally {
            policies.delete(vip.getId(), vip.getVersion());
            policies.delete(atRisk.getId(), atRisk.getVersion());
        }
        assertThat(targets(Tier.NORMAL, "AT_RISK", true).get(SlaTargetKind.FIRST_RESPONSE).duration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void bad_targets_are_refused_with_clear_errors_and_nothing_is_saved() {
        actAsNew(Role.ADMIN);
        long always = calendarId("24 x 7");
        int before = policies.list().size();
        Map<String, String> errors = errors(() -> policies.create(new SlaPolicyService.PolicyForm(Tier.URGENT, "LAYER:DORMANT", List.of(
                new SlaPolicyService.TargetForm(SlaTargetKind.FIRST_RESPONSE, 0, always, 75),
                new SlaPolicyService.TargetForm(SlaTargetKind.RESOLUTION, -5, always, 100),
                new SlaPolicyService.TargetForm(SlaTargetKind.NEXT_UPDATE, 30, 999_999L, 0),
                new SlaPolicyService.TargetForm(SlaTargetKind.EXECUTIVE_ACK, 15, always, 75)))));
        assertThat(errors).containsEntry("targets.FIRST_RESPONSE.duration", "sla.error.duration")
                .containsEntry("targets.RESOLUTION.duration", "sla.error.duration")
                .containsEntry("targets.RESOLUTION.warning", "sla.error.warning")
                .containsEntry("targets.NEXT_UPDATE.calendar", "sla.error.calendar")
                .containsEntry("targets.NEXT_UPDATE.warning", "sla.error.warning")
                .containsEntry("targets.EXECUTIVE_ACK.kind", "sla.error.executive-ack-major-only");
        assertThat(errors(() -> policies.create(new SlaPolicyService.PolicyForm(Tier.URGENT, "LAYER:NOPE", List.of()))))
                .containsEntry("scope", "sla.error.scope").containsEntry("targets", "sla.error.no-targets");
        assertThat(errors(() -> policies.create(new SlaPolicyService.PolicyForm(Tier.URGENT, "ALL",
                List.of(new SlaPolicyService.TargetForm(SlaTargetKind.FIRST_RESPONSE, 30, always, 75))))))
                .containsEntry("scope", "sla.error.policy-exists");
        assertThat(errors(() -> policies.create(new SlaPolicyService.PolicyForm(Tier.MAJOR, "VIP",
                List.of(new SlaPolicyService.TargetForm(SlaTargetKind.FIRST_RESPONSE, 91 * 24 * 60, always, 75))))))
                .containsEntry("targets.FIRST_RESPONSE.duration", "sla.error.duration");
        assertThat(policies.list()).hasSize(before);
    }

    @Test
    void changing_a_policy_is_audited_checked_for_conflicts_and_the_general_one_cannot_be_deleted() {
        actAsNew(Role.ADMIN);
        long always = calendarId("24 x 7");
        SlaPolicy major = policies.list().stream().filter(p -> p.getTier() == Tier.MAJOR && p.getScope().equals(PolicyScope.ALL))
                .findFirst().orElseThrow();
        List<SlaPolicyService.TargetForm> same = major.getTargets().stream()
                .map(t -> new SlaPolicyService.TargetForm(t.getKind(), t.getDurationMinutes(), t.getCalendarId(), t.getWarningPercent())).toList();
        SlaPolicy saved = policies.update(major.getId(), major.getVersion(), same);
        assertThat(saved.getTargets()).hasSize(4);
        assertThatThrownBy(() -> policies.update(major.getId(), major.getVersion(), same)).isInstanceOf(ConcurrentEditException.class);
        assertThat(errors(() -> policies.update(saved.getId(), saved.getVersion(),
                List.of(new SlaPolicyService.TargetForm(SlaTargetKind.EXECUTIVE_ACK, 15, always, 0)))))
                .containsEntry("targets.EXECUTIVE_ACK.warning", "sla.error.warning");
        assertThat(errors(() -> policies.delete(saved.getId(), saved.getVersion()))).containsEntry("", "sla.error.general-policy");
        assertThat(targets(Tier.MAJOR, null, false).get(SlaTargetKind.EXECUTIVE_ACK).duration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void changed_durations_and_warning_points_are_stored() {
        actAsNew(Role.ADMIN);
        long always = calendarId("24 x 7");
        long office = calendarId("Business hours");
        SlaPolicy policy = policies.create(new SlaPolicyService.PolicyForm(Tier.MAJOR, "LAYER:REGULAR",
                List.of(new SlaPolicyService.TargetForm(SlaTargetKind.EXECUTIVE_ACK, 15, always, 75))));
        try {
            SlaPolicy changed = policies.update(policy.getId(), policy.getVersion(), List.of(
                    new SlaPolicyService.TargetForm(SlaTargetKind.EXECUTIVE_ACK, 10, office, 60),
                    new SlaPolicyService.TargetForm(SlaTargetKind.NEXT_UPDATE, 240, always, 75)));
            policy = changed;
            SlaPolicy stored = policies.get(policy.getId()).orElseThrow();
            assertThat(stored.getTargets()).extracting(PolicyTarget::getKind, PolicyTarget::getDurationMinutes,
                    PolicyTarget::getCalendarId, PolicyTarget::getWarningPercent).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(SlaTargetKind.EXECUTIVE_ACK, 10, office, 60),
                    org.assertj.core.groups.Tuple.tuple(SlaTargetKind.NEXT_UPDATE, 240, always, 75));
            assertThat(targets(Tier.MAJOR, "REGULAR", false).get(SlaTargetKind.EXECUTIVE_ACK).duration()).isEqualTo(Duration.ofMinutes(10));
        } finally {
            SlaPolicy current = policies.get(policy.getId()).orElseThrow();
            policies.delete(current.getId(), current.getVersion());
        }
    }

    @Test
    void only_administrators_manage_policies() {
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> policies.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policies.create(new SlaPolicyService.PolicyForm(Tier.NORMAL, "VIP", List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
