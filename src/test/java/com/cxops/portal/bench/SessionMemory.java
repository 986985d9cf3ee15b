package com.cxops.portal.bench;

import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap one logged-in staff member costs, and the heap given back when their session expires: opens N server-side
 * sessions on one servlet (agents and managers in turn, each with the home, the complaint queue and a complaint page
 * opened one after the other, each page's grids with their first rows sent, as a browser would ask for them), and
 * divides the heap growth (after a full GC) by N; then expires every session as the servlet container does (Vaadin's
 * session destroy, which detaches the UIs) and measures what came back. Run it before the other operations, so their
 * garbage and caches do not move the baseline.
 */
final class SessionMemory {

    static final double TARGET_KB = 250;
    /** The share of the heap taken by the sessions that must come back when they expire. */
    static final double RETURNED_TARGET = 0.9;
    /** The start of its line in the table (-Dbench.only matches against it). */
    static final String NAME = "memory per agent session";

    /** Heap growth per open session, and heap given back per session when they expire. */
    record Result(int sessions, double kbPerSession, double kbReturnedPerSession) {
        double returnedShare() {
            return kbPerSession <= 0 ? 1 : kbReturnedPerSession / kbPerSession;
        }
    }

    private SessionMemory() {
    }

    static Result measure(ApplicationContext spring, BenchContext ctx, int sessions) throws Exception {
        List<Authentication> people = List.of(ctx.agent, ctx.manager);
        // all sessions share one servlet and service, as on a server; one session per person first, so that classes,
        // routes and caches loaded once are not counted
        MockSpringServlet servlet = BenchUi.servlet(spring);
        for (int i = 0; i < people.size(); i++) {
            BenchUi.expire(open(servlet, people.get(i), ctx, i));
        }
        long before = usedHeapAfterGc();
        List<UI> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            open.add(open(servlet, people.get(i % people.size()), ctx, i));
        }
        long with = usedHeapAfterGc();
        open.forEach(BenchUi::expire);
        open.clear();
        long without = usedHeapAfterGc();
        return new Result(sessions, (with - before) / 1024.0 / sessions, (with - without) / 1024.0 / sessions);
    }

    /** A session with the person's home, the queue and one complaint page loaded in turn; released as a request ends. */
    private static UI open(MockSpringServlet servlet, Authentication who, BenchContext ctx, int i) {
        BenchUi.open(servlet, who);
        BenchUi.load("");
        BenchUi.load("complaints");
        BenchUi.load("complaints/" + ctx.complaintSample.get(i % ctx.complaintSample.size()));
        return BenchUi.release();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
