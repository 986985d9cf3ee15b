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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures of the "test a text" box (docs/screenshots/tiering-*.png) at 1366×768 and 375×812, in English and
 * Chinese. Run on purpose: {@code ./mvnw test -Dtest=TieringScreenshotsTest -Dexcluded.test.groups=none}.
 */
@Tag("screenshots")
class TieringScreenshotsTest extends BrowserTestBase {

    private static final Path DIR = Path.of("docs", "screenshots");

    @Autowired
    StaffService staffService;
    @Autowired
    StaffDirectory staffDirectory;

    private void admin(String username, String name, String language) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            if (staffDirectory.find(username).isEmpty()) {
                StaffForm form = new StaffForm();
                form.setUsername(username);
                form.setDisplayName(name);
                form.setEmail(username + "@cxops.example");
                form.setLanguage(language);
                form.setRoles(EnumSet.of(Role.ADMIN));
                staffService.create(form, TestStaff.PASSWORD);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void shoot(String username, String text, String prefix) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.logIn(username, TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        for (int[] size : new int[][] {{1366, 768}, {375, 812}}) {
            browser.driver.manage().window().setSize(new Dimension(size[0], size[1]));
            browser.open("/admin/tiering-rules");
            WebElement area = browser.waitFor(By.cssSelector("#tier-test-text textarea"), Browser.PAGE_LOAD);
            browser.js("arguments[0].scrollIntoView()", area);
            area.clear();
            area.sendKeys(text);
            browser.driver.findElement(By.id("tier-test-run")).click();
            WebElement reason = browser.waitFor(By.id("tier-test-reason"), Browser.STEP);
            browser.awaitSettled();
            browser.js("arguments[0].scrollIntoView({block: 'start'})", browser.driver.findElement(By.id("tier-test-text")));
            browser.awaitSettled();
            assertThat(reason.getText()).isNotBlank();
            String name = prefix + (size[0] > 1000 ? "-desktop.png" : "-phone.png");
            browser.screenshot(DIR.resolve(name));
        }
    }

    @Test
    void the_test_a_text_box_is_saved_as_pictures_in_english_and_chinese() throws Exception {
        admin("tieradmin", "Ada Admin", "en");
        admin("tieradmin-zh", "Zhao Min 赵敏", "zh-CN");
        shoot("tieradmin", "Your agent Sue was rude and the smoke grey jacket is late. My lawyers will call.", "tiering-test-en");
        shoot("tieradmin-zh", "在社交媒体上看到的广告买的，结果发霉变质，全家腹泻呕吐，我已经联系了記者。", "tiering-test-zh");
        for (String n : new String[] {"tiering-test-en-desktop.png", "tiering-test-en-phone.png", "tiering-test-zh-desktop.png", "tiering-test-zh-phone.png"}) {
            assertThat(Files.size(DIR.resolve(n))).as(n).isGreaterThan(10_000);
        }
    }
}
