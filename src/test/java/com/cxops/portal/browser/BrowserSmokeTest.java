package com.cxops.portal.browser;

import com.cxops.portal.base.Role;
import com.cxops.portal.security.TestStaff;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation in a real browser: log in through Vaadin's login form, see the shell, switch to Chinese, and
 * receive a change pushed by the server over the websocket that Spring Security lets through.
 * Run with {@code ./mvnw test -Pbrowser} (needs Debian's chromium and chromium-driver).
 */
@Tag("browser")
class BrowserSmokeTest extends BrowserTestBase {

    /** The page the browser above runs under: it works with this policy, and the policy and cookie are strict. */
    @Test
    void pages_carry_a_content_security_policy_and_a_same_site_session_cookie() throws Exception {
        final java.net.http.HttpResponse<String> response;
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            response = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/login")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "form-action 'self'");
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        org.assertj.core.api.Assertions.assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> org.assertj.core.api.Assertions.assertThat(cookie)
                        .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        org.assertj.core.api.Assertions.assertThat(response.body()).doesNotContainIgnoringCase(";jsessionid=");
    }

    @Test
    void manager_logs_in_sees_the_shell_and_switches_to_chinese() {
        String username = unique("mgr");
        testStaff.ensure(username, Role.MANAGER);

        browser.open("/login");
        browser.logIn(username, TestStaff.PASSWORD);

        WebElement greeting = browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        assertThat(greeting.getText()).isEqualTo("Hello, Test " + username);
        assertThat(menu()).containsExactly("My work", "Complaints", "SLA at risk", "Corrective actions", "My tasks",
                "Task pools", "My book", "VIP workload", "Absences", "Customers", "SLA dashboard", "Surveys",
                "Survey campaigns", "Reports", "Audit trail");
        assertThat(browser.driver.findElement(By.id("current-user-roles")).getText()).isEqualTo("Manager");

        chooseLanguage("简体中文");

        browser.await(Browser.PAGE_LOAD).until(ExpectedConditions.textToBe(By.id("home-greeting"), "您好，Test " + username));
        assertThat(menu()).containsExactly("我的工作", "投诉", "风险目标", "整改措施", "我的任务", "任务池", "我的客户簿",
                "VIP 工作量", "休假代理", "客户", "服务水平看板", "调查", "调查活动", "报告", "审计日志");
        assertThat(browser.driver.findElement(By.id("current-user-roles")).getText()).isEqualTo("主管");
        assertThat(pushErrors()).isEmpty();
    }

    @Test
    void wrong_password_shows_the_generic_error_and_does_not_log_in() {
        String username = unique("mgr");
        testStaff.ensure(username, Role.MANAGER);

        browser.open("/login");
        browser.logIn(username, TestStaff.PASSWORD + "-wrong");

        browser.await(Browser.PAGE_LOAD).until(d -> d.getCurrentUrl().contains("error"));
        String error = browser.await(Browser.STEP).until(d -> loginErrorText());
        assertThat(error).contains("Login failed").contains("Check your username and password and try again.");
        assertThat(browser.driver.findElements(By.id("home-greeting"))).isEmpty();

        // Still not logged in: the shell sends the browser back to the login page.
        browser.open("/");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"), Browser.PAGE_LOAD);
        assertThat(browser.driver.findElements(By.id("home-greeting"))).isEmpty();
    }

    @Test
    void a_change_made_on_the_server_reaches_the_browser_by_push_over_a_websocket() {
        String username = unique("mgr");
        testStaff.ensure(username, Role.MANAGER);
        browser.open("/login");
        browser.logIn(username, TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.awaitVaadinIdle();

        String sessionId = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        UI ui = openUis.newestOf(sessionId).orElseThrow();
        // No browser request follows, so only push can bring this to the page.
        ui.access(() -> {
            Span probe = new Span("pushed from the server");
            probe.setId("push-probe");
            ui.add(probe);
        });

        assertThat(browser.waitFor(By.id("push-probe"), Browser.STEP).getText()).isEqualTo("pushed from the server");
        assertThat(browser.pushWebsockets()).as("websocket to VAADIN/push opened (HTTP 101)").anyMatch(Browser.PushSocket::upgraded);
        assertThat(pushErrors()).isEmpty();
    }

    /**
     * The push websocket's buffers are small (README "Configuration": portal.push.message-buffer 1 KB, frame buffer
     * 4 KB): a large update still reaches the browser whole — a 4 000-character complaint description in Chinese and
     * English and a list of 300 rows, over 50 KB of JSON in one push message — and the browser sends nothing
     * bigger than the message buffer on the websocket (Vaadin's client sends its own messages over XHR). The
     * connection's socket buffers are 4 KB (portal.server.socket-buffer), so the message also goes out in many pieces.
     */
    @Test
    void a_large_update_reaches_the_browser_by_push_whole_and_the_browser_sends_only_small_messages_on_the_websocket() {
        String username = unique("mgr");
        testStaff.ensure(username, Role.MANAGER);
        browser.open("/login");
        browser.logIn(username, TestStaff.PASSWORD);
        browser.waitFor(By.id("home-greeting"), Browser.PAGE_LOAD);
        browser.awaitVaadinIdle();

        String description = ("顾客投诉：包裹破损，要求退款。 The parcel arrived damaged; the customer asks for a refund. ").repeat(60)
                .substring(0, 4000);
        List<String> rows = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "CX-" + (100000 + i) + " · 物流延误 late delivery, promised callback before noon · row " + i).toList();
        UI ui = openUis.newestOf(browser.sessionId()).orElseThrow();
        ui.access(() -> {
            Span text = new Span(description);
            text.setId("push-long-description");
            com.vaadin.flow.component.html.Div list = new com.vaadin.flow.component.html.Div();
            list.setId("push-rows");
            rows.forEach(r -> list.add(new Span(r)));
            ui.add(text, list);
        });

        assertThat(browser.waitFor(By.id("push-long-description"), Browser.STEP).getAttribute("textContent")).isEqualTo(description);
        assertThat(browser.js("return Array.from(document.querySelectorAll('#push-rows > span')).map(s => s.textContent);"))
                .isEqualTo(rows);
        List<Browser.PushSocket> push = browser.pushWebsockets();
        assertThat(push).as("the home page's push websocket (after the login page's)").isNotEmpty();
        assertThat(push.getLast().open()).as("still open: " + push.getLast()).isTrue();
        assertThat(push.getLast().longestReceived()).as("one push message far larger than the frame buffer").isGreaterThan(50_000);
        assertThat(push).as("messages the browsers sent on the websockets").allMatch(p -> p.sent().stream().allMatch(m -> m.length() <= 1024));
        assertThat(pushErrors()).isEmpty();
        org.apache.catalina.connector.Connector connector = ((org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) spring).getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("4096");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("4096");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext spring;

    /** The login form's error box lives in shadow DOM (vaadin-login-form, then its wrapper); null while hidden
     * or while the page is still loading. */
    private String loginErrorText() {
        return (String) browser.js("""
                const find = root => {
                  for (const el of root.querySelectorAll('*')) {
                    if (el.getAttribute('part') === 'error-message') return el;
                    const inner = el.shadowRoot && find(el.shadowRoot);
                    if (inner) return inner;
                  }
                  return null;
                };
                const form = document.querySelector('vaadin-login-form');
                const box = form && form.shadowRoot && find(form.shadowRoot);
                return box && box.offsetParent !== null ? box.innerText : null;""");
    }

    private List<String> menu() {
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.js(
                "return Array.from(document.querySelectorAll('#side-nav vaadin-side-nav-item[path]'))"
                        + ".map(i => i.textContent.trim());");
        return labels;
    }

    /** Picks a language in the header's select the way a person does; the page then reloads. */
    private void chooseLanguage(String label) {
        browser.awaitVaadinIdle();
        browser.driver.findElement(By.id("language-switch")).click();
        WebElement item = browser.await(Browser.STEP).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && label.equals(i.getText().trim())).findFirst().orElse(null));
        item.click();
    }

    /** Console messages of level SEVERE or WARNING that mention push, websockets or Atmosphere. */
    private List<String> pushErrors() {
        return browser.browserLog().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.toLowerCase().matches("(?s).*(push|websocket|atmosphere).*"))
                .toList();
    }
}
