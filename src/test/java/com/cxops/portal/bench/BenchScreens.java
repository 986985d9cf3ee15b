package com.cxops.portal.bench;

import com.cxops.portal.complaints.ui.ComplaintsView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;

import java.util.ArrayList;
import java.util.List;

/**
 * The screens as a user gets them, each beside the service call under it (registered in {@link BenchOperations#all}):
 * <ul>
 *   <li>the queue and the task lists are reached from another screen (the home page) in the same tab, so the view
 *   is built anew, and a built-in view of the queue is a click on its button once the queue is open;</li>
 *   <li>a complaint or customer page is opened in a new tab (a fresh UI: shell and view built, as when following a
 *   link), a different record on each run;</li>
 *   <li>every grid on the screen sends its first rows and the response is serialised as Vaadin sends it
 *   ({@link BenchBrowser}).</li>
 * </ul>
 * What the screen step comes from (the previous screen, closing the previous tab) is untimed. Each screen has its
 * SQL floor beside it for comparison; its target is the absolute one (lists 50 ms, pages 100 ms).
 */
final class BenchScreens {

    static final String QUEUE = "queue screen: ";
    private static final String HOME = "";

    private BenchScreens() {
    }

    /** A browser opened for this person on first use (the session of the page operations stays as it is). */
    static final class Lazy {
        private final BenchContext ctx;
        private final Authentication who;
        private BenchBrowser browser;

        Lazy(BenchContext ctx, Authentication who) {
            this.ctx = ctx;
            this.who = who;
        }

        BenchBrowser get() throws Exception {
            if (browser == null) {
                browser = BenchBrowser.open(ctx.spring, who);
            }
            return browser;
        }
    }

    /**
     * The queue reached from the home page, and each built-in view clicked in the open queue; beside each, the floor
     * of the service row of the same name ("queue: ...").
     */
    static List<BenchOperation> queue(BenchContext ctx, List<BenchOperation> serviceRows) {
        Lazy agent = new Lazy(ctx, ctx.agent);
        List<BenchOperation> ops = new ArrayList<>();
        ops.add(BenchOperation.ms(QUEUE + "all, by age (default)", run -> shown(ComplaintsView.class, agent.get().request(() -> agent.get().navigate("complaints"))),
                floorOf(serviceRows, "all, by age (default)"), BenchOperations.QUEUE_P95_MS, 0)
                .after(run -> agent.get().request(() -> agent.get().navigate(HOME))));
        String[][] views = {{"my open", "view-my-open"}, {"unassigned urgent+major", "view-unassigned-urgent"},
                {"waiting on customer", "view-waiting"}};
        for (String[] view : views) {
            BenchOperation.Call floor = floorOf(serviceRows, view[0]);
            ops.add(BenchOperation.ms(QUEUE + view[0], run -> shown(ComplaintsView.class, agent.get().request(() -> agent.get().click(view[1]))), floor,
                    BenchOperations.QUEUE_P95_MS, 0).after(run -> agent.get().request(() -> {
                        agent.get().navigate(HOME);
                        return agent.get().navigate("complaints");
                    })));
        }
        return ops;
    }

    /**
     * A screen's result is not compared with its floor (the rows it shows are the service call's, compared on the
     * service's row); it only has to be the expected view (not the access-denied or not-found one).
     */
    private static Object shown(Class<?> expected, Object view) {
        if (!expected.isInstance(view)) {
            throw new IllegalStateException("expected " + expected.getSimpleName() + ", shown: " + view);
        }
        return null;
    }

    private static BenchOperation.Call floorOf(List<BenchOperation> rows, String view) {
        return rows.stream().filter(o -> o.name().equals("queue: " + view)).findFirst().orElseThrow().floor();
    }

    /** A list screen reached from the home page (My tasks, the pool). */
    static BenchOperation list(BenchContext ctx, String name, Authentication who, String route, Class<?> view,
                               BenchOperation.Call floor) {
        Lazy browser = new Lazy(ctx, who);
        return BenchOperation.ms(name, run -> shown(view, browser.get().request(() -> browser.get().navigate(route))), floor,
                BenchOperations.QUEUE_P95_MS, 0).after(run -> browser.get().request(() -> browser.get().navigate(HOME)));
    }

    /** A record's page opened in a new tab (the previous tab closed first, untimed). */
    static BenchOperation page(BenchContext ctx, String name, String routePrefix, Class<?> view, List<Long> sample,
                               BenchOperation.Call floor) {
        Lazy agent = new Lazy(ctx, ctx.agent);
        return BenchOperation.ms(name, run -> shown(view, agent.get().request(() -> agent.get().newTab(routePrefix + ctx.pick(sample, run)))),
                floor, BenchOperations.PAGE_P95_MS, 0).after(run -> agent.get().request(() -> {
                    agent.get().closeTab();
                    return null;
                }));
    }

    /** What the complaint page asks its service for: the complaint, permissions, timeline, compensation, others. */
    static BenchOperation complaintCall(BenchContext ctx, BenchOperation.Call floor) {
        return BenchOperation.ms("complaint page: service call (details)", run -> BenchContext.as(ctx.agent,
                () -> ctx.complaints.details(ctx.pick(ctx.complaintSample, run), 20)), floor, BenchOperations.PAGE_P95_MS, 0);
    }

    /** What the customer page asks its service for: the customer, the first orders and layer changes. */
    static BenchOperation customerCall(BenchContext ctx, BenchOperation.Call floor) {
        return BenchOperation.ms("customer page: service calls (customer, orders, layer history)", run -> BenchContext.as(ctx.agent, () -> {
            long id = ctx.pick(ctx.customerSample, run);
            ctx.customers.find(id);
            ctx.customers.orders(id, PageRequest.of(0, BenchUi.FIRST_ROWS, Sort.unsorted()));
            return ctx.customers.layerHistory(id, PageRequest.of(0, BenchUi.FIRST_ROWS, Sort.unsorted()));
        }), floor, BenchOperations.PAGE_P95_MS, 0);
    }
}
