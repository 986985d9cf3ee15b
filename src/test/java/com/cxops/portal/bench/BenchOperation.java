package com.cxops.portal.bench;

/**
 * One line of the benchmark table: an operation through the portal's real code path, the hand-written JDBC query
 * that returns the same result on the same indexes (its SQL floor; null when there is none), and its target.
 * Both calls get the run number, so that a page operation can open a different record on every run; the first run
 * of each compares the two results, so a floor that answers a different question is caught.
 *
 * @param maxP95   the target for p95 in the operation's unit (ms, or seconds for a {@link Unit#SECONDS} job)
 * @param maxRatio the target for p95 / SQL floor p95, or 0 when there is none
 * @param setUp    untimed, before each call of either side (e.g. plants the work a job finds); null for none
 * @param tearDown untimed, after each call of either side (removes what the call and its set-up left); null for none
 */
public record BenchOperation(String name, Unit unit, Call portal, Call floor, double maxP95, double maxRatio, Call setUp,
                             Call tearDown) {

    public enum Unit { MS, SECONDS }

    @FunctionalInterface
    public interface Call {
        /** Returns what was read, in a form comparable between the portal call and its floor (e.g. a list of ids). */
        Object run(int run) throws Exception;
    }

    public static BenchOperation ms(String name, Call portal, Call floor, double maxP95, double maxRatio) {
        return new BenchOperation(name, Unit.MS, portal, floor, maxP95, maxRatio, null, null);
    }

    public static BenchOperation job(String name, Call portal, Call floor, double maxSeconds) {
        return new BenchOperation(name, Unit.SECONDS, portal, floor, maxSeconds, 0, null, null);
    }

    /** The same operation with untimed work around each call of either side. */
    public BenchOperation around(Call setUp, Call tearDown) {
        return new BenchOperation(name, unit, portal, floor, maxP95, maxRatio, setUp, tearDown);
    }

    /** Runs {@code call} between the set-up and the tear-down; returns its result and (in {@code nanos}) its time alone. */
    Object timed(Call call, int run, long[] nanos) throws Exception {
        if (setUp != null) {
            setUp.run(run);
        }
        try {
            long t0 = System.nanoTime();
            Object result = call.run(run);
            nanos[0] = System.nanoTime() - t0;
            return result;
        } finally {
            if (tearDown != null) {
                tearDown.run(run);
            }
        }
    }
}
