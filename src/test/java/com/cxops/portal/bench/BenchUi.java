package com.cxops.portal.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Server-side Vaadin sessions without a browser (karibu-testing, as in the UI tests), logged in as a staff member.
 * A page is "loaded" as a browser would load it: navigate, then every grid on it asks for its first rows and the
 * server answers (one client round trip).
 */
public final class BenchUi {

    /** The rows a grid asks for first (Vaadin's default page size). */
    static final int FIRST_ROWS = 50;
    private static final String PRODUCTION_MODE = "vaadin.productionMode";
    private static Routes routes;

    private BenchUi() {
    }

    /** Opens a new session with one UI for this person and makes it current. */
    static VaadinSession open(ApplicationContext ctx, Authentication auth) {
        return open(servlet(ctx), auth);
    }

    /** A Vaadin servlet (with its service) for the portal; sessions opened on the same one share it, as on a server. */
    static synchronized MockSpringServlet servlet(ApplicationContext ctx) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.cxops.portal");
        }
        return new MockSpringServlet(routes, ctx, UI::new);
    }

    /** Opens a new session on this servlet (karibu initialises a servlet once and reuses it). */
    static VaadinSession open(MockSpringServlet servlet, Authentication auth) {
        Function0<UI> uiFactory = UI::new;
        // in production mode, as deployed (read when karibu initialises the servlet, on its first session):
        // development mode also records where every component was created (Vaadin's ComponentTracker), which costs
        // CPU on every page and more than triples a session's heap (1 173 KB instead of 330 KB)
        String mode = System.getProperty(PRODUCTION_MODE);
        System.setProperty(PRODUCTION_MODE, "true");
        try {
            MockVaadin.setup(uiFactory, servlet);
        } finally {
            if (mode == null) {
                System.clearProperty(PRODUCTION_MODE);
            } else {
                System.setProperty(PRODUCTION_MODE, mode);
            }
        }
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
        if (!VaadinSession.getCurrent().getConfiguration().isProductionMode()) {
            throw new IllegalStateException("benchmark sessions run in production mode");
        }
        UI.getCurrent().setLocale(Locale.ENGLISH);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        return VaadinSession.getCurrent();
    }

    /** Navigates the current UI and lets every grid on the page fetch its first rows; returns the view. */
    static Component load(String location) {
        UI ui = UI.getCurrent();
        ui.navigate(location);
        grids(ui).forEach(g -> g.getDataCommunicator().setRequestedRange(0, FIRST_ROWS));
        MockVaadin.clientRoundtrip(false);
        // what writing the response does on a real server: the changes sent to the browser are no longer kept
        ui.getInternals().getStateTree().collectChanges(change -> { });
        ui.getInternals().dumpPendingJavaScriptInvocations();
        return ui.getCurrentView();
    }

    static void close() {
        MockVaadin.tearDown();
    }

    /**
     * The request ends: the current session stays open (referenced only by what a server keeps) but is no longer
     * locked or current, so that other sessions can be opened and this one expired later. Returns its UI.
     */
    static UI release() {
        UI ui = UI.getCurrent();
        CurrentInstance.clearAll();
        unlock(ui.getSession());
        return ui;
    }

    /**
     * Expires a released session as the servlet container does when the HTTP session times out or is invalidated:
     * Vaadin's session destroy, which closes and detaches its UIs (karibu runs it on the current session).
     */
    public static void expire(UI ui) {
        VaadinSession session = ui.getSession();
        CurrentInstance.clearAll();
        session.lock();
        VaadinService.setCurrent(session.getService());
        VaadinSession.setCurrent(session);
        UI.setCurrent(ui);
        MockVaadin.tearDown();
        CurrentInstance.clearAll();
    }

    private static void unlock(VaadinSession session) {
        // karibu keeps every session it opens locked by the thread that opened it
        ReentrantLock lock = (ReentrantLock) session.getLockInstance();
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    static Stream<Grid<?>> grids(Component root) {
        Stream<Grid<?>> self = root instanceof Grid<?> g ? Stream.of(g) : Stream.empty();
        return Stream.concat(self, root.getChildren().flatMap(BenchUi::grids));
    }
}
