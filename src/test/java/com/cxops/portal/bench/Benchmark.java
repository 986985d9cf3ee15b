package com.cxops.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs each operation and its SQL floor after a warm-up, alternating the two so both see the same caches, and
 * gives p50 / p95 of the measured runs. Millisecond operations run {@code runs} times; jobs (seconds) run
 * {@code jobRuns} times after one warm-up run. The first warm-up run is timed on its own (the cold figure: the
 * operation's first call in this JVM) and compares the two results; there the floor runs first, so that an operation
 * that changes what it reads (the SLA monitor tick escalates what is due) is compared with the state it found. Reads
 * ({@link BenchOperation#read}) are compared on every run, warm-up and measured, outside the timed calls.
 */
final class Benchmark {

    /**
     * One row of the table. Times in the operation's unit; floor values are NaN when there is no floor. {@code first}
     * and {@code floorFirst} are the first call of each in this JVM (cold: classes loaded, JIT and the portal's caches
     * empty), beside the warm percentiles; {@code mismatches} counts the runs whose floor returned something else.
     */
    record Row(BenchOperation op, int runs, double p50, double p95, double floorP50, double floorP95, double first,
               double floorFirst, int compared, int mismatches) {

        boolean sameResult() {
            return mismatches == 0;
        }

        double ratio() {
            return Double.isNaN(floorP95) || floorP95 == 0 ? Double.NaN : p95 / floorP95;
        }

        boolean meetsTarget() {
            return p95 <= op.maxP95() && (op.maxRatio() == 0 || !(ratio() > op.maxRatio()));
        }
    }

    private final int warmups;
    private final int runs;
    private final int jobRuns;

    Benchmark(int warmups, int runs, int jobRuns) {
        this.warmups = warmups;
        this.runs = runs;
        this.jobRuns = jobRuns;
    }

    List<Row> run(List<BenchOperation> ops) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (BenchOperation op : ops) {
            rows.add(measure(op));
        }
        return rows;
    }

    Row measure(BenchOperation op) throws Exception {
        boolean job = op.unit() == BenchOperation.Unit.SECONDS;
        int warm = job ? 1 : warmups;
        int n = job ? jobRuns : runs;
        double unit = job ? 1e9 : 1e6;
        Comparison comparison = new Comparison(op);
        long[] nanos = new long[1];
        // the first run: the floor first (an operation that changes what it reads is compared with the state it found)
        Object floorFirst = op.floor() == null ? null : op.timed(op.floor(), 0, nanos);
        double floorFirstTime = op.floor() == null ? Double.NaN : nanos[0] / unit;
        before(op, 0);
        Object mineFirst = op.timed(op.portal(), 0, nanos);
        double firstTime = nanos[0] / unit;
        comparison.add(0, mineFirst, floorFirst, true);
        for (int i = 1; i < warm; i++) {
            before(op, i);
            Object mine = op.timed(op.portal(), i, nanos);
            comparison.add(i, mine, op.floor() == null ? null : op.timed(op.floor(), i, nanos), op.everyRun());
        }
        double[] portal = new double[n];
        double[] floor = new double[n];
        for (int i = 0; i < n; i++) {
            before(op, warm + i);
            Object mine = op.timed(op.portal(), warm + i, nanos);
            portal[i] = nanos[0] / unit;
            Object theirs = null;
            if (op.floor() != null) {
                theirs = op.timed(op.floor(), warm + i, nanos);
                floor[i] = nanos[0] / unit;
            }
            comparison.add(warm + i, mine, theirs, op.everyRun());
        }
        double fp50 = op.floor() == null ? Double.NaN : percentile(floor, 50);
        double fp95 = op.floor() == null ? Double.NaN : percentile(floor, 95);
        return new Row(op, n, percentile(portal, 50), percentile(portal, 95), fp50, fp95, firstTime, floorFirstTime,
                comparison.compared, comparison.mismatches);
    }

    private static void before(BenchOperation op, int run) throws Exception {
        if (op.before() != null) {
            op.before().run(run);
        }
    }

    /** Compares the portal's result with its floor's, outside the timed calls; prints the first difference. */
    private static final class Comparison {
        private final BenchOperation op;
        int compared;
        int mismatches;

        Comparison(BenchOperation op) {
            this.op = op;
        }

        void add(int run, Object mine, Object floor, boolean compare) {
            if (!compare || mine == null || floor == null) {
                return;
            }
            compared++;
            if (!Objects.equals(mine, floor)) {
                if (mismatches++ == 0) {
                    System.out.println("FLOOR RESULT DIFFERS for \"" + op.name() + "\" on run " + run + ":\n  portal: "
                            + abbreviate(mine) + "\n  floor:  " + abbreviate(floor));
                }
            }
        }

        private static String abbreviate(Object o) {
            String s = String.valueOf(o);
            return s.length() > 2000 ? s.substring(0, 2000) + " ..." : s;
        }
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The table as Markdown (it goes into docs/performance.md as printed). */
    static String table(List<Row> rows, SessionMemory.Result memory) {
        return table(rows, memory, null);
    }

    /** The table with the memory rows of the karibu sessions and of the push-connected browsers (either may be null). */
    static String table(List<Row> rows, SessionMemory.Result memory, BrowserSessionMemory.Result browsers) {
        StringBuilder out = new StringBuilder();
        out.append("| operation | unit | runs | first call | p50 | p95 | SQL floor first | SQL floor p50 | SQL floor p95 | ratio p95 | target | met |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            String unit = r.op().unit() == BenchOperation.Unit.MS ? "ms" : "s";
            String target = "p95 ≤ " + num(r.op().maxP95()) + " " + unit + (r.op().maxRatio() > 0 ? ", ≤ " + num(r.op().maxRatio()) + " × floor" : "");
            out.append("| ").append(r.op().name()).append(r.sameResult() ? "" : " (FLOOR RESULT DIFFERS on " + r.mismatches() + " of "
                    + r.compared() + " runs)")
                    .append(" | ").append(unit).append(" | ").append(r.runs())
                    .append(" | ").append(num(r.first())).append(" | ").append(num(r.p50())).append(" | ").append(num(r.p95()))
                    .append(" | ").append(num(r.floorFirst())).append(" | ").append(num(r.floorP50())).append(" | ").append(num(r.floorP95()))
                    .append(" | ").append(num(r.ratio())).append(" | ").append(target)
                    .append(" | ").append(r.meetsTarget() ? "yes" : "NO").append(" |\n");
        }
        if (memory != null) {
            out.append("| ").append(SessionMemory.NAME).append(" (agents and managers, home, queue and a complaint open, ")
                    .append(memory.sessions()).append(" sessions; returned on expiry: ").append(num(memory.kbReturnedPerSession()))
                    .append(" KB = ").append(num(100 * memory.returnedShare())).append(" %, target ≥ ")
                    .append(num(100 * SessionMemory.RETURNED_TARGET)).append(" %) | KB | 1 | – | ")
                    .append(num(memory.kbPerSession())).append(" | ").append(num(memory.kbPerSession()))
                    .append(" | – | – | – | – | ≤ ").append(num(SessionMemory.TARGET_KB)).append(" KB | ")
                    .append(memory.kbPerSession() <= SessionMemory.TARGET_KB
                            && memory.returnedShare() >= SessionMemory.RETURNED_TARGET ? "yes" : "NO").append(" |\n");
        }
        if (browsers != null) {
            out.append("| ").append(BrowserSessionMemory.NAME).append(" (real server, headless Chromium: agents and managers logged in, ")
                    .append("home, queue and a complaint page visited, ").append(browsers.pushConnectedBrowsers()).append(" of ")
                    .append(browsers.sessions()).append(" websockets open; returned on expiry: ").append(num(browsers.kbReturnedPerSession()))
                    .append(" KB = ").append(num(100 * browsers.returnedShare())).append(" %, target ≥ ")
                    .append(num(100 * BrowserSessionMemory.RETURNED_TARGET)).append(" %")
                    .append(browsers.nothingLeft() ? "; no UI, session or push resource left" : "; OBJECTS LEFT after expiry")
                    .append(") | KB | 1 | – | ").append(num(browsers.kbPerSession())).append(" | ").append(num(browsers.kbPerSession()))
                    .append(" | – | – | – | – | ≤ ").append(num(BrowserSessionMemory.TARGET_KB)).append(" KB | ")
                    .append(browsers.meetsTarget() ? "yes" : "NO").append(" |\n");
        }
        return out.toString();
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
