package com.cxops.portal.complaints;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.cxops.portal.complaints.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-06-10T10:00:00Z");
    private static final Set<String> ALLOWED = Set.of("NEW>ACKNOWLEDGED", "ACKNOWLEDGED>IN_PROGRESS", "IN_PROGRESS>WAITING_CUSTOMER",
            "IN_PROGRESS>RESOLVED", "WAITING_CUSTOMER>IN_PROGRESS", "WAITING_CUSTOMER>RESOLVED", "RESOLVED>CLOSED", "RESOLVED>REOPENED",
            "CLOSED>REOPENED", "REOPENED>IN_PROGRESS", "REOPENED>WAITING_CUSTOMER", "REOPENED>RESOLVED");

    static List<Arguments> everyPair() {
        List<Arguments> all = new ArrayList<>();
        for (ComplaintStatus from : ComplaintStatus.values()) {
            for (ComplaintStatus to : ComplaintStatus.values()) {
                all.add(Arguments.of(from, to));
            }
        }
        return all;
    }

    private static Optional<String> refusal(ComplaintStatus from, ComplaintStatus to) {
        return ComplaintWorkflow.refusal(from, to, Tier.NORMAL, false, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)), NOW, 14);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void every_transition_is_allowed_or_refused_with_its_own_message(ComplaintStatus from, ComplaintStatus to) {
        Optional<String> refusal = refusal(from, to);
        if (ALLOWED.contains(from + ">" + to)) {
            assertThat(refusal).isEmpty();
        } else if (from == to) {
            assertThat(refusal).contains("workflow.error.same-state");
        } else {
            assertThat(refusal).contains("workflow.error.to." + to);
        }
    }

    @Test
    void next_states_follow_the_workflow() {
        assertThat(ComplaintWorkflow.next(NEW)).containsExactly(ACKNOWLEDGED);
        assertThat(ComplaintWorkflow.next(IN_PROGRESS)).containsExactlyInAnyOrder(WAITING_CUSTOMER, RESOLVED);
        assertThat(ComplaintWorkflow.next(CLOSED)).containsExactly(REOPENED);
    }

    @Test
    void major_complaint_cannot_close_without_root_cause() {
        assertThat(ComplaintWorkflow.refusal(RESOLVED, CLOSED, Tier.MAJOR, false, NOW, null, NOW, 14)).contains("workflow.error.rca-incomplete");
        assertThat(ComplaintWorkflow.refusal(RESOLVED, CLOSED, Tier.MAJOR, true, NOW, null, NOW, 14)).isEmpty();
        assertThat(ComplaintWorkflow.refusal(RESOLVED, CLOSED, Tier.URGENT, false, NOW, null, NOW, 14)).isEmpty();
    }

    @Test
    void reopening_is_allowed_up_to_the_set_number_of_days() {
        Instant resolved = NOW.minus(Duration.ofDays(14));
        assertThat(ComplaintWorkflow.refusal(RESOLVED, REOPENED, Tier.NORMAL, true, resolved, null, NOW, 14)).isEmpty();
        assertThat(ComplaintWorkflow.refusal(RESOLVED, REOPENED, Tier.NORMAL, true, resolved.minusSeconds(1), null, NOW, 14))
                .contains("workflow.error.reopen-expired");
        assertThat(ComplaintWorkflow.refusal(CLOSED, REOPENED, Tier.NORMAL, true, NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(2)), NOW, 14))
                .as("a closed complaint counts from its closing").isEmpty();
        assertThat(ComplaintWorkflow.refusal(CLOSED, REOPENED, Tier.NORMAL, true, NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(15)), NOW, 14))
                .contains("workflow.error.reopen-expired");
    }
}
