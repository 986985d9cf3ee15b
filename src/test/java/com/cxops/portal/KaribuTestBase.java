package com.cxops.portal;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;

/**
 * UI tests with karibu-testing: a real Vaadin UI on the server side, with Spring and the database, and no browser.
 * {@link #login(String, Role...)} logs a staff member in (karibu 2.7.0 has no MockSpringSecurity, so the fake
 * request takes its principal and roles from the SecurityContext).
 */
public abstract class KaribuTestBase extends SpringTestBase {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.cxops.portal");
        }
    }

    @BeforeEach
    void setupVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Logs this person in (creating the account if needed), in English. A login is a new session in the portal, so the
     * UI is a new one: a view the previous person had open is not reused (Vaadin keeps the instance of the route it is
     * already on).
     */
    protected void login(String username, Role... roles) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            MockVaadin.tearDown();
            setupVaadin();
        }
        Authentication auth = actAs(username, roles);
        signIn(auth);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    private static void signIn(Authentication auth) {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
    }

    protected String loginNew(Role... roles) {
        String username = unique("u");
        login(username, roles);
        return username;
    }

    /**
     * Switches the language as the header's switch does: the session's locale changes and the page reloads, so the
     * view on screen is built again in the new language.
     */
    protected void setLanguage(Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        boolean onAView = !UI.getCurrent().getInternals().getActiveRouterTargetsChain().isEmpty();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (onAView && auth != null) {
            MockVaadin.tearDown();
            setupVaadin();
            signIn(auth);
        }
        UI.getCurrent().setLocale(supported);
        VaadinSession.getCurrent().setLocale(supported);
        if (onAView && auth != null) {
            UI.getCurrent().navigate(location);
        }
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    protected String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /** The text of the element with this id in a read-only part of the page (base/ui/StaticHtml), as the browser shows it. */
    protected static String staticText(String id) {
        for (com.cxops.portal.base.ui.StaticHtml part : com.github.mvysny.kaributesting.v10.LocatorJ._find(com.cxops.portal.base.ui.StaticHtml.class)) {
            org.jsoup.nodes.Element e = org.jsoup.Jsoup.parseBodyFragment(part.html()).getElementById(id);
            if (e != null) {
                return e.text();
            }
        }
        throw new AssertionError("no element #" + id + " in the page's read-only parts");
    }

    /** The texts of the elements a CSS query selects in the read-only part with this id (base/ui/StaticHtml). */
    protected static java.util.List<String> staticTexts(String partId, String cssQuery) {
        com.cxops.portal.base.ui.StaticHtml part = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.cxops.portal.base.ui.StaticHtml.class, s -> s.withId(partId));
        return org.jsoup.Jsoup.parseBodyFragment(part.html()).select(cssQuery).eachText();
    }
}
