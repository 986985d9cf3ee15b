package com.cxops.portal.security.ui;

import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.security.LoginThrottledException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Login page. Wrong username, wrong password and disabled account all give one generic message (no hint whether
 * the username exists); a throttled login says when to try again.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final LoginForm login = new LoginForm();
    private final Span throttled = new Span();
    LoginI18n i18n;
    private final Div brand = new Div();

    private final transient Clock clock;

    public LoginView(Clock clock) {
        this.clock = clock;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("cx-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        i18n = i18n();
        login.setI18n(i18n);
        throttled.setId("login-throttled");
        throttled.addClassName("cx-login-throttled");
        throttled.setVisible(false);

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setItems(TranslationProvider.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + TranslationProvider.toTag(l)));
        language.setValue(TranslationProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("header.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
            }
        });
        brand.setText(getTranslation("app.name"));
        brand.addClassName("cx-login-brand");
        add(brand, throttled, login, language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    /** The login page switches language in place (no reload, so a typed username stays). */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        i18n = i18n();
        login.setI18n(i18n);
        brand.setText(getTranslation("app.name"));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (lastException() instanceof LoginThrottledException locked) {
                long minutes = Math.max(1, (Duration.between(clock.instant(), locked.getLockedUntil()).toSeconds() + 59) / 60);
                throttled.setText(getTranslation("login.throttled", minutes));
                throttled.setVisible(true);
            } else {
                login.setError(true);
            }
        }
    }

    private static Object lastException() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        try {
            HttpSession http = ((com.vaadin.flow.server.WrappedHttpSession) session.getSession()).getHttpSession();
            return http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        } catch (ClassCastException | IllegalStateException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
