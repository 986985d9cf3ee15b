package com.cxops.portal.surveys;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public answer page over HTTP: no login, CSRF, the same page for every unusable link, and its weight. */
class SurveyPageTest extends SurveyTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebApplicationContext wac;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private MvcResult open(String path, MockHttpSession session, String address) throws Exception {
        return mvc.perform(get(path).session(session).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
    }

    private static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void customer_answers_once_sees_thanks_and_a_second_visit_says_already_answered() throws Exception {
        clock.set(Instant.parse("2026-09-01T08:00:00Z"));
        long customer = customers.create("Anna Smith");
        String token = sentNps(customer);
        MockHttpSession session = new MockHttpSession();
        String address = "10.2.0.1";

        MvcResult page = open("/s/" + token, session, address);
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = html(page);
        assertThat(html).contains("您有多大可能向朋友或同事推荐我们？").contains("Anna").doesNotContain("Smith")
                .contains("id=\"score-0\"").contains("id=\"score-10\"").doesNotContain("<script");
        // weight: the whole page (HTML with its inline CSS) is far below 50 KB
        assertThat(page.getResponse().getContentAsByteArray().length).isLessThan(50 * 1024);
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'none'");

        // without the CSRF token nothing is saved
        mvc.perform(post("/s/" + token).session(session).param("score", "3").with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andExpect(status().isForbidden());
        assertThat(answers.count()).isGreaterThanOrEqualTo(0);

        String english = html(open("/s/" + token + "?lang=en", session, address));
        assertThat(english).contains("How likely are you to recommend us");
        mvc.perform(post("/s/" + token).session(session).param("_csrf", csrf(english)).param("score", "3")
                        .param("comment", "<b>late</b> courier").param("lang", "en").with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/s/" + token + "?lang=en&thanks=1"));

        assertThat(html(open("/s/" + token + "?lang=en&thanks=1", session, address))).contains("Thank you!");
        assertThat(html(open("/s/" + token + "?lang=en", session, address))).contains("already been answered");
        Answer saved = jdbcAnswer(token);
        assertThat(saved.getScore()).isEqualTo(3);
        assertThat(saved.getComment()).isEqualTo("<b>late</b> courier");
        assertThat(saved.getThemes()).contains("delivery");
        assertThat(saved.getLanguage()).isEqualTo("en");
    }

    private Answer jdbcAnswer(String token) {
        long invitationId = jdbc.queryForObject("SELECT id FROM survey_invitation WHERE token_hash = ?", Long.class, SurveyTokens.hash(token));
        return answers.findByInvitationId(invitationId).orElseThrow();
    }

    @Test
    void expired_unknown_malformed_and_overlong_links_show_the_same_friendly_page() throws Exception {
        clock.set(Instant.parse("2026-09-02T08:00:00Z"));
        long customer = customer();
        String token = sentNps(customer);
        MockHttpSession session = new MockHttpSession();

        clock.advance(Duration.ofDays(14));
        String expired = html(open("/s/" + token, session, "10.3.0.1"));
        String unknown = html(open("/s/" + SurveyTokens.newToken(), session, "10.3.0.1"));
        String malformed = html(open("/s/not-a-token", session, "10.3.0.1"));
        String overlong = html(open("/s/" + "a".repeat(5000), session, "10.3.0.1"));
        assertThat(expired).contains("此调查链接已失效");
        for (String other : new String[]{unknown, malformed, overlong}) {
            assertThat(other).contains("此调查链接已失效").doesNotContain("Exception").doesNotContain("<script");
        }
    }

    @Test
    void a_score_off_the_scale_or_a_too_long_comment_changes_nothing_and_says_why() throws Exception {
        clock.set(Instant.parse("2026-09-03T08:00:00Z"));
        long customer = customer();
        String token = sentNps(customer);
        MockHttpSession session = new MockHttpSession();
        String html = html(open("/s/" + token + "?lang=en", session, "10.4.0.1"));

        MvcResult r = mvc.perform(post("/s/" + token).session(session).param("_csrf", csrf(html)).param("score", "11")
                .param("lang", "en")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(r)).contains("Please choose a score on the scale.");
        r = mvc.perform(post("/s/" + token).session(session).param("_csrf", csrf(html)).param("score", "abc")
                .param("lang", "en")).andReturn();
        assertThat(html(r)).contains("Please choose a score on the scale.");
        r = mvc.perform(post("/s/" + token).session(session).param("_csrf", csrf(html)).param("score", "9")
                .param("comment", "x".repeat(20_000)).param("lang", "en")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(r)).contains("Your comment is too long");
        long invitationId = jdbc.queryForObject("SELECT id FROM survey_invitation WHERE token_hash = ?", Long.class, SurveyTokens.hash(token));
        assertThat(answers.findByInvitationId(invitationId)).isEmpty();
    }

    @Test
    void failed_look_ups_from_one_address_are_refused_above_the_limit() throws Exception {
        clock.set(Instant.parse("2026-09-04T08:00:00Z"));
        long customer = customer();
        String token = sentNps(customer);
        MockHttpSession session = new MockHttpSession();
        String address = "10.5.0." + (int) (Math.random() * 200);
        for (int i = 0; i < 20; i++) {
            open("/s/" + SurveyTokens.newToken(), session, address);
        }
        MvcResult refused = open("/s/" + token, session, address);
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(html(refused)).contains("请稍后再试");
        // another address still gets its page; after the window the first one does too
        assertThat(html(open("/s/" + token, session, "10.6.0.1"))).contains("score-10");
        clock.advance(Duration.ofMinutes(16));
        assertThat(html(open("/s/" + token, session, address))).contains("score-10");
    }
}
