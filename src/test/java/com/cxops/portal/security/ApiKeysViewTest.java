package com.cxops.portal.security;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysViewTest extends KaribuTestBase {

    @Autowired ApiKeyService keys;

    @Test
    void admin_creates_a_key_that_is_shown_once_and_works() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/api-keys");
        String name = unique("shop-").toLowerCase();
        _setValue(_get(TextField.class, s -> s.withId("apikey-integration")), name);
        _click(_get(Button.class, s -> s.withId("apikey-create")));
        String key = _get(TextField.class, s -> s.withId("apikey-key")).getValue();
        assertThat(keys.integrationOf(key)).contains(name);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("apikey-grid")))).isGreaterThan(0);
    }

    @Test
    void an_invalid_integration_name_says_which_characters_it_accepts_and_is_not_created() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/api-keys");
        TextField name = _get(TextField.class, s -> s.withId("apikey-integration"));
        _setValue(name, "Shop Main!");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name of 2-64 lower-case letters, digits, dots, dashes or underscores, like shop-main.");
        _click(_get(Button.class, s -> s.withId("apikey-create")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, s -> { })).as("no key shown").isEmpty();
    }

    @Test
    void managers_cannot_open_the_api_keys() {
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("admin/api-keys");
        assertThat(_find(TextField.class, s -> s.withId("apikey-integration"))).isEmpty();
    }
}
