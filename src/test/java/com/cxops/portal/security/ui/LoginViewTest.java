package com.cxops.portal.security.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTestBase {

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(HomeView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @Test
    void failed_login_shows_the_generic_error() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).i18n.getErrorMessage().getMessage())
                .isEqualTo("Check your username and password and try again.");
    }

    @Test
    void login_page_speaks_chinese_to_a_chinese_browser() {
        UI.getCurrent().navigate("login");
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(_get(LoginView.class).i18n.getForm().getTitle()).isEqualTo("登录");
    }
}
