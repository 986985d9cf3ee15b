package com.cxops.portal.bench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap one logged-in agent with the complaint queue open costs: opens N server-side sessions (each with the
 * queue's first rows sent, as a browser would ask for them), forces a full GC, drops them, forces a full GC again,
 * and divides the difference by N. Each karibu session also brings its own mock servlet and service, so the figure is an upper bound.
 */
final class SessionMemory {

    static final double TARGET_KB = 250;

    record Result(int sessions, double kbPerSession) {
    }

    private SessionMemory() {
    }

    static Result measure(ApplicationContext ctx, Authentication agent, int sessions) throws Exception {
        // one session first, so that classes, routes and caches loaded once are not counted
        BenchUi.open(ctx, agent);
        BenchUi.load("complaints");
        BenchUi.close();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            VaadinSession session = BenchUi.open(ctx, agent);
            BenchUi.load("complaints");
            kept.add(session);
            kept.add(UI.getCurrent());
        }
        long with = usedHeapAfterGc();
        // what the sessions held is what is freed when they go: measured against the heap right after, so that
        // anything else the JVM frees or grows meanwhile (caches, earlier benchmark garbage) does not count
        BenchUi.close();
        kept.clear();
        long without = usedHeapAfterGc();
        return new Result(sessions, (with - without) / 1024.0 / sessions);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
