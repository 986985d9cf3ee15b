package com.cxops.portal.browser;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's work of each role in a real browser, each ending with a picture under target/journeys/ for review:
 * an agent works a complaint to closed, a manager bulk-assigns and reads the SLA dashboard, an executive acknowledges
 * a major complaint from the bell, and the queue on a phone shows one card per complaint.
 */
@Tag("browser")
class DailyUseJourneysTest extends BrowserTestBase {

    private static final Path SHOTS = Path.of("target", "journeys");

    @Autowired
    ComplaintIntakeService complaintIntake;
    @Autowired
    TestCustomers customers;

    /** A complaint logged by a manager through the service, as intake would. */
    private Complaint complaint(String subject, SpreadRisk spread) {
        String manager = unique("m");
        testStaff.ensure(manager, Role.MANAGER);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(manager, null,
                AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
        try {
            ComplaintForm f = new ComplaintForm();
            f.setCustomerId(customers.create(unique("Customer ")));
            f.setChannel(ComplaintChannel.EMAIL);
            f.setCategory(ComplaintCategory.LATE_DELIVERY);
            f.setSubject(subject);
            f.setDescription("Parcel promised for Monday, still not here.");
            f.setSpreadRisk(spread);
            f.setAffectedCount(1);
            return complaintIntake.create(f);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void logInAs(Role role, String username) {
        testStaff.ensure(username, role);
        browser.open("/login");
        browser.logIn(username, TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.awaitSettled();
    }

    private void click(String id) {
        browser.await(Browser.STEP).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        browser.awaitSettled();
    }

    private String status() {
        return browser.waitFor(By.id("complaint-status"), Browser.STEP).getText();
    }

    @Test
    void agent_takes_a_complaint_and_works_it_to_closed() {
        Complaint c = complaint(unique("Late parcel "), SpreadRisk.PRIVATE);
        logInAs(Role.AGENT, unique("agent"));
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
        browser.open("/complaints/" + c.getId());
        browser.waitFor(By.id("complaint-title"), Browser.PAGE_LOAD);
        browser.awaitSettled();
        click("complaint-take");
        for (String step : List.of("ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED", "CLOSED")) {
            click("transition-" + step);
            browser.await(Browser.STEP).until(d -> !d.findElements(By.id("complaint-status")).isEmpty()
                    && !d.findElements(By.id("transition-" + step)).stream().anyMatch(WebElement::isDisplayed));
        }
        assertThat(status()).isEqualTo("Closed");
        assertThat(browser.driver.findElement(By.id("complaint-read-only")).getText()).startsWith("Closed: read only");
        assertThat(browser.driver.findElements(By.id("complaint-edit"))).isEmpty();
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no page-wide horizontal scrollbar").isTrue();
        browser.screenshot(SHOTS.resolve("agent-closed-complaint-1366.png"));
    }

    @Test
    void manager_bulk_assigns_two_complaints_and_reads_the_sla_dashboard() {
        String tag = unique("Bulk ");
        complaint(tag + " one", SpreadRisk.PRIVATE);
        complaint(tag + " two", SpreadRisk.PRIVATE);
        String agent = unique("agent");
        testStaff.ensure(agent, Role.AGENT);
        logInAs(Role.MANAGER, unique("mgr"));
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
        browser.open("/complaints");
        WebElement search = browser.waitFor(By.cssSelector("#filter-text input"), Browser.PAGE_LOAD);
        search.sendKeys(tag);
        browser.await(Browser.STEP).until(ExpectedConditions.textToBe(By.id("complaint-count"), "2 complaints"));
        browser.awaitSettled();
        List<WebElement> boxes = browser.await(Browser.STEP).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#complaints-grid vaadin-grid-cell-content vaadin-checkbox"));
            return found.size() >= 3 ? found : null;
        });
        // the first checkbox selects all; the rows follow
        boxes.get(1).click();
        boxes.get(2).click();
        browser.awaitSettled();
        click("bulk-assign");
        WebElement who = browser.waitFor(By.cssSelector("#bulk-assignee input"), Browser.STEP);
        who.sendKeys("Test " + agent);
        browser.awaitSettled();
        who.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.awaitSettled();
        click("bulk-assign-save");
        browser.await(Browser.STEP).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        String toast = browser.driver.findElement(By.cssSelector("vaadin-notification-card")).getText();
        assertThat(toast).isEqualTo("2 assigned.");
        browser.screenshot(SHOTS.resolve("manager-bulk-assigned-1366.png"));

        browser.open("/sla/dashboard");
        browser.awaitSettled();
        assertThat(browser.driver.getTitle()).startsWith("SLA dashboard");
        browser.screenshot(SHOTS.resolve("manager-sla-dashboard-1366.png"));
    }

    @Test
    void executive_acknowledges_a_major_complaint_from_the_bell() {
        String exec = unique("exec");
        testStaff.ensure(exec, Role.EXECUTIVE);
        Complaint c = complaint(unique("Viral video "), SpreadRisk.MEDIA_VIRAL);
        logInAs(Role.EXECUTIVE, exec);
        click("notification-bell-button");
        WebElement item = browser.await(Browser.STEP).until(d -> d.findElements(By.cssSelector(".cx-notification-item")).stream()
                .filter(e -> e.getText().contains(c.getNumber())).findFirst().orElse(null));
        item.click();
        browser.waitFor(By.id("complaint-title"), Browser.PAGE_LOAD);
        browser.awaitSettled();
        click("complaint-exec-ack");
        browser.await(Browser.STEP).until(d -> d.findElements(By.id("complaint-exec-ack")).isEmpty());
        assertThat(browser.driver.findElement(By.id("fact-exec-ack")).getText()).contains("Test " + exec);
        browser.screenshot(SHOTS.resolve("executive-acknowledged-1366.png"));
    }

    @Test
    void the_queue_on_a_phone_shows_one_card_per_complaint() {
        String tag = unique("Phone ");
        Complaint c = complaint(tag + " parcel", SpreadRisk.PUBLIC_POST);
        logInAs(Role.MANAGER, unique("mgr"));
        // headless Chromium keeps windows at least 500 px wide; the device metrics make the page 375 px like a phone
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        browser.open("/complaints");
        WebElement search = browser.waitFor(By.cssSelector("#filter-text input"), Browser.PAGE_LOAD);
        browser.awaitSettled();
        search.sendKeys(tag);
        WebElement card = browser.await(Browser.STEP).until(d -> d.findElements(By.cssSelector("#complaints-grid .cx-qcard")).stream()
                .filter(e -> e.getText().contains(c.getNumber())).findFirst().orElse(null));
        assertThat(card.getText()).contains(tag + " parcel").contains("Urgent");
        assertThat(card.findElements(By.cssSelector(".cx-sla"))).isNotEmpty();
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= 375")).as("fits 375 px").isTrue();
        browser.awaitSettled();
        browser.screenshot(SHOTS.resolve("queue-cards-375.png"));
    }
}
