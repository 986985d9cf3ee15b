package com.cxops.portal.bench;

import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap one logged-in agent with the complaint queue open costs: opens N server-side sessions (each with the
 * queue's first rows sent, as a browser would ask for them), and divides the heap growth (after a full GC) by N.
 * Run it before the other operations, so their garbage and caches do not move the baseline; the heap freed when the
 * sessions are dropped is reported beside it as a cross-check.
 */
final class SessionMemory {

    static final double TARGET_KB = 250;
    /** The start of its line in the table (-Dbench.only matches against it). */
    static final String NAME = "memory per agent session";

    /** Heap growth per session while they are open, and heap freed per session when they are dropped. */
    record Result(int sessions, double kbPerSession, double kbFreedPerSession) {
    }

    private SessionMemory() {
    }

    static Result measure(ApplicationContext ctx, Authentication agent, int sessions) throws Exception {
        // all sessions share one servlet and service, as on a server; one session first, so that classes, routes and
        // caches loaded once are not counted
        MockSpringServlet servlet = BenchUi.servlet(ctx);
        BenchUi.open(servlet, agent);
        BenchUi.load("complaints");
        BenchUi.close();
        long before = usedHeapAfterGc();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            VaadinSession session = BenchUi.open(servlet, agent);
            BenchUi.load("complaints");
            kept.add(session);
            kept.add(UI.getCurrent());
        }
        long with = usedHeapAfterGc();
        BenchUi.close();
        kept.clear();
        long without = usedHeapAfterGc();
        return new Result(sessions, (with - before) / 1024.0 / sessions, (with - without) / 1024.0 / sessions);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
