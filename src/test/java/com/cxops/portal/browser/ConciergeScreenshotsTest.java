package com.cxops.portal.browser;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.concierge.ContactChannel;
import com.cxops.portal.concierge.ContactForm;
import com.cxops.portal.concierge.ContactService;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.security.StaffForm;
import com.cxops.portal.security.StaffService;
import com.cxops.portal.security.TestStaff;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskPriority;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasks and concierge screenshots for docs/concierge.md and the README (docs/screenshots/tasks-*.png,
 * concierge-*.png), at 1366×768 and 375×812 in English and Chinese. Run on purpose like ScreenshotsTest:
 * {@code ./mvnw test -Dtest=ConciergeScreenshotsTest -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("screenshots")
class ConciergeScreenshotsTest extends BrowserTestBase {

    private static final Path DIR = Path.of("docs", "screenshots");
    private static final String[] NAMES = {"王建国", "Olivia Zhou", "李晓梅", "陈志强", "Henry Wu", "赵丽娟", "孙明", "Emma Lin"};

    @Autowired StaffService staffService;
    @Autowired StaffDirectory staffDirectory;
    @Autowired TestCustomers customers;
    @Autowired TaskWorkflowService workflow;
    @Autowired ContactService contacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private long account(String username, String name, String language, Set<Role> roles) {
        if (staffDirectory.find(username).isEmpty()) {
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
        return staffDirectory.find(username).orElseThrow().id();
    }

    private void data(long vip, long vip2) {
        Instant now = clock.instant();
        String[] types = {TaskType.COMPLAINT_FOLLOW_UP, TaskType.OCCASION, TaskType.SERVICE_REQUEST, TaskType.WIN_BACK,
                TaskType.WELCOME, TaskType.CO_CREATION, TaskType.REWARD, TaskType.SURVEY_FOLLOW_UP};
        for (int i = 0; i < NAMES.length; i++) {
            long owner = i % 2 == 0 ? vip : vip2;
            long c = customers.create(NAMES[i], CustomerLayer.HIGH_NET_WORTH, true, owner);
            jdbc.update("UPDATE customer SET birthday = ?, membership_level = 'GOLD' WHERE id = ?", LocalDate.of(1980 + i, 12, 2 + i), c);
            for (int k = 0; k < 2; k++) {
                Duration offset = Duration.ofHours(-5 + 9L * (i + k * NAMES.length) - 10);
                workflow.createFromSource(new NewTask(types[(i + k) % types.length], c, new TaskSource(TaskSourceType.CUSTOMER, "shot:" + c + ":" + k, null),
                        k == 1 && i % 3 == 0 ? null : owner, null, now.plus(offset), i == 0 ? TaskPriority.HIGH : TaskPriority.NORMAL,
                        "@concierge.demo." + types[(i + k) % types.length] + "|" + NAMES[i], null));
            }
            if (i % 4 != 3) {
                // the customer's latest NPS answer, shown in My book
                String hash = "shot-nps-" + c;
                java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(now.minus(Duration.ofDays(3L + 11L * i)), java.time.ZoneOffset.UTC);
                jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, token_hash, language, send_at, sent_at, answered_at, "
                        + "created_at, customer_layer, membership, vip) VALUES ('NPS', 'ANSWERED', ?, ?, 'zh', ?, ?, ?, ?, 'HIGH_NET_WORTH', 'GOLD', TRUE)",
                        c, hash, at, at, at, at);
                jdbc.update("INSERT INTO survey_answer (invitation_id, kind, score, language, answered_at, customer_id, customer_layer, membership, vip) "
                        + "VALUES ((SELECT id FROM survey_invitation WHERE token_hash = ?), 'NPS', ?, 'zh', ?, ?, 'HIGH_NET_WORTH', 'GOLD', TRUE)",
                        hash, new int[]{10, 9, 6, 8, 3, 10, 7, 9}[i], at, c);
            }
            if (i % 3 != 0) {
                SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("manager", null,
                        AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
                try {
                    contacts.log(new ContactForm(c, ContactChannel.values()[i % 5], now.minus(Duration.ofDays(5L + 15L * i)), "Called about the new season"));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        }
    }

    private void shot(String user, String path, String waitForId, int width, int height, String file) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new Dimension(width, height));
        browser.open("/login");
        browser.logIn(user, TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.open(path);
        browser.waitFor(By.id(waitForId), Browser.PAGE_LOAD);
        browser.awaitSettled();
        browser.screenshot(DIR.resolve(file));
    }

    @Test
    void tasks_and_concierge_screens_are_saved_as_pictures() throws Exception {
        long vip = account("vip", "Wang Fang 王芳", "zh-CN", EnumSet.of(Role.VIP_MANAGER));
        long vip2 = account("vip2", "Grace Liu", "en", EnumSet.of(Role.VIP_MANAGER));
        account("manager", "Zhang Wei 张伟", "en", EnumSet.of(Role.MANAGER));
        data(vip, vip2);
        shot("vip2", "/tasks", "my-tasks-grid", 1366, 768, "tasks-my-en.png");
        shot("vip", "/tasks", "my-tasks-grid", 1366, 768, "tasks-my-zh.png");
        shot("vip2", "/tasks", "my-tasks-grid", 375, 812, "tasks-my-en-phone.png");
        shot("vip", "/tasks", "my-tasks-grid", 375, 812, "tasks-my-zh-phone.png");
        shot("vip2", "/tasks/pool", "pool-grid", 1366, 768, "tasks-pool-en.png");
        shot("vip", "/concierge/book", "book-grid", 1366, 768, "concierge-book-zh.png");
        shot("vip2", "/concierge/book", "book-grid", 1366, 768, "concierge-book-en.png");
        shot("vip", "/concierge/book", "book-grid", 375, 812, "concierge-book-zh-phone.png");
        shot("vip2", "/concierge/book", "book-grid", 375, 812, "concierge-book-en-phone.png");
        shot("manager", "/concierge/workload", "workload-grid", 1366, 768, "concierge-workload-en.png");
        for (String name : new String[] {"tasks-my-en.png", "tasks-my-zh.png", "concierge-book-zh.png", "concierge-workload-en.png",
                "tasks-my-zh-phone.png", "concierge-book-en-phone.png"}) {
            assertThat(Files.size(DIR.resolve(name))).as(name).isGreaterThan(10_000);
        }
    }
}
