package com.cxops.portal.browser;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.security.StaffForm;
import com.cxops.portal.security.StaffService;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the README's screenshots (docs/screenshots/*.png) from a real browser. Not part of the normal build:
 * run it on purpose after the UI changed, then look at the pictures and commit them:
 * {@code ./mvnw test -Dtest=ScreenshotsTest -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Chinese names need a CJK font for Chromium (Debian: fonts-wqy-microhei or fonts-noto-cjk), else they show as
 * empty boxes.
 *
 * <p>The test database already holds staff from other tests, so portal.demo.enabled would not make the demo
 * accounts; this test creates look-alikes of them itself (same names and roles as the demo data).
 */
@Tag("screenshots")
class ScreenshotsTest extends BrowserTestBase {

    private static final Path DIR = Path.of("docs", "screenshots");

    @Autowired
    StaffService staffService;

    @Autowired
    StaffDirectory staffDirectory;

    @BeforeEach
    void demoAccounts() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            account("admin", "Ada Admin", "en", EnumSet.of(Role.ADMIN));
            account("agent", "Li Na 李娜", "zh-CN", EnumSet.of(Role.AGENT));
            account("agent2", "Tom Chen", "en", EnumSet.of(Role.AGENT));
            account("vip", "Wang Fang 王芳", "zh-CN", EnumSet.of(Role.VIP_MANAGER));
            account("vip2", "Grace Liu", "en", EnumSet.of(Role.VIP_MANAGER));
            account("manager", "Zhang Wei 张伟", "en", EnumSet.of(Role.MANAGER));
            account("exec", "Eva Executive", "en", EnumSet.of(Role.EXECUTIVE));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void account(String username, String name, String language, Set<Role> roles) {
        if (staffDirectory.find(username).isPresent()) {
            return;
        }
        StaffForm form = new StaffForm();
        form.setUsername(username);
        form.setDisplayName(name);
        form.setEmail(username + "@cxops.example");
        form.setLanguage(language);
        form.setRoles(roles);
        staffService.create(form, TestStaff.PASSWORD);
    }

    @Test
    void login_page_home_page_and_staff_admin_are_saved_as_pictures() throws Exception {
        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"), Browser.PAGE_LOAD);
        browser.awaitSettled();
        // Without the blinking caret and focus ring in the username field.
        browser.js("document.activeElement && document.activeElement.blur();");
        save("login.png");

        browser.logIn("manager", TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.awaitSettled();
        save("home-manager.png");

        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.logIn("admin", TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.open("/admin/staff");
        browser.waitFor(By.xpath("//vaadin-grid[@id='staff-grid']//vaadin-grid-cell-content[normalize-space()='Eva Executive']"),
                Browser.PAGE_LOAD);
        browser.awaitSettled();
        save("staff-admin.png");

        for (String name : new String[] {"login.png", "home-manager.png", "staff-admin.png"}) {
            assertThat(Files.size(DIR.resolve(name))).as(name).isGreaterThan(10_000);
        }
    }

    private void save(String name) {
        browser.screenshot(DIR.resolve(name));
    }
}
