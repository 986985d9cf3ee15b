package com.cxops.portal.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * One person's browser for the screen figures: a server-side Vaadin session of its own (karibu) on the benchmark's
 * servlet, entered for each request and left afterwards, so that screens of several people can be timed beside the
 * session the page operations use. Each request ends as on a server: the response is written by Vaadin's own
 * {@link UidlWriter} (the JSON the browser receives, encoded to bytes).
 */
final class BenchBrowser {

    private static MockSpringServlet servlet;
    /** Vaadin keeps sessions and UIs current only through weak references: what was current before stays reachable. */
    private static final List<Object> KEEP = new ArrayList<>();

    private final Authentication who;
    private final VaadinSession session;
    private final VaadinRequest request;
    private final VaadinResponse response;
    private UI ui;
    private long bytes;

    private BenchBrowser(Authentication who, VaadinSession session, VaadinRequest request, VaadinResponse response, UI ui) {
        this.who = who;
        this.session = session;
        this.request = request;
        this.response = response;
        this.ui = ui;
    }

    /** Opens a browser for this person (a new session with one UI on the home page), leaving the caller's current. */
    static synchronized BenchBrowser open(ApplicationContext spring, Authentication who) throws Exception {
        if (servlet == null) {
            servlet = BenchUi.servlet(spring);
        }
        Saved before = Saved.now();
        try {
            BenchUi.open(servlet, who);
            BenchUi.load("");
            BenchBrowser browser = new BenchBrowser(who, VaadinSession.getCurrent(), VaadinRequest.getCurrent(),
                    VaadinResponse.getCurrent(), UI.getCurrent());
            unlock(browser.session);
            return browser;
        } finally {
            before.restore();
        }
    }

    /** One request of this browser: its session locked and current, its person logged in; the caller's restored after. */
    <T> T request(Callable<T> work) throws Exception {
        Saved before = Saved.now();
        CurrentInstance.clearAll();
        session.lock();
        try {
            CurrentInstance.setCurrent(ui);
            CurrentInstance.set(VaadinRequest.class, request);
            CurrentInstance.set(VaadinResponse.class, response);
            SecurityContextHolder.getContext().setAuthentication(who);
            return work.call();
        } finally {
            unlock(session);
            before.restore();
        }
    }

    /**
     * A new tab on this location: a fresh UI in the session (initialised as Vaadin does for a new page load), the
     * route's view built inside the shell, every grid's first rows, the response serialised. Call inside
     * {@link #request}; {@link #closeTab} closes it afterwards (the browser's unload, not part of the wait).
     */
    Component newTab(String location) {
        UI fresh = new UI();
        fresh.getInternals().setSession(session);
        CurrentInstance.setCurrent(fresh);
        fresh.doInit(request, session.getNextUIid(), "ROOT-1");
        session.addUI(fresh);
        session.getService().fireUIInitListeners(fresh);
        fresh.setLocale(Locale.ENGLISH);
        ui = fresh;
        return navigate(location);
    }

    /** Closes the current tab (its UI detached and removed from the session, as Vaadin does when a tab is closed). */
    void closeTab() {
        UI old = ui;
        old.close();
        session.removeUI(old);
    }

    /** Navigation in the current tab (the view of another route is built), first rows, the response serialised. */
    Component navigate(String location) {
        ui.navigate(location);
        return respond();
    }

    /** Clicks the button with this id in the current tab, as a browser's request does, and answers it. */
    Component click(String id) {
        Button button = find(ui, id).filter(Button.class::isInstance).map(Button.class::cast)
                .orElseThrow(() -> new IllegalStateException("no button " + id + " on " + ui.getCurrentView()));
        button.click();
        return respond();
    }

    /** The bytes of the last response (the UIDL JSON sent to the browser). */
    long lastResponseBytes() {
        return bytes;
    }

    /** Every grid asks for its first rows, then the response is written: UIDL built and serialised to bytes. */
    private Component respond() {
        BenchUi.grids(ui).forEach(g -> g.getDataCommunicator().setRequestedRange(0, BenchUi.FIRST_ROWS));
        MockVaadin.runUIQueue(false);
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        bytes = new UidlWriter().createUidl(ui, false).toString().getBytes(StandardCharsets.UTF_8).length;
        return ui.getCurrentView();
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }

    private static void unlock(VaadinSession session) {
        ReentrantLock lock = (ReentrantLock) session.getLockInstance();
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    /** What was current on this thread (Vaadin's instances and the logged-in person), kept strongly until restored. */
    private record Saved(Map<Class<?>, CurrentInstance> instances, List<Object> strong, Authentication auth) {

        static Saved now() {
            VaadinSession session = VaadinSession.getCurrent();
            List<Object> strong = Stream.of(UI.getCurrent(), session, VaadinRequest.getCurrent(), VaadinResponse.getCurrent())
                    .filter(java.util.Objects::nonNull).map(Object.class::cast).toList();
            synchronized (KEEP) {
                KEEP.addAll(strong.stream().filter(o -> KEEP.stream().noneMatch(k -> k == o)).toList());
            }
            return new Saved(CurrentInstance.getInstances(), strong, SecurityContextHolder.getContext().getAuthentication());
        }

        void restore() {
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(instances);
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
    }
}
