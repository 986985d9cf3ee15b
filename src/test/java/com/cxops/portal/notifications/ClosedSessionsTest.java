package com.cxops.portal.notifications;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServlet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that ends (logout, expiry, the server closing it) leaves nothing behind on the shared beans: the bell's
 * registration on the broadcaster is the one thing a screen hangs on an application-wide object, and it must go with
 * the session, or every login of the day would keep its screens in memory.
 */
class ClosedSessionsTest extends KaribuTestBase {

    @Autowired
    NotificationBroadcaster broadcaster;

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
}
