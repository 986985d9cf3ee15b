package com.cxops.portal;

import com.cxops.portal.base.Role;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Arrays;
import java.util.UUID;

/**
 * Spring + database tests: one application context for all of them (H2 by default, MariaDB in the second run).
 * Tests commit real data, so each makes its own unique records (see {@link #unique(String)}).
 */
@SpringBootTest
@Import(TestClockConfig.class)
@ActiveProfiles("test")
@Tag("db")
@ExtendWith(TestDatabase.class)
public abstract class SpringTestBase {

    @Autowired
    protected TestStaff testStaff;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    /**
     * Each application context installs its own security-context strategy statically when it starts (Vaadin's
     * auto-configuration); after another context (a browser test's real server) has started, this context's
     * method security would read a different holder than the tests write. Re-install this context's own.
     */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    @AfterEach
    void clearSecurityAndClock() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** A short unique name, so that tests sharing one database never collide. */
    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Creates a staff member with these roles (if new) and makes them the caller of service methods. */
    protected Authentication actAs(String username, Role... roles) {
        testStaff.ensure(username, roles);
        Authentication auth = new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    protected Authentication actAsNew(Role... roles) {
        return actAs(unique("u"), roles);
    }
}
