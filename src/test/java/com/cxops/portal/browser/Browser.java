package com.cxops.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by Debian's chromedriver. Both paths are fixed so that Selenium Manager never
 * tries to download a browser or driver (the build machines have no internet); the switches keep Chromium from
 * calling home, whose connections stall on a closed network.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** First page can be slow: the dev-mode bundle is served and the 2-core machine is shared. */
    public static final Duration PAGE_LOAD = Duration.ofSeconds(60);
    public static final Duration STEP = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path profileDir;

    /** A fresh browser (its own profile: no cookies, no cache) for the portal on this port of localhost. */
    public Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profileDir = Files.createTempDirectory("cxops-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profileDir);
        // English unless a test switches: the login page follows the browser's language.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        driver.manage().timeouts().scriptTimeout(STEP);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebDriverWait await(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200));
    }

    public WebElement waitFor(By by, Duration timeout) {
        return await(timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Fills Vaadin's login form the way a person does: type into the two fields, press the submit button. */
    public void logIn(String username, String password) {
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"), PAGE_LOAD);
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Waits until the Vaadin client has no request in flight (the UI is ready for the next step). */
    public void awaitVaadinIdle() {
        await(STEP).until(d -> Boolean.TRUE.equals(js(
                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + "return !!c && Object.values(c).every(x => !x.isActive || !x.isActive());")));
    }

    /** Idle, and Vaadin's loading bar at the top has faded out (it would show in a screenshot). */
    void awaitSettled() {
        awaitVaadinIdle();
        await(STEP).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".v-loading-indicator")));
    }

    List<LogEntry> browserLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    List<LogEntry> performanceLog() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll();
    }

    /**
     * A websocket the page opened to VAADIN/push: the server's answer to its handshake (0: none yet), whether it
     * closed, the messages the browser sent on it and the longest one it received (characters of payload, as Chromium
     * reports each message).
     */
    public record PushSocket(String url, int status, boolean closed, List<String> sent, int longestReceived) {
        public boolean upgraded() {
            return status == 101;
        }

        public boolean open() {
            return upgraded() && !closed;
        }
    }

    /**
     * The websockets to VAADIN/push the browser opened, oldest first, from Chromium's network events in the
     * performance log. Reading drains that log: call it once, after the steps to check.
     */
    @SuppressWarnings("unchecked")
    public List<PushSocket> pushWebsockets() {
        Json json = new Json();
        Map<String, PushSocket> sockets = new java.util.LinkedHashMap<>();
        for (LogEntry entry : performanceLog()) {
            Map<String, Object> message = (Map<String, Object>) ((Map<String, Object>) json.toType(entry.getMessage(), Map.class)).get("message");
            String method = String.valueOf(message.get("method"));
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            String request = params == null ? "" : String.valueOf(params.get("requestId"));
            PushSocket known = sockets.get(request);
            if ("Network.webSocketCreated".equals(method) && String.valueOf(params.get("url")).contains("VAADIN/push")) {
                sockets.put(request, new PushSocket(String.valueOf(params.get("url")), 0, false, List.of(), 0));
            } else if ("Network.webSocketHandshakeResponseReceived".equals(method) && known != null) {
                int status = ((Number) ((Map<String, Object>) params.get("response")).get("status")).intValue();
                sockets.put(request, new PushSocket(known.url(), status, known.closed(), known.sent(), known.longestReceived()));
            } else if ("Network.webSocketClosed".equals(method) && known != null) {
                sockets.put(request, new PushSocket(known.url(), known.status(), true, known.sent(), known.longestReceived()));
            } else if ("Network.webSocketFrameSent".equals(method) && known != null) {
                List<String> sent = new java.util.ArrayList<>(known.sent());
                sent.add(String.valueOf(((Map<String, Object>) params.get("response")).get("payloadData")));
                sockets.put(request, new PushSocket(known.url(), known.status(), known.closed(), List.copyOf(sent), known.longestReceived()));
            } else if ("Network.webSocketFrameReceived".equals(method) && known != null) {
                int length = String.valueOf(((Map<String, Object>) params.get("response")).get("payloadData")).length();
                sockets.put(request, new PushSocket(known.url(), known.status(), known.closed(), known.sent(),
                        Math.max(length, known.longestReceived())));
            }
        }
        return List.copyOf(sockets.values());
    }

    /** The HTTP session's id on the server (the JSESSIONID cookie), or null before the server set one. */
    public String sessionId() {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Clicks this element as a person does (Selenium's click: scrolled into view, a real mouse event). */
    public void click(WebElement element) {
        element.click();
    }

    void screenshot(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page source and a picture under target/, to see what the browser saw when a step fails. */
    public void dump(String name) {
        try {
            Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".html"), String.valueOf(driver.getPageSource()));
            screenshot(dir.resolve(name + ".png"));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser state: " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profileDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException | UncheckedIOException leftover) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
