package com.cxops.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs each operation and its SQL floor after a warm-up, alternating the two so both see the same caches, and
 * gives p50 / p95 of the measured runs. Millisecond operations run {@code runs} times; jobs (seconds) run
 * {@code jobRuns} times after one warm-up run. The first warm-up run compares the two results; there the floor runs
 * first, so that an operation that changes what it reads (the SLA monitor tick escalates what is due) is compared
 * with the state it found.
 */
final class Benchmark {

    /** One row of the table. Times in the operation's unit; floor values are NaN when there is no floor. */
    record Row(BenchOperation op, int runs, double p50, double p95, double floorP50, double floorP95, boolean sameResult) {

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
        boolean same = true;
        long[] nanos = new long[1];
        for (int i = 0; i < warm; i++) {
            if (i == 0) {
                Object floor = op.floor() == null ? null : op.timed(op.floor(), i, nanos);
                Object mine = op.timed(op.portal(), i, nanos);
                same = mine == null || floor == null || Objects.equals(mine, floor);
                if (!same) {
                    System.out.println("FLOOR RESULT DIFFERS for " + op.name() + ":\n  portal " + mine + "\n  floor  " + floor);
                }
            } else {
                op.timed(op.portal(), i, nanos);
                if (op.floor() != null) {
                    op.timed(op.floor(), i, nanos);
                }
            }
        }
        double[] portal = new double[n];
        double[] floor = new double[n];
        double unit = job ? 1e9 : 1e6;
        for (int i = 0; i < n; i++) {
            op.timed(op.portal(), warm + i, nanos);
            portal[i] = nanos[0] / unit;
            if (op.floor() != null) {
                op.timed(op.floor(), warm + i, nanos);
                floor[i] = nanos[0] / unit;
            }
        }
        double fp50 = op.floor() == null ? Double.NaN : percentile(floor, 50);
        double fp95 = op.floor() == null ? Double.NaN : percentile(floor, 95);
        return new Row(op, n, percentile(portal, 50), percentile(portal, 95), fp50, fp95, same);
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
        StringBuilder out = new StringBuilder();
        out.append("| operation | unit | runs | p50 | p95 | SQL floor p50 | SQL floor p95 | ratio p95 | target | met |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            String unit = r.op().unit() == BenchOperation.Unit.MS ? "ms" : "s";
            String target = "p95 ≤ " + num(r.op().maxP95()) + " " + unit + (r.op().maxRatio() > 0 ? ", ≤ " + num(r.op().maxRatio()) + " × floor" : "");
            out.append("| ").append(r.op().name()).append(r.sameResult() ? "" : " (FLOOR RESULT DIFFERS)")
                    .append(" | ").append(unit).append(" | ").append(r.runs())
                    .append(" | ").append(num(r.p50())).append(" | ").append(num(r.p95()))
                    .append(" | ").append(num(r.floorP50())).append(" | ").append(num(r.floorP95()))
                    .append(" | ").append(num(r.ratio())).append(" | ").append(target)
                    .append(" | ").append(r.meetsTarget() ? "yes" : "NO").append(" |\n");
        }
        if (memory != null) {
            out.append("| ").append(SessionMemory.NAME).append(" (agents and managers, home, queue and a complaint open, ")
                    .append(memory.sessions()).append(" sessions; returned on expiry: ").append(num(memory.kbReturnedPerSession()))
                    .append(" KB = ").append(num(100 * memory.returnedShare())).append(" %, target ≥ ")
                    .append(num(100 * SessionMemory.RETURNED_TARGET)).append(" %) | KB | 1 | ")
                    .append(num(memory.kbPerSession())).append(" | ").append(num(memory.kbPerSession()))
                    .append(" | – | – | – | ≤ ").append(num(SessionMemory.TARGET_KB)).append(" KB | ")
                    .append(memory.kbPerSession() <= SessionMemory.TARGET_KB
                            && memory.returnedShare() >= SessionMemory.RETURNED_TARGET ? "yes" : "NO").append(" |\n");
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
