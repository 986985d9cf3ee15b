package com.cxops.portal.base.access;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintQueueService;
import com.cxops.portal.complaints.TeamService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meta-annotations carry their {@code @RolesAllowed} into Spring's method security. */
class RoleAnnotationsTest extends SpringTestBase {

    @Autowired
    SettingsService settings;

    @Autowired
    ComplaintQueueService queue;

    @Autowired
    TeamService teams;

    @Test
    void an_admin_only_method_refuses_an_agent_and_serves_an_admin() {
        actAsNew(Role.AGENT);
        assertThatThrownBy(() -> settings.list("")).isInstanceOf(AccessDeniedException.class);
        actAsNew(Role.ADMIN);
        assertThat(settings.list("")).isNotEmpty();
    }

    @Test
    void a_complaint_readers_method_refuses_an_admin_and_serves_a_vip_manager() {
        actAsNew(Role.ADMIN);
        assertThatThrownBy(() -> queue.savedFilters()).isInstanceOf(AccessDeniedException.class);
        actAsNew(Role.VIP_MANAGER);
        assertThatCode(() -> queue.savedFilters()).doesNotThrowAnyException();
    }

    @Test
    void an_any_caller_method_serves_an_api_key_but_nobody_signed_out() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("api:shop", null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.Names.INTEGRATION)));
        assertThatCode(() -> teams.list()).doesNotThrowAnyException();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> teams.list())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
