package com.cxops.portal.security;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.audit.AuditFilter;
import com.cxops.portal.audit.AuditService;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffServiceTest extends SpringTestBase {

    @Autowired
    StaffService staffService;
    @Autowired
    StaffRepository staff;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    AuditService audit;

    private StaffForm form(String username) {
        StaffForm f = new StaffForm();
        f.setUsername(username);
        f.setDisplayName("Zhao Lei 赵磊");
        f.setEmail(username + "@shop.example");
        f.setLanguage("zh-CN");
        f.setTimeZone("Asia/Shanghai");
        f.setRoles(EnumSet.of(Role.AGENT, Role.VIP_MANAGER));
        return f;
    }

    @Test
    void admin_creates_a_staff_member_with_a_hashed_password_and_an_audit_entry() {
        String admin = actAsNew(Role.ADMIN).getName();
        String username = unique("zl");
        StaffMember created = staffService.create(form(username), "a-long-password-42");
        StaffMember stored = staff.findByUsername(username).orElseThrow();
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.AGENT, Role.VIP_MANAGER);
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a-long-password-42");
        assertThat(encoder.matches("a-long-password-42", stored.getPasswordHash())).isTrue();
        actAsNew(Role.ADMIN);
        assertThat(audit.search(new AuditFilter(admin, "STAFF_CREATED", "StaffMember",
                created.getId().toString(), null, null), PageRequest.of(0, 5)).getContent()).hasSize(1);
    }

    @Test
    void invalid_staff_form_gives_field_errors_and_saves_nothing() {
        actAsNew(Role.ADMIN);
        String username = unique("bad");
        StaffForm f = form(username);
        f.setEmail("not-an-email");
        f.setRoles(EnumSet.noneOf(Role.class));
        f.setDisplayName(" ");
        assertThatThrownBy(() -> staffService.create(f, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsEntry("email", "staff.error.email")
                        .containsEntry("roles", "staff.error.roles")
                        .containsEntry("displayName", "staff.error.display-name")
                        .containsEntry("password", "password.error.too-short"));
        assertThat(staff.existsByUsername(username)).isFalse();
    }

    @Test
    void duplicate_username_is_refused() {
        actAsNew(Role.ADMIN);
        String username = unique("dup");
        staffService.create(form(username), "a-long-password-42");
        assertThatThrownBy(() -> staffService.create(form(username.toUpperCase()), "a-long-password-42"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsEntry("username", "staff.error.username-taken"));
    }

    @Test
    void password_containing_the_username_is_refused() {
        actAsNew(Role.ADMIN);
        String username = unique("pw");
        assertThatThrownBy(() -> staffService.create(form(username), "xx-" + username + "-xx"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsEntry("password", "password.error.contains-username"));
    }

    @Test
    void second_admin_saving_an_old_version_is_told_who_changed_it_and_nothing_is_overwritten() {
        String first = actAsNew(Role.ADMIN).getName();
        StaffMember member = staffService.create(form(unique("cc")), "a-long-password-42");
        StaffForm formOfFirst = StaffForm.of(member);
        StaffForm formOfSecond = StaffForm.of(member);
        formOfFirst.setDisplayName("Changed by first");
        staffService.update(member.getId(), formOfFirst);
        formOfSecond.setDisplayName("Changed by second");
        actAsNew(Role.ADMIN);
        assertThatThrownBy(() -> staffService.update(member.getId(), formOfSecond))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.getChangedBy()).isEqualTo(first);
                    assertThat(e.getChangedAt()).isNotNull();
                });
        assertThat(staff.findById(member.getId()).orElseThrow().getDisplayName()).isEqualTo("Changed by first");
    }

    @Test
    void disabling_an_account_ends_its_open_sessions() {
        actAsNew(Role.ADMIN);
        StaffMember member = staffService.create(form(unique("off")), "a-long-password-42");
        StaffPrincipal principal = new StaffPrincipal(member.getId(), member.getUsername(), "x", true, "n", java.util.List.of());
        sessions.registerNewSession("session-" + member.getUsername(), principal);
        StaffForm f = StaffForm.of(member);
        f.setEnabled(false);
        staffService.update(member.getId(), f);
        SessionInformation info = sessions.getSessionInformation("session-" + member.getUsername());
        assertThat(info.isExpired()).isTrue();
        assertThat(staff.findById(member.getId()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void only_admins_manage_staff() {
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> staffService.create(form(unique("no")), "a-long-password-42"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffService.page(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_person_changes_their_own_password_only_with_the_current_one() {
        String username = actAsNew(Role.AGENT).getName();
        assertThatThrownBy(() -> staffService.changeOwnPassword("wrong", "a-brand-new-secret-1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsKey("currentPassword"));
        staffService.changeOwnPassword(TestStaff.PASSWORD, "a-brand-new-secret-1");
        assertThat(encoder.matches("a-brand-new-secret-1", staff.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void own_preferences_refuse_an_unknown_time_zone() {
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> staffService.updateOwnPreferences("zh-CN", "Mars/Olympus"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsKey("timeZone"));
    }
}
