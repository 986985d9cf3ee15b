package com.cxops.portal.bench;

import com.cxops.portal.MutableClock;
import com.cxops.portal.TestClockConfig;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser-session memory operation of the benchmark on a real server (this test's, on H2): staff log in with
 * headless Chromium, open the home page, the queue and a complaint, with push connected; when half of them log out
 * and the others' sessions expire after the browsers close, no UI, Vaadin session, push resource or websocket session
 * of theirs is left on the server.
 * Run with {@code ./mvnw test -Pbrowser}; the figures come from the large shop (docs/performance.md).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class BrowserSessionsExpireTest {

    @LocalServerPort
    int port;
    @Autowired
    TestStaff testStaff;
    @Autowired
    TestCustomers customers;
    @Autowired
    ComplaintIntakeService intake;
    @Autowired
    MutableClock clock;
    @Autowired
    SecurityContextHolderStrategy securityContextHolderStrategy;
    @Autowired
    org.springframework.context.ApplicationContext spring;

    @Test
    void push_connected_sessions_that_end_by_logging_out_or_expiry_leave_nothing_on_the_server() throws Exception {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
        clock.set(Instant.parse("2073-05-08T02:00:00Z"));
        String agent = unique("agent");
        String manager = unique("mgr");
        testStaff.ensure(agent, Role.AGENT);
        testStaff.ensure(manager, Role.MANAGER);
        complaintLoggedBy(manager);

        org.apache.catalina.Context webapp = (org.apache.catalina.Context) ((org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) spring).getWebServer())
                .getTomcat().getHost().findChildren()[0];
        BrowserSessionMemory.Result result = new BrowserSessionMemory(port,
                new PortalJmx(ManagementFactory.getPlatformMBeanServer(), webapp.getManager()))
                .measure(List.of(new BrowserSessionMemory.Login(agent, TestStaff.PASSWORD),
                        new BrowserSessionMemory.Login(manager, TestStaff.PASSWORD)), 4);
        System.out.println(result.describe() + String.format(java.util.Locale.ROOT, "; heap per session %.0f KB, returned %.0f KB",
                result.kbPerSession(), result.kbReturnedPerSession()));

        assertThat(result.pushConnectedBrowsers()).as("every browser has its push websocket open").isEqualTo(4);
        // (the logged-in session of each of them gone at once, or measure() throws)
        assertThat(result.loggedOut()).as("sessions ended by logging out").isEqualTo(2);
        result.live().forEach((name, counts) -> {
            // at least the four open ones (not "four more than before": a session of an earlier browser test in this
            // JVM may expire while these are opened, lowering the count it started from)
            assertThat(counts[1]).as(name + " live with the sessions open").isGreaterThanOrEqualTo(4);
            assertThat(counts[2]).as(name + " live after the sessions ended").isLessThanOrEqualTo(counts[0]);
        });
        assertThat(result.kbPerSession()).as("the open sessions take heap").isPositive();
    }

    /** An unrouted complaint (every agent may read it), so the queue has a row to click. */
    private void complaintLoggedBy(String manager) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(manager, null,
                AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
        try {
            ComplaintForm f = new ComplaintForm();
            f.setCustomerId(customers.create(unique("Customer ")));
            f.setChannel(ComplaintChannel.EMAIL);
            f.setCategory(ComplaintCategory.LATE_DELIVERY);
            f.setSubject(unique("Parcel late "));
            f.setDescription("Parcel promised for Monday, still not here.");
            f.setSpreadRisk(SpreadRisk.PRIVATE);
            f.setAffectedCount(1);
            intake.create(f);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
