package com.cxops.portal.browser;

import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.surveys.SurveyTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The public survey page on a phone (375 px wide) in real Chromium: answer, thank you, second visit (profile -Pbrowser). */
@Tag("browser")
class SurveyPageBrowserTest extends BrowserTestBase {

    @Autowired
    TestCustomers customers;
    @Autowired
    SurveyTestData surveys;

    @Test
    void customer_answers_on_a_phone_sees_thanks_and_a_second_visit_says_already_answered() {
        long customer = customers.create("Anna " + unique("Lee"));
        String token = surveys.sentNpsToken(customer);
        browser.driver.manage().window().setSize(new Dimension(375, 812));

        browser.open("/s/" + token + "?lang=en");
        WebElement legend = browser.waitFor(By.tagName("legend"), Browser.PAGE_LOAD);
        assertThat(legend.getText()).contains("How likely are you to recommend us");
        assertThat(browser.driver.getPageSource()).doesNotContain("<script");
        // fits the phone: nothing wider than the screen
        Number scrollWidth = (Number) browser.js("return document.documentElement.scrollWidth;");
        Number clientWidth = (Number) browser.js("return document.documentElement.clientWidth;");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(clientWidth.intValue());
        // every score button is large enough to tap
        Number height = (Number) browser.js("return document.querySelector(\"label[for='score-7']\").getBoundingClientRect().height;");
        assertThat(height.doubleValue()).isGreaterThanOrEqualTo(44);
        browser.screenshot(Path.of("target", "browser", "surveys-page-375-en.png"));

        // keyboard: focus a score radio and move with the arrow keys, as a person without a mouse does
        WebElement score2 = browser.driver.findElement(By.id("score-2"));
        browser.driver.findElement(By.cssSelector("label[for='score-1']")).click();
        browser.driver.findElement(By.id("score-1")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(score2.isSelected()).isTrue();
        browser.driver.findElement(By.id("comment")).sendKeys("The courier was late");
        browser.driver.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement thanks = browser.waitFor(By.tagName("h1"), Browser.STEP);
        assertThat(thanks.getText()).isEqualTo("Thank you!");
        browser.screenshot(Path.of("target", "browser", "surveys-thanks-375-en.png"));

        browser.open("/s/" + token);
        WebElement again = browser.waitFor(By.tagName("h1"), Browser.STEP);
        assertThat(again.getText()).isEqualTo("Already answered");
        browser.open("/s/" + token + "?lang=zh");
        assertThat(browser.waitFor(By.tagName("h1"), Browser.STEP).getText()).isEqualTo("已作答");
    }

    @Test
    void chinese_page_by_default_with_a_language_switch() {
        long customer = customers.create(unique("张"));
        String token = surveys.sentNpsToken(customer);
        browser.driver.manage().window().setSize(new Dimension(375, 812));
        browser.open("/s/" + token);
        assertThat(browser.waitFor(By.tagName("legend"), Browser.PAGE_LOAD).getText()).contains("您有多大可能");
        browser.screenshot(Path.of("target", "browser", "surveys-page-375-zh.png"));
        browser.driver.findElement(By.linkText("English")).click();
        assertThat(browser.waitFor(By.tagName("legend"), Browser.STEP).getText()).contains("How likely");
    }
}
