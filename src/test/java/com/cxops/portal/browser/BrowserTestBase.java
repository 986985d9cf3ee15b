package com.cxops.portal.browser;

import com.cxops.portal.TestClockConfig;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.util.UUID;

/**
 * A real server on a random port (test profile, in-memory H2) and a fresh headless Chromium per test. Not tagged
 * "db": these tests are about the browser, and run once, on H2.
 *
 * <p>Vaadin runs in development mode here (vaadin-dev is on the test class path), which works reliably: the app
 * serves Vaadin's pre-compiled development bundle, so no npm or Node is needed; the first page load waits for it
 * (hence the 60 s page-load timeout). Production mode would need the bundle of the build-frontend step and is not
 * needed. Only the development tools are switched off: their Copilot overlay takes clicks meant for the header
 * and their "running in development mode" note covers it in screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@Import({TestClockConfig.class, OpenUis.class})
abstract class BrowserTestBase {

    @LocalServerPort
    int port;

    @Autowired
    TestStaff testStaff;

    @Autowired
    OpenUis openUis;

    Browser browser;

    /** On a failure, saves what the browser showed (target/browser/TEST.html and .png) before it closes. */
    @RegisterExtension
    final TestExecutionExceptionHandler dumpOnFailure = (context, failure) -> {
        if (browser != null) {
            browser.dump(context.getRequiredTestMethod().getName());
        }
        throw failure;
    };

    @Autowired
    private org.springframework.security.core.context.SecurityContextHolderStrategy securityContextHolderStrategy;

    @BeforeEach
    void startBrowser() {
        // this server's own security-context holder (see SpringTestBase: each context installs its own statically)
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
        browser = new Browser(port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
