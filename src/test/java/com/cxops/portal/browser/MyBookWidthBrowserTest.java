package com.cxops.portal.browser;

import com.cxops.portal.MutableClock;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** My book at 1366×768, in English and Chinese: every column is on screen, nothing scrolls sideways. */
@Tag("browser")
class MyBookWidthBrowserTest extends BrowserTestBase {

    private static final String[] NAMES = {"Alexandra Konstantinopoulou-Whitfield", "欧阳建国", "Maximilian Oppenheimer", "司马晓梅",
            "Henry Wu", "Olivia Zhou"};

    @Autowired TestCustomers customers;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void book(long manager) {
        Instant now = clock.instant();
        for (int i = 0; i < NAMES.length; i++) {
            long c = customers.create(NAMES[i] + " " + unique(""), i == 2 ? CustomerLayer.AT_RISK : CustomerLayer.HIGH_NET_WORTH, i != 3, manager);
            jdbc.update("UPDATE customer SET birthday = ?, membership_level = ?, rfm_recency = 5, rfm_frequency = 4, rfm_monetary = 5, "
                    + "last_order_at = ? WHERE id = ?", LocalDate.of(1970 + i, 9, 10 + i), i % 2 == 0 ? "DIAMOND" : "GOLD",
                    LocalDateTime.ofInstant(now.minus(Duration.ofDays(40L + i)), ZoneOffset.UTC), c);
            if (i % 2 == 1) {
                jdbc.update("INSERT INTO contact_log (customer_id, staff_id, contacted_at, channel, created_at, created_by) "
                        + "VALUES (?, ?, ?, 'CALL', ?, 'test')", c, manager, LocalDateTime.ofInstant(now.minus(Duration.ofDays(3L * i)), ZoneOffset.UTC),
                        LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            }
            String hash = unique("book-nps-");
            LocalDateTime at = LocalDateTime.ofInstant(now.minus(Duration.ofDays(5L + i)), ZoneOffset.UTC);
            jdbc.update("INSERT INTO survey_invitation (kind, status, customer_id, token_hash, language, send_at, sent_at, answered_at, "
                    + "created_at, customer_layer, membership, vip) VALUES ('NPS', 'ANSWERED', ?, ?, 'zh', ?, ?, ?, ?, 'HIGH_NET_WORTH', 'GOLD', TRUE)",
                    c, hash, at, at, at, at);
            jdbc.update("INSERT INTO survey_answer (invitation_id, kind, score, language, answered_at, customer_id, customer_layer, membership, vip) "
                    + "VALUES ((SELECT id FROM survey_invitation WHERE token_hash = ?), 'NPS', ?, 'zh', ?, ?, 'HIGH_NET_WORTH', 'GOLD', TRUE)",
                    hash, 10 - i, at, c);
        }
    }

    @SuppressWarnings("unchecked")
    private void fitsWithoutSidewaysScrolling(String user, String picture) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
        browser.open("/login");
        browser.logIn(user, TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.open("/concierge/book");
        browser.waitFor(By.id("book-grid"), Browser.PAGE_LOAD);
        browser.awaitSettled();
        browser.screenshot(Path.of("target", "browser", picture));
        List<Number> widths = (List<Number>) browser.js("const t = document.getElementById('book-grid').shadowRoot.querySelector('#table');"
                + "return [t.scrollWidth, t.clientWidth, document.documentElement.scrollWidth, window.innerWidth,"
                + " document.getElementById('book-grid').shadowRoot.querySelectorAll('tbody tr').length];");
        assertThat(widths.get(4).intValue()).as("rows shown").isGreaterThanOrEqualTo(NAMES.length);
        assertThat(widths.get(0).intValue()).as(user + ": the book's columns fit the grid").isLessThanOrEqualTo(widths.get(1).intValue());
        assertThat(widths.get(2).intValue()).as(user + ": the page does not scroll sideways").isLessThanOrEqualTo(widths.get(3).intValue());
    }

    @Test
    void my_book_fits_1366_pixels_in_english_and_chinese() {
        // its survey answers go straight into the tables (no rollups): a year no survey-figure test reads
        clock.set(Instant.parse("2046-08-31T02:00:00Z"));
        String english = unique("bk");
        book(testStaff.ensure(english, Role.VIP_MANAGER).getId());
        String chinese = unique("bz");
        book(testStaff.ensure(chinese, Role.VIP_MANAGER).getId());
        testStaff.setLanguage(chinese, "zh-CN");
        fitsWithoutSidewaysScrolling(english, "my-book-1366-en.png");
        fitsWithoutSidewaysScrolling(chinese, "my-book-1366-zh.png");
    }
}
