package com.cxops.portal.sla;

import com.cxops.portal.complaints.TargetTime;
import com.cxops.portal.complaints.Tier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** {@link TargetTime} by the policies in force and their business calendars (for the demo complaints). */
@Component
class SlaTargetTime implements TargetTime {

    /** How far back a start is looked for: a target's time always fits in a few weeks, even over holidays. */
    private static final Duration SEARCH = Duration.ofDays(60);

    private final SlaPolicyService policies;

    SlaTargetTime(SlaPolicyService policies) {
        this.policies = policies;
    }

    @Override
    public Instant startFor(Tier tier, String customerLayer, boolean vip, Target target, double fraction, Instant at) {
        Optional<SlaTarget> t = target(tier, customerLayer, vip, target);
        if (t.isEmpty()) {
            return at.minus(Duration.ofMinutes(Math.round(fraction * 60 * 24)));
        }
        long wanted = Math.round(fraction * t.get().duration().toMinutes());
        // the business minutes between a start and "at" fall as the start moves later: the latest start that still
        // has the wanted minutes, to the second
        Instant early = at.minus(SEARCH);
        Instant late = at;
        while (Duration.between(early, late).getSeconds() > 1) {
            Instant mid = early.plusSeconds(Duration.between(early, late).getSeconds() / 2);
            if (SlaCalculator.businessMinutes(mid, at, t.get().calendar(), List.of()) >= wanted) {
                early = mid;
            } else {
                late = mid;
            }
        }
        return early.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public Instant after(Tier tier, String customerLayer, boolean vip, Target target, double fraction, Instant start) {
        Optional<SlaTarget> t = target(tier, customerLayer, vip, target);
        if (t.isEmpty()) {
            return start.plus(Duration.ofMinutes(Math.round(fraction * 60 * 24)));
        }
        Duration part = Duration.ofSeconds(Math.round(fraction * t.get().duration().getSeconds()));
        return SlaCalculator.dueAt(start, part, t.get().calendar(), List.of()).orElse(start.plus(part));
    }

    private Optional<SlaTarget> target(Tier tier, String customerLayer, boolean vip, Target target) {
        SlaTargetKind kind = target == Target.FIRST_RESPONSE ? SlaTargetKind.FIRST_RESPONSE : SlaTargetKind.RESOLUTION;
        return policies.targetsFor(tier, customerLayer, vip).stream().filter(t -> t.kind() == kind).findFirst();
    }
}
