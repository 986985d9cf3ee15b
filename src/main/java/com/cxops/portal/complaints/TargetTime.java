package com.cxops.portal.complaints;

import java.time.Instant;

/**
 * Time as a service-level target counts it (business hours or around the clock, by the tier's policy), for the demo
 * data: so that its open complaints stand at the same point of their targets whatever day the demo is started. The
 * service-level capability provides it; without it (no policies) targets count wall time.
 */
public interface TargetTime {

    /** The target: first response (met by acknowledging) or resolution. */
    enum Target { FIRST_RESPONSE, RESOLUTION }

    /** The latest start from which {@code fraction} of the target's time has passed by {@code at}. */
    Instant startFor(Tier tier, String customerLayer, boolean vip, Target target, double fraction, Instant at);

    /** The instant at which {@code fraction} of the target's time has passed since {@code start}. */
    Instant after(Tier tier, String customerLayer, boolean vip, Target target, double fraction, Instant start);
}
