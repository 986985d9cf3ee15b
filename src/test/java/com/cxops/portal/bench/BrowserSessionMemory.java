package com.cxops.portal.bench;

import com.cxops.portal.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The heap a logged-in staff member costs on a real server, push connected, and the heap given back when their
 * session expires. N headless Chromium browsers (each its own profile, so its own HTTP session) log in through the
 * login form, agents and managers in turn, and each visits the home page, the complaint queue (a click in the side
 * menu) and a complaint page (a click on the queue's first row): one UI per browser, navigated as a person does,
 * with its push websocket open. The server's live objects (the bytes of its class histogram of live objects, which
 * a full GC precedes) with the N sessions open, minus before, divided by N, is the heap per session; the used heap
 * after full collections is printed beside it. Then every second person logs out (the logged-in session must be gone at
 * once) and closes the browser, the others close the browser and their session is expired as the container does when
 * its idle time has passed (the login page a person lands on after logging out has a session that expires so too);
 * the heap that comes back is the second figure.
 *
 * <p>The push connection is checked on both ends: each browser's network log has its websocket to VAADIN/push
 * upgraded (101) and still open, and the server's live instances of Atmosphere's resource and Tomcat's websocket
 * session grew by N. After expiry the live UIs, Vaadin sessions, push resources and websocket sessions are counted
 * again: they must be back to what they were before (the leak check, independent of heap noise).
 */
final class BrowserSessionMemory {

    static final double TARGET_KB = SessionMemory.TARGET_KB;
    static final double RETURNED_TARGET = SessionMemory.RETURNED_TARGET;
    /** The start of its line in the table (-Dbench.only matches against it). */
    static final String NAME = "memory per session, browsers push-connected";

    static final String UI = "com.vaadin.flow.component.UI";
    static final String VAADIN_SESSION = "com.vaadin.flow.server.VaadinSession";
    static final String PUSH_RESOURCE = "org.atmosphere.cpr.AtmosphereResourceImpl";
    static final String WEBSOCKET = "org.apache.tomcat.websocket.WsSession";
    static final List<String> COUNTED = List.of(UI, VAADIN_SESSION, PUSH_RESOURCE, WEBSOCKET);
    /** Longer than the server's keep-alive timeout for idle HTTP connections (the portal's server.tomcat.keep-alive-timeout, 20 s). */
    static final java.time.Duration KEEP_ALIVE_IDLE = java.time.Duration.ofSeconds(25);
    /** Connection objects whose count per session the run prints beside the largest classes. */
    private static final List<String> CONNECTION_CLASSES = List.of("org.apache.tomcat.util.net.NioChannel",
            "org.apache.tomcat.util.net.SocketBufferHandler", "org.apache.coyote.http11.Http11Processor",
            "org.apache.tomcat.websocket.server.WsFrameServer", "org.apache.tomcat.websocket.server.WsRemoteEndpointImplServer",
            "org.atmosphere.cpr.AtmosphereRequestImpl", "org.atmosphere.cpr.AtmosphereResponseImpl",
            "org.apache.catalina.session.StandardSession");

    /** A staff member who can log in with this password. */
    record Login(String username, String password) {
    }

    /**
     * @param live live instances of {@link #COUNTED} before the sessions, with them open, and after they expired
     */
    record Result(int sessions, double kbPerSession, double kbReturnedPerSession, int pushConnectedBrowsers,
                  Map<String, long[]> live, double secondsToOpen, int loggedOut) {

        double returnedShare() {
            return kbPerSession <= 0 ? 1 : kbReturnedPerSession / kbPerSession;
        }

        /** Nothing of the expired sessions is left: every counted class is back to its count before. */
        boolean nothingLeft() {
            return live.values().stream().allMatch(c -> c[2] <= c[0]);
        }

        boolean meetsTarget() {
            return kbPerSession <= TARGET_KB && returnedShare() >= RETURNED_TARGET && pushConnectedBrowsers == sessions && nothingLeft();
        }

        String describe() {
            StringBuilder out = new StringBuilder();
            live.forEach((name, c) -> out.append(out.isEmpty() ? "" : ", ").append(name.substring(name.lastIndexOf('.') + 1))
                    .append(' ').append(c[0]).append(" → ").append(c[1]).append(" → ").append(c[2]));
            return String.format(Locale.ROOT, "%d browser sessions opened in %.0f s, %d push-connected, %d ended by logging out and "
                            + "the rest by expiry; live instances before → open → ended: %s",
                    sessions, secondsToOpen, pushConnectedBrowsers, loggedOut, out);
        }
    }

    /** The port of localhost the portal under test answers on, and its JMX view. */
    private final int port;
    private final PortalJmx server;

    BrowserSessionMemory(int port, PortalJmx server) {
        this.port = port;
        this.server = server;
    }

    /**
     * Opens one session per login first and expires it (classes, routes and the server's caches loaded once are not
     * counted), then measures {@code sessions} sessions, the logins taken in turn.
     */
    Result measure(List<Login> logins, int sessions) throws Exception {
        for (Login login : logins) {
            Session warm = open(login);
            warm.close(server);
        }
        Set<String> sessionsBefore = server.sessionIds();
        Map<String, Long> before = server.liveInstances(COUNTED);
        Map<String, long[]> histogramBefore = server.histogram();
        long heapBefore = server.usedHeapAfterGc();
        long liveBefore = liveBytes(histogramBefore);
        List<Session> open = new ArrayList<>();
        long started = System.nanoTime();
        int pushConnected = 0;
        try {
            for (int i = 0; i < sessions; i++) {
                Session session = open(logins.get(i % logins.size()));
                open.add(session);
                pushConnected += session.pushConnected ? 1 : 0;
            }
            double secondsToOpen = (System.nanoTime() - started) / 1e9;
            // what N people with the portal open hold: their websockets; the HTTP connections the last browsers keep
            // alive after their requests are closed by the server once idle (server.tomcat.keep-alive-timeout, 20 s)
            Thread.sleep(KEEP_ALIVE_IDLE.toMillis());
            Map<String, Long> with = server.liveInstances(COUNTED);
            Map<String, long[]> histogramWith = server.histogram();
            printGrowth(histogramBefore, histogramWith, sessions);
            long liveWith = liveBytes(histogramWith);
            long heapWith = server.usedHeapAfterGc();
            // the two ways a session ends: every second person logs out, the others close the browser and their session
            // expires after its idle time
            int loggedOut = 0;
            for (int i = 0; i < open.size(); i++) {
                if (i % 2 == 0) {
                    open.get(i).logOut(server);
                    loggedOut++;
                } else {
                    open.get(i).close(server);
                }
            }
            open.clear();
            // sessions a logged-out browser's last requests opened besides its login page's (a request of the old page
            // racing the redirect after the logged-in session was invalidated): no UI, and gone after their idle time
            // as any other; expired here so that the live counts compare with before
            for (String id : server.sessionIds()) {
                if (!sessionsBefore.contains(id)) {
                    server.expireSession(id);
                }
            }
            long heapAfter = server.usedHeapAfterGc();
            Map<String, long[]> histogramAfter = server.histogram();
            long liveAfter = liveBytes(histogramAfter);
            printLeft(histogramBefore, histogramAfter, sessions);
            Map<String, Long> after = server.liveInstances(COUNTED);
            Map<String, long[]> live = new LinkedHashMap<>();
            for (String name : COUNTED) {
                live.put(name, new long[]{before.get(name), with.get(name), after.get(name)});
            }
            System.out.printf(Locale.ROOT, "Used heap after full collections, per session: %.0f KB taken, %.0f KB returned "
                            + "(live objects: %.0f KB taken, %.0f KB returned; the row's figures)%n",
                    (heapWith - heapBefore) / 1024.0 / sessions, (heapWith - heapAfter) / 1024.0 / sessions,
                    (liveWith - liveBefore) / 1024.0 / sessions, (liveWith - liveAfter) / 1024.0 / sessions);
            return new Result(sessions, (liveWith - liveBefore) / 1024.0 / sessions, (liveWith - liveAfter) / 1024.0 / sessions,
                    pushConnected, live, secondsToOpen, loggedOut);
        } finally {
            for (Session session : open) {
                session.browser.close();
            }
        }
    }

    /**
     * The bytes of all live objects in a class histogram of live objects, without G1's filler arrays (dead space it
     * formats as objects, which the histogram lists). Taken right after the full collection that the histogram runs,
     * unlike the used heap read after {@code gc}, which also holds whatever the server's threads allocated since
     * (±30–50 KB per session between runs of the same code).
     */
    static long liveBytes(Map<String, long[]> histogram) {
        return histogram.entrySet().stream().filter(e -> !e.getKey().contains("jdk.internal.vm.FillerElement"))
                .mapToLong(e -> e.getValue()[1]).sum();
    }

    /** What did not come back when the sessions ended: the classes whose live bytes grew most from before to after. */
    private static void printLeft(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        System.out.println("Live heap grown from before the sessions to after they ended, per session (the 10 largest):");
        after.entrySet().stream().filter(e -> !e.getKey().contains("jdk.internal.vm.FillerElement"))
                .map(e -> Map.entry(e.getKey(), e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]))
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(10)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.1f KB  %s%n", e.getValue() / 1024.0 / sessions, e.getKey()));
    }

    /** What the open sessions hold: the classes whose live bytes grew most, per session (where a session's heap goes). */
    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> with, int sessions) {
        System.out.println("Live heap grown with " + sessions + " browser sessions open, per session (the 25 largest):");
        with.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[]{e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.1f KB %8.1f instances  %s%n", e.getValue()[1] / 1024.0 / sessions,
                        e.getValue()[0] / (double) sessions, e.getKey()));
        long total = liveBytes(with) - liveBytes(before);
        System.out.printf(Locale.ROOT, "  %8.1f KB in all classes (the live objects' growth, G1's filler arrays left out: the row's figure)%n",
                total / 1024.0 / sessions);
        System.out.println("Connection objects per session:");
        for (String name : CONNECTION_CLASSES) {
            long[] w = with.getOrDefault(name, new long[2]);
            long[] b = before.getOrDefault(name, new long[2]);
            System.out.printf(Locale.ROOT, "  %8.2f instances %8.1f KB  %s%n", (w[0] - b[0]) / (double) sessions,
                    (w[1] - b[1]) / 1024.0 / sessions, name);
        }
    }

    /** A browser logged in, with the home page, the queue and a complaint page visited in turn, left open. */
    private Session open(Login login) {
        Browser browser = new Browser(port);
        try {
            browser.open("/login");
            browser.logIn(login.username(), login.password());
            browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
            browser.awaitVaadinIdle();
            browser.click((WebElement) browser.await(Browser.STEP).until(d -> browser.js(
                    "return Array.from(document.querySelectorAll('#side-nav vaadin-side-nav-item'))"
                            + ".find(i => /^\\/?complaints$/.test(i.getAttribute('path') || '')) || null;")));
            browser.await(Browser.PAGE_LOAD).until(d -> browser.currentUrl().matches(".*/complaints/?$"));
            browser.click((WebElement) browser.await(Browser.PAGE_LOAD).until(d -> browser.js(FIRST_ROW_CELL)));
            browser.await(Browser.PAGE_LOAD).until(d -> browser.currentUrl().matches(".*/complaints/\\d+$"));
            browser.awaitVaadinIdle();
            // the page's websocket (the login page had one of its own before the full page load that logging in is)
            List<Browser.PushSocket> push = browser.pushWebsockets();
            boolean connected = !push.isEmpty() && push.getLast().open();
            if (!connected) {
                System.out.println("Push of " + login.username() + " not connected; its websockets: " + push);
            }
            String sessionId = browser.sessionId();
            if (sessionId == null) {
                throw new IllegalStateException(login.username() + " has no session cookie after logging in");
            }
            return new Session(browser, sessionId, connected);
        } catch (RuntimeException | Error e) {
            browser.dump("bench-session-" + login.username());
            browser.close();
            throw e;
        }
    }

    /** The widest text cell of the grid's first loaded row (its subject), a row a person would click. */
    private static final String FIRST_ROW_CELL = """
            const grid = document.querySelector('vaadin-grid');
            if (!grid || !grid.shadowRoot) return null;
            for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
              if (row.hidden || row.hasAttribute('loading')) continue;
              let best = null;
              for (const slot of row.querySelectorAll('td slot')) {
                const content = slot.assignedElements()[0];
                const text = content ? content.textContent.trim() : '';
                if (text && (!best || text.length > best.textContent.trim().length)) best = content;
              }
              if (best) return best;
            }
            return null;""";

    private record Session(Browser browser, String sessionId, boolean pushConnected) {

        /**
         * The person logs out (the header's button) and closes the browser. Logging out must end the logged-in
         * session at once (Spring Security invalidates it: the server has no session of that id left); the login page
         * it lands on has a new session of its own, which the server expires after its idle time as any other.
         */
        void logOut(PortalJmx server) throws Exception {
            browser.click(browser.waitFor(By.id("logout-button"), Browser.STEP));
            browser.await(Browser.PAGE_LOAD).until(d -> browser.currentUrl().matches(".*/login.*"));
            browser.awaitVaadinIdle();
            String loginPageSession = browser.sessionId();
            browser.close();
            if (server.expireSession(sessionId)) {
                throw new IllegalStateException("logging out left the logged-in session " + sessionId + " on the server");
            }
            if (loginPageSession != null && !loginPageSession.equals(sessionId)) {
                server.expireSession(loginPageSession);
            }
        }

        /** The person closes the browser; later the server expires the session, as after its idle time. */
        void close(PortalJmx server) throws Exception {
            browser.close();
            if (!server.expireSession(sessionId)) {
                throw new IllegalStateException("the server has no session " + sessionId + " to expire");
            }
        }
    }
}
