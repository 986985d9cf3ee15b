package com.cxops.portal.security.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.security.TestStaff;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AccountViewTest extends KaribuTestBase {

    private PasswordField field(String id) {
        return _get(PasswordField.class, s -> s.withId(id));
    }

    @Test
    void wrong_current_password_is_refused_on_its_field() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate(AccountView.class);
        _setValue(field("account-current-password"), "not-it");
        _setValue(field("account-new-password"), "another-long-secret");
        _setValue(field("account-repeat-password"), "another-long-secret");
        _click(_get(Button.class, s -> s.withId("account-change-password")));
        assertThat(field("account-current-password").isInvalid()).isTrue();
        assertThat(field("account-current-password").getErrorMessage()).isEqualTo("The current password is not right.");
    }

    @Test
    void new_password_that_contains_the_username_is_refused() {
        String username = loginNew(Role.AGENT);
        UI.getCurrent().navigate(AccountView.class);
        _setValue(field("account-current-password"), TestStaff.PASSWORD);
        _setValue(field("account-new-password"), "x" + username + "-1234567");
        _setValue(field("account-repeat-password"), "x" + username + "-1234567");
        _click(_get(Button.class, s -> s.withId("account-change-password")));
        assertThat(field("account-new-password").getErrorMessage()).isEqualTo("The password must not contain the username.");
    }

    @Test
    void mismatched_repeat_is_refused_before_anything_is_sent() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate(AccountView.class);
        _setValue(field("account-current-password"), TestStaff.PASSWORD);
        _setValue(field("account-new-password"), "another-long-secret");
        _setValue(field("account-repeat-password"), "another-long-secreT");
        _click(_get(Button.class, s -> s.withId("account-change-password")));
        assertThat(field("account-repeat-password").getErrorMessage()).isEqualTo("The two new passwords differ.");
    }
}
