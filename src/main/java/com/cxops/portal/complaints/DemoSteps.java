package com.cxops.portal.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The workflow paths of the demo complaints, all relative to "now", so that the demo looks the same whatever day it
 * is started. History (logged more than a day ago) is finished: resolved, and closed once its reopen window is over;
 * a few complaints resolved within the window were reopened in the last hours. The open complaints stand at a chosen
 * point of their service-level targets, counted in the target's own time (business hours for normal complaints):
 * most well within, every tenth past its warning point, every fifteenth breached in the last hours.
 */
final class DemoSteps {

    /** A step of a complaint's path: the state entered and when. */
    record Step(ComplaintStatus status, Instant at) {
    }

    /** Where an open complaint stands against its targets. */
    enum Standing { WITHIN, WARNED, BREACHED }

    /** An open complaint: when it was logged and its path. */
    record Open(Instant created, List<Step> steps, Standing standing) {
    }

    private final Instant now;
    private final int reopenDays;
    private final TargetTime time;
    private final Random random;

    DemoSteps(Instant now, int reopenDays, TargetTime time, Random random) {
        this.now = now;
        this.reopenDays = reopenDays;
        this.time = time;
        this.random = random;
    }

    /** Where the open complaint number {@code index} stands (fixed by its index, so the counts never vary). */
    static Standing standing(int index) {
        return index % 15 == 7 ? Standing.BREACHED : index % 10 == 3 ? Standing.WARNED : Standing.WITHIN;
    }

    /**
     * A finished path for a complaint logged at {@code created} (at least a day ago): acknowledged, worked (sometimes
     * waiting on the customer), resolved, and closed unless resolved within the reopen window; squeezed to end an
     * hour before now at the latest.
     */
    List<Step> history(Instant created) {
        boolean waits = random.nextDouble() < 0.4;
        ComplaintStatus[] path = waits
                ? new ComplaintStatus[]{ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_CUSTOMER,
                ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED}
                : new ComplaintStatus[]{ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED};
        long[] gaps = new long[path.length];
        long total = 0;
        for (int k = 0; k < path.length; k++) {
            gaps[k] = 60L * (10 + random.nextInt(k == 0 ? 120 : 1440));
            total += gaps[k];
        }
        long room = Duration.between(created, now.minus(Duration.ofHours(1))).getSeconds();
        double squeeze = total > room ? (double) room / total : 1.0;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ComplaintStatus.NEW, created));
        Instant t = created;
        for (int k = 0; k < path.length; k++) {
            t = t.plusSeconds(Math.max(1, (long) (gaps[k] * squeeze)));
            steps.add(new Step(path[k], t));
        }
        Instant resolved = steps.get(steps.size() - 2).at();
        boolean windowOpen = resolved.isAfter(now.minus(Duration.ofDays(reopenDays)).plus(Duration.ofDays(1)));
        double r = random.nextDouble();
        if (windowOpen && r < 0.3) {
            steps.removeLast();  // resolved, not yet closed
        }
        Instant reopened = now.minus(Duration.ofMinutes(30 + random.nextInt(8 * 60)));
        if (windowOpen && r >= 0.96 && steps.getLast().at().isBefore(reopened)) {
            // the customer came back within the window, in the last hours: a new resolution cycle, well within its time
            steps.add(new Step(ComplaintStatus.REOPENED, reopened));
        }
        return steps;
    }

    /**
     * An open complaint of this tier and customer at its standing: within (NEW, acknowledged, in progress or waiting
     * on the customer, at 5-60 % of the target that is running), warned (76-95 %) or breached (due 10 minutes to 3
     * hours ago). Major complaints are never left unacknowledged.
     */
    Open open(Tier tier, String layer, boolean vip, Standing standing) {
        ComplaintStatus status;
        if (standing == Standing.BREACHED) {
            status = ComplaintStatus.IN_PROGRESS;
        } else {
            int pick = random.nextInt(100);
            status = pick < 20 ? ComplaintStatus.NEW : pick < 40 ? ComplaintStatus.ACKNOWLEDGED : pick < 75 || standing == Standing.WARNED
                    ? ComplaintStatus.IN_PROGRESS : ComplaintStatus.WAITING_CUSTOMER;
            if (status == ComplaintStatus.NEW && tier == Tier.MAJOR) {
                status = ComplaintStatus.ACKNOWLEDGED;
            }
        }
        TargetTime.Target running = status == ComplaintStatus.NEW ? TargetTime.Target.FIRST_RESPONSE : TargetTime.Target.RESOLUTION;
        Instant created = switch (standing) {
            case WITHIN -> time.startFor(tier, layer, vip, running, 0.05 + random.nextDouble() * 0.55, now);
            case WARNED -> time.startFor(tier, layer, vip, running, 0.76 + random.nextDouble() * 0.19, now);
            case BREACHED -> time.startFor(tier, layer, vip, running, 1.0, now.minus(Duration.ofMinutes(10 + random.nextInt(170))));
        };
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ComplaintStatus.NEW, created));
        if (status == ComplaintStatus.NEW) {
            return new Open(created, steps, standing);
        }
        // acknowledged well within the first-response time, and before now
        Instant acknowledged = earlier(time.after(tier, layer, vip, TargetTime.Target.FIRST_RESPONSE, 0.1 + random.nextDouble() * 0.5, created),
                between(created, now, 0.5));
        steps.add(new Step(ComplaintStatus.ACKNOWLEDGED, acknowledged));
        if (status != ComplaintStatus.ACKNOWLEDGED) {
            Instant working = between(acknowledged, now, 0.1 + random.nextDouble() * 0.4);
            steps.add(new Step(ComplaintStatus.IN_PROGRESS, working));
            if (status == ComplaintStatus.WAITING_CUSTOMER) {
                steps.add(new Step(ComplaintStatus.WAITING_CUSTOMER, between(working, now, 0.2 + random.nextDouble() * 0.6)));
            }
        }
        return new Open(created, steps, standing);
    }

    private static Instant between(Instant from, Instant to, double fraction) {
        return from.plusSeconds(Math.max(1, (long) (Duration.between(from, to).getSeconds() * fraction)));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
