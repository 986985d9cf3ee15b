package com.cxops.portal.browser;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.security.StaffForm;
import com.cxops.portal.security.StaffService;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * The administrator's home (docs/screenshots/home-admin-*.png) at 1366×768
 * and 375×812 in English and Chinese. Run on purpose like ScreenshotsTest:
 * {@code ./mvnw test -Dtest=DailyUseScreenshotsTest -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("screenshots")
class DailyUseScreenshotsTest extends BrowserTestBase {

    private static final Path DIR = Path.of("docs", "screenshots");

    @Autowired StaffService staffService;
    @Autowired StaffDirectory staffDirectory;

    private void account(String username, String name, String language, Set<Role> roles) {
        if (staffDirectory.find(username).isPresent()) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            StaffForm form = new StaffForm();
            form.setUsername(username);
            form.setDisplayName(name);
            form.setEmail(username + "@cxops.example");
            form.setLanguage(language);
            form.setRoles(roles);
            staffService.create(form, TestStaff.PASSWORD);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void shot(String user, String path, String waitForId, int width, int height, String file) throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new Dimension(width, height));
        browser.open("/login");
        browser.logIn(user, TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.open(path);
        browser.waitFor(By.id(waitForId), Browser.PAGE_LOAD);
        browser.awaitSettled();
        browser.screenshot(DIR.resolve(file));
        assertThat(Files.size(DIR.resolve(file))).as(file).isGreaterThan(10_000);
    }

    @Test
    void the_administrators_home_is_saved_as_pictures() throws Exception {
        account("admin", "Ada Admin", "en", EnumSet.of(Role.ADMIN));
        account("admin-zh", "Zhou Min 周敏", "zh-CN", EnumSet.of(Role.ADMIN));
        shot("admin", "/", "home-section-admin", 1366, 768, "home-admin-en.png");
        shot("admin-zh", "/", "home-section-admin", 1366, 768, "home-admin-zh.png");
        shot("admin", "/", "home-section-admin", 375, 812, "home-admin-en-phone.png");
        shot("admin-zh", "/", "home-section-admin", 375, 812, "home-admin-zh-phone.png");
    }
}
