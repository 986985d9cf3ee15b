package com.cxops.portal.security;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.audit.AuditFilter;
import com.cxops.portal.audit.AuditService;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The real login form post through Spring Security: generic errors, throttling in the database, audit. */
class LoginHttpTest extends SpringTestBase {

    @Autowired
    WebApplicationContext wac;
    @Autowired
    AuditService audit;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).apply(springSecurity()).build();
        clock.set(Instant.parse("2026-03-02T01:00:00Z").plusSeconds((long) (Math.random() * 1_000_000)));
    }

    private MvcResult attempt(String username, String password, String address) throws Exception {
        MockHttpSession session = new MockHttpSession();
        return mvc.perform(post("/login").session(session).param("username", username).param("password", password)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
    }

    private static Object lastException(MvcResult r) {
        return r.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static String address() {
        return "192.0.2." + (int) (Math.random() * 250 + 1) + "-" + unique("a");
    }

    @Test
    void right_password_logs_in_and_is_audited() throws Exception {
        String username = unique("ok");
        testStaff.ensure(username, Role.AGENT);
        MvcResult r = attempt(username, TestStaff.PASSWORD, address());
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error");
        actAsNew(Role.ADMIN);
        assertThat(audit.search(new AuditFilter(username, "LOGIN_SUCCESS", null, null, null, null), PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void wrong_password_and_unknown_user_get_the_same_generic_error() throws Exception {
        String username = unique("wp");
        testStaff.ensure(username, Role.AGENT);
        MvcResult wrongPassword = attempt(username, "not-the-password", address());
        MvcResult unknownUser = attempt(unique("nobody"), "not-the-password", address());
        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(lastException(wrongPassword)).isInstanceOf(BadCredentialsException.class);
        assertThat(lastException(unknownUser)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void five_failures_from_one_address_lock_the_username_there_for_fifteen_minutes_but_not_at_their_own_desk() throws Exception {
        String username = unique("lk");
        testStaff.ensure(username, Role.AGENT);
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            attempt(username, "wrong-" + i, attacker);
            clock.advance(Duration.ofSeconds(30));
        }
        MvcResult refused = attempt(username, TestStaff.PASSWORD, attacker);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(lastException(refused)).isInstanceOf(LoginThrottledException.class);

        MvcResult ownDesk = attempt(username, TestStaff.PASSWORD, address());
        assertThat(ownDesk.getResponse().getRedirectedUrl()).doesNotContain("error");

        assertThat(lastException(attempt(username, "another-guess", attacker)))
                .as("a login at the person's own desk does not lift the lock on the attacker's address")
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(15));
        MvcResult later = attempt(username, TestStaff.PASSWORD, attacker);
        assertThat(later.getResponse().getRedirectedUrl()).doesNotContain("error");

        actAsNew(Role.ADMIN);
        assertThat(audit.search(new AuditFilter(username, "LOGIN_LOCKED_OUT", null, null, null, null), PageRequest.of(0, 5)))
                .as("the lock-out is audited once").hasSize(1);
        assertThat(audit.search(new AuditFilter(username, "LOGIN_FAILURE", null, null, null, null), PageRequest.of(0, 20))).hasSize(5);
    }

    @Test
    void fifty_failures_from_many_addresses_lock_the_username_everywhere() throws Exception {
        String username = unique("dist");
        testStaff.ensure(username, Role.AGENT);
        for (int i = 0; i < 50; i++) {
            attempt(username, "wrong-" + i, address());
        }
        assertThat(lastException(attempt(username, TestStaff.PASSWORD, address()))).isInstanceOf(LoginThrottledException.class);
        actAsNew(Role.ADMIN);
        assertThat(audit.search(new AuditFilter(username, "LOGIN_LOCKED_OUT", null, null, null, null), PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void four_failures_then_the_right_password_logs_in_and_resets_the_count() throws Exception {
        String username = unique("rs");
        testStaff.ensure(username, Role.AGENT);
        for (int i = 0; i < 4; i++) {
            attempt(username, "wrong-" + i, address());
        }
        assertThat(attempt(username, TestStaff.PASSWORD, address()).getResponse().getRedirectedUrl()).doesNotContain("error");
        for (int i = 0; i < 4; i++) {
            attempt(username, "wrong-again-" + i, address());
        }
        assertThat(attempt(username, TestStaff.PASSWORD, address()).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void thirty_failures_from_one_address_lock_that_address_for_every_username() throws Exception {
        String address = address();
        for (int i = 0; i < 30; i++) {
            attempt(unique("spray"), "wrong", address);
        }
        String username = unique("victim");
        testStaff.ensure(username, Role.AGENT);
        assertThat(lastException(attempt(username, TestStaff.PASSWORD, address))).isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(username, TestStaff.PASSWORD, address()).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void disabled_account_cannot_log_in() throws Exception {
        String username = unique("dis");
        StaffMember member = testStaff.ensure(username, Role.AGENT);
        actAsNew(Role.ADMIN);
        StaffForm form = StaffForm.of(member);
        form.setEnabled(false);
        wac.getBean(StaffService.class).update(member.getId(), form);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        MvcResult r = attempt(username, TestStaff.PASSWORD, address());
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }
}
