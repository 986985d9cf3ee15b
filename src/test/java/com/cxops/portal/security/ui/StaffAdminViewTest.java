package com.cxops.portal.security.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.security.StaffForm;
import com.cxops.portal.security.StaffMember;
import com.cxops.portal.security.StaffService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class StaffAdminViewTest extends KaribuTestBase {

    @Autowired
    StaffService staffService;

    private void fillNew(String username, String password) {
        _click(_get(Button.class, s -> s.withId("staff-new")));
        _setValue(_get(TextField.class, s -> s.withId("staff-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("staff-display-name")), "Sun Li 孙丽");
        _setValue(_get(EmailField.class, s -> s.withId("staff-email")), username + "@shop.example");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, s -> s.withId("staff-roles"));
        _setValue(roles, Set.of(Role.AGENT));
        _setValue(_get(PasswordField.class, s -> s.withId("staff-password")), password);
    }

    @Test
    void admin_creates_a_staff_member_through_the_form() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate(StaffAdminView.class);
        String username = unique("sl");
        fillNew(username, "a-good-long-password");
        _click(_get(Button.class, s -> s.withId("staff-save")));
        assertThat(_find(StaffAdminView.Editor.class)).isEmpty();
        assertThat(testStaff.get(username).getDisplayName()).isEqualTo("Sun Li 孙丽");
        _setValue(_get(TextField.class, s -> s.withId("staff-search")), username);
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = _get(Grid.class, s -> s.withId("staff-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getUsername()).isEqualTo(username);
    }

    @Test
    void save_refuses_an_invalid_form_and_the_fields_say_why() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate(StaffAdminView.class);
        fillNew(unique("iv"), "short");
        PasswordField password = _get(PasswordField.class, s -> s.withId("staff-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password is too short.");
        _setValue(_get(EmailField.class, s -> s.withId("staff-email")), "no-at-sign");
        assertThat(_get(EmailField.class, s -> s.withId("staff-email")).getErrorMessage())
                .isEqualTo("Enter a valid email address, like name@example.com.");
        _click(_get(Button.class, s -> s.withId("staff-save")));
        assertThat(_find(Button.class, s -> s.withId("staff-save"))).as("nothing saved, the editor stays open").hasSize(1);
        assertThat(password.getErrorMessage()).isEqualTo("The password is too short.");
    }

    @Test
    void duplicate_username_is_shown_on_the_field_and_nothing_is_saved() {
        String existing = unique("ex");
        testStaff.ensure(existing, Role.AGENT);
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate(StaffAdminView.class);
        fillNew(existing, "a-good-long-password");
        _click(_get(Button.class, s -> s.withId("staff-save")));
        TextField username = _get(TextField.class, s -> s.withId("staff-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("This username is taken. Choose another.");
        assertThat(testStaff.get(existing).getDisplayName()).isEqualTo("Test " + existing);
    }

    @Test
    void second_admin_is_told_someone_else_changed_the_record() {
        String target = unique("tg");
        StaffMember member = testStaff.ensure(target, Role.AGENT);
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate(StaffAdminView.class);
        _get(StaffAdminView.class).openEditor(member.getId());
        _setValue(_get(TextField.class, s -> s.withId("staff-display-name")), "Mine");

        StaffForm other = StaffForm.of(member);
        other.setDisplayName("Theirs");
        staffService.update(member.getId(), other);

        _click(_get(Button.class, s -> s.withId("staff-save")));
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(testStaff.get(target).getDisplayName()).isEqualTo("Theirs");
    }
}
