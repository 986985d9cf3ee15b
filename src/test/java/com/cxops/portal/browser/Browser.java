package com.cxops.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** First page can be slow: the dev-mode bundle is served and the 2-core machine is shared. */
    static final Duration PAGE_LOAD = Duration.ofSeconds(60);
    static final Duration STEP = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path profileDir;

    Browser(int port) {
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

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebDriverWait await(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200));
    }

    WebElement waitFor(By by, Duration timeout) {
        return await(timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Fills Vaadin's login form the way a person does: type into the two fields, press the submit button. */
    void logIn(String username, String password) {
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"), PAGE_LOAD);
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Waits until the Vaadin client has no request in flight (the UI is ready for the next step). */
    void awaitVaadinIdle() {
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

    void screenshot(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page source and a picture under target/, to see what the browser saw when a step fails. */
    void dump(String name) {
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
