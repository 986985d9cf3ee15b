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

    /** Logs this person in (creating the account if needed), in English, and opens the home page. */
    protected void login(String username, Role... roles) {
        Authentication auth = actAs(username, roles);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
        setLanguage(Locale.ENGLISH);
    }

    protected String loginNew(Role... roles) {
        String username = unique("u");
        login(username, roles);
        return username;
    }

    protected void setLanguage(Locale locale) {
        UI.getCurrent().setLocale(TranslationProvider.supported(locale));
        VaadinSession.getCurrent().setLocale(TranslationProvider.supported(locale));
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
}
