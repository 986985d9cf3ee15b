package com.cxops.portal.bench;

/**
 * One line of the benchmark table: an operation through the portal's real code path, the hand-written JDBC query
 * that returns the same result on the same indexes (its SQL floor; null when there is none), and its target.
 * Both calls get the run number, so that a page operation can open a different record on every run; the first run
 * of each compares the two results, so a floor that answers a different question is caught.
 *
 * @param maxP95   the target for p95 in the operation's unit (ms, or seconds for a {@link Unit#SECONDS} job)
 * @param maxRatio the target for p95 / SQL floor p95, or 0 when there is none
 * @param everyRun whether the two results are compared on every run, not only the first (reads that change nothing,
 *                 whose floor must return the same rows on every sample; a job that changes what it reads is compared
 *                 once, on the state it found)
 * @param before   run before each call of the portal side, untimed (e.g. the screen a user comes from); null for none
 * @param setUp    untimed, before each call of either side (e.g. plants the work a job finds); null for none
 * @param tearDown untimed, after each call of either side (removes what the call and its set-up left); null for none
 */
public record BenchOperation(String name, Unit unit, Call portal, Call floor, double maxP95, double maxRatio, boolean everyRun,
                             Call before, Call setUp, Call tearDown) {

    public enum Unit { MS, SECONDS }

    @FunctionalInterface
    public interface Call {
        /** Returns what was read, in a form comparable between the portal call and its floor (e.g. a list of ids). */
        Object run(int run) throws Exception;
    }

    public static BenchOperation ms(String name, Call portal, Call floor, double maxP95, double maxRatio) {
        return new BenchOperation(name, Unit.MS, portal, floor, maxP95, maxRatio, false, null, null, null);
    }

    /** A read whose floor returns the same rows as the portal on every run (compared each time, outside the timing). */
    public static BenchOperation read(String name, Call portal, Call floor, double maxP95, double maxRatio) {
        return new BenchOperation(name, Unit.MS, portal, floor, maxP95, maxRatio, true, null, null, null);
    }

    /** The same operation with an untimed step before each portal call. */
    public BenchOperation after(Call step) {
        return new BenchOperation(name, unit, portal, floor, maxP95, maxRatio, everyRun, step, setUp, tearDown);
    }

    public static BenchOperation job(String name, Call portal, Call floor, double maxSeconds) {
        return new BenchOperation(name, Unit.SECONDS, portal, floor, maxSeconds, 0, false, null, null, null);
    }

    /** The same operation with untimed work around each call of either side. */
    public BenchOperation around(Call setUp, Call tearDown) {
        return new BenchOperation(name, unit, portal, floor, maxP95, maxRatio, everyRun, before, setUp, tearDown);
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
