package com.cxops.portal.complaints;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a major complaint's root-cause analysis is complete (DOMAIN.md): it has findings in all three dimensions
 * (process, system, people), and every finding has at least one corrective action with an owner and a due date.
 * The actions themselves are tracked to done on their own list; closing the complaint does not wait for them.
 */
public final class RcaCompleteness {

    private RcaCompleteness() {
    }

    public static boolean isComplete(List<RcaFinding> findings, List<CorrectiveAction> actions) {
        Set<RcaDimension> covered = findings.stream().map(RcaFinding::getDimension)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RcaDimension.class)));
        Set<Long> answered = actions.stream().map(CorrectiveAction::getFindingId).collect(Collectors.toSet());
        return covered.containsAll(EnumSet.allOf(RcaDimension.class))
                && findings.stream().allMatch(f -> answered.contains(f.getId()));
    }

    /** The dimensions still missing a finding with an action, for the message to the person. */
    public static Set<RcaDimension> missing(List<RcaFinding> findings, List<CorrectiveAction> actions) {
        Set<Long> answered = actions.stream().map(CorrectiveAction::getFindingId).collect(Collectors.toSet());
        Set<RcaDimension> missing = EnumSet.allOf(RcaDimension.class);
        findings.stream().filter(f -> answered.contains(f.getId())).map(RcaFinding::getDimension).forEach(missing::remove);
        return missing;
    }
}
