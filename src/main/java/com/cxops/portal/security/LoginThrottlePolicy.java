package com.cxops.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When login attempts are refused: after {@code maxFailures} failures within {@code window}, further attempts are
 * refused for {@code lockout}, counted from the failure that reached the limit. Pure, so it is tested without
 * a database; the same rule serves the per-username and the per-address limits.
 */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

    /**
     * @param failuresNewestFirst failed attempts, newest first, going back at least {@code window + lockout}
     * @return the instant until which attempts are refused, if that is after {@code now}
     */
    public Optional<Instant> lockedUntil(List<Instant> failuresNewestFirst, Instant now) {
        for (int i = 0; i + maxFailures - 1 < failuresNewestFirst.size(); i++) {
            Instant tripping = failuresNewestFirst.get(i);
            Instant firstOfRun = failuresNewestFirst.get(i + maxFailures - 1);
            if (Duration.between(firstOfRun, tripping).compareTo(window) < 0) {
                Instant until = tripping.plus(lockout);
                return until.isAfter(now) ? Optional.of(until) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How far back the attempts must be read to decide. */
    public Duration lookback() {
        return window.plus(lockout);
    }
}
