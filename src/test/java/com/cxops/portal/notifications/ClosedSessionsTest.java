package com.cxops.portal.notifications;

import com.cxops.portal.bench.BenchUi;
import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.customers.TestCustomers;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that ends (logout, expiry, the server closing it) leaves nothing behind on the shared beans: the bell's
 * registration on the broadcaster is the one thing a screen hangs on an application-wide object, and it must go with
 * the session, or every login of the day would keep its screens in memory.
 */
class ClosedSessionsTest extends KaribuTestBase {

    private static final String PRODUCTION_MODE = "vaadin.productionMode";

    @Autowired
    NotificationBroadcaster broadcaster;
    @Autowired
    ComplaintIntakeService intake;
    @Autowired
    TestCustomers customers;

    @Test
    void a_hundred_sessions_closed_by_the_server_leave_no_screen_reachable() throws Exception {
        String agent = unique("agent");
        MockSpringServlet servlet = (MockSpringServlet) VaadinServlet.getCurrent();
        List<WeakReference<UI>> uis = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (i > 0) {
                MockVaadin.setup(UI::new, servlet); // a new person's session on the same server
            }
            login(agent, Role.AGENT);
            UI.getCurrent().navigate("complaints");
            MockVaadin.clientRoundtrip(false);
            assertThat(broadcaster.listenerCount(agent)).isEqualTo(1);
            uis.add(new WeakReference<>(UI.getCurrent()));

            // karibu closes the session as the servlet container does when the HTTP session ends (session destroy)
            MockVaadin.tearDown();
            assertThat(broadcaster.listenerCount(agent)).as("bell registrations after session %d closed", i).isZero();
        }
        // a fresh, empty session for the test base to tear down
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), ctx, UI::new));
        for (int i = 0; i < 10 && uis.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(uis.stream().filter(r -> r.get() != null).count()).as("screens of closed sessions still reachable").isZero();
    }

    @Test
    void a_hundred_open_sessions_of_several_roles_give_their_heap_back_when_they_expire() throws Exception {
        Role[][] roles = {{Role.AGENT}, {Role.VIP_MANAGER}, {Role.MANAGER}};
        String[] people = {unique("agent"), unique("vip"), unique("manager")};
        actAsNew(Role.MANAGER);
        long complaint = complaint();
        unlock(VaadinSession.getCurrent());
        MockSpringServlet servlet = productionServlet();
        // one session per person first: classes, routes and caches loaded once are not what a session costs
        for (int i = 0; i < people.length; i++) {
            BenchUi.expire(open(servlet, people[i], roles[i], complaint));
        }
        long before = usedHeapAfterGc();
        List<UI> open = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            open.add(open(servlet, people[i % 3], roles[i % 3], complaint));
        }
        long with = usedHeapAfterGc();
        assertThat(broadcaster.listening()).contains(people);

        List<WeakReference<UI>> uis = open.stream().map(WeakReference::new).toList();
        open.forEach(BenchUi::expire);
        open.clear();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), ctx, UI::new));
        // the test JVM's first servlet ran in development mode, and Vaadin decides once per JVM to track where each
        // component was created and attached (a Throwable per component, in weak maps that drop the entries of
        // collected components only when next written): a component created and attached after the collection
        // clears them, as a production server (no tracking) never needs
        usedHeapAfterGc();
        UI.getCurrent().add(new Div());
        long after = usedHeapAfterGc();
        assertThat(uis.stream().filter(r -> r.get() != null).count()).as("screens of expired sessions still reachable").isZero();
        assertThat(broadcaster.listening()).doesNotContain(people);
        long taken = with - before;
        assertThat(taken).as("heap taken by 100 sessions").isGreaterThan(100 * 20 * 1024L);
        System.out.printf("100 sessions: %d KB taken, %d KB given back%n", taken / 1024, (with - after) / 1024);
        assertThat((double) (with - after) / taken).as("share of the heap given back (taken %d KB)", taken / 1024)
                .isGreaterThanOrEqualTo(0.9);
    }

    /**
     * A servlet in production mode, as deployed: development mode records where every component was created
     * (ComponentTracker keeps a Throwable per component until its map is next touched), which is not what a server keeps.
     */
    private MockSpringServlet productionServlet() {
        String mode = System.getProperty(PRODUCTION_MODE);
        System.setProperty(PRODUCTION_MODE, "true");
        try {
            MockSpringServlet servlet = new MockSpringServlet(new Routes().autoDiscoverViews("com.cxops.portal"), ctx, UI::new);
            MockVaadin.setup(UI::new, servlet);
            assertThat(VaadinSession.getCurrent().getConfiguration().isProductionMode()).isTrue();
            unlock(VaadinSession.getCurrent());
            CurrentInstance.clearAll();
            return servlet;
        } finally {
            if (mode == null) {
                System.clearProperty(PRODUCTION_MODE);
            } else {
                System.setProperty(PRODUCTION_MODE, mode);
            }
        }
    }

    /** A session of this person with their home, the queue and a complaint page opened in turn, as a browser would. */
    private UI open(MockSpringServlet servlet, String person, Role[] roles, long complaint) {
        MockVaadin.setup(UI::new, servlet);
        login(person, roles);
        for (String route : List.of("", "complaints", "complaints/" + complaint)) {
            UI.getCurrent().navigate(route);
            MockVaadin.clientRoundtrip(false);
        }
        // what writing the response does on a real server: the changes sent are no longer kept
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        UI ui = UI.getCurrent();
        // the request ends: the server holds no lock on the session until the next one (karibu keeps it locked)
        CurrentInstance.clearAll();
        unlock(ui.getSession());
        return ui;
    }

    private static void unlock(VaadinSession session) {
        ReentrantLock lock = (ReentrantLock) session.getLockInstance();
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }


    private long complaint() {
        ComplaintForm f = new ComplaintForm();
        f.setCustomerId(customers.create(unique("Customer ")));
        f.setChannel(ComplaintChannel.EMAIL);
        f.setCategory(ComplaintCategory.values()[0]);
        f.setSubject("Parcel arrived late");
        f.setDescription("The parcel came a week late.");
        f.setSpreadRisk(SpreadRisk.values()[0]);
        f.setAffectedCount(1);
        return intake.create(f).getId();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
