package com.cxops.portal.bench;

/**
 * How big a shop the generator makes. {@link #LARGE} is the shop of issue 6; {@link #small()} keeps the harness
 * working in the normal test suite: a few hundred complaints, so that the whole harness (and its month-later monitor
 * tick, which escalates every running target of the test database) takes seconds, not minutes.
 */
public record Scale(int customers, int orders, int complaints, int openComplaints, int agents, int teams) {

    public static final Scale LARGE = new Scale(200_000, 2_000_000, 1_000_000, 20_000, 40, 4);

    public static Scale small() {
        return new Scale(300, 3_000, 400, 30, 4, 2);
    }
}
