package com.cxops.portal.sla;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.TimelineEntry;
import com.cxops.portal.complaints.TimelineKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** DOMAIN.md: public negative opinion needs a statement within 2 hours; the statement is an act, not a status. */
class PublicStatementTest extends SlaTestSupport {

    @Autowired
    PublicStatementService statements;
    @Autowired
    WebApplicationContext wac;

    @Test
    void a_status_change_does_not_meet_the_public_statement_and_a_published_statement_does() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-04-01T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        assertThat(kinds(c.getId())).contains(SlaTargetKind.PUBLIC_STATEMENT);
        clock.set(Instant.parse("1997-04-01T02:10:00Z"));
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        assertThat(clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT).isRunning()).isTrue();

        clock.set(Instant.parse("1997-04-01T03:30:00Z"));
        Instant published = Instant.parse("1997-04-01T03:20:00Z");
        PublicStatement s = asManager(() -> statements.publish(c.getId(), new PublicStatementService.StatementForm(
                StatementChannel.WEIBO, "https://weibo.com/123/abc", "We are sorry and are replacing every affected kettle.", "PR desk", published)));

        SlaClock statement = clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isRunning()).isFalse();
        assertThat(statement.getMetAt()).isEqualTo(published);
        assertThat(statement.isBreached()).isFalse();
        assertThat(statement.getBusinessMinutes()).isEqualTo(80);
        assertThat(s.getRecordedAt()).isEqualTo(Instant.parse("1997-04-01T03:30:00Z"));
        List<TimelineEntry> timeline = asManager(() -> timeline(c.getId()));
        assertThat(timeline).filteredOn(e -> e.getKind() == TimelineKind.STATEMENT).singleElement().satisfies(e -> {
            assertThat(e.getOccurredAt()).isEqualTo(published);
            assertThat(e.getToValue()).isEqualTo("WEIBO");
            assertThat(e.getBody()).contains("PR desk").contains("https://weibo.com/123/abc");
        });
        assertThat(asManager(() -> statements.statementsOf(c.getId()))).extracting(PublicStatement::getPublishedBy).containsExactly("PR desk");
    }

    @Test
    void a_statement_published_after_two_hours_breaches_the_target() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-04-02T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        clock.set(Instant.parse("1997-04-02T05:00:00Z"));
        asManager(() -> statements.publish(c.getId(), new PublicStatementService.StatementForm(
                StatementChannel.WEBSITE, null, "Statement on our website", "Press office", Instant.parse("1997-04-02T04:00:01Z"))));
        SlaClock statement = clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isBreached()).isTrue();
        assertThat(statement.getBreachedAt()).isEqualTo(Instant.parse("1997-04-02T04:00:00Z"));
    }

    @Test
    void bad_input_is_refused_field_by_field_and_changes_nothing() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-04-03T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        assertThatThrownBy(() -> asManager(() -> statements.publish(c.getId(), new PublicStatementService.StatementForm(
                null, "ftp://x", "", " ", Instant.parse("1997-04-03T03:00:00Z")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors()).containsKeys("channel", "link", "publishedBy", "publishedAt"));
        assertThatThrownBy(() -> asManager(() -> statements.publish(c.getId(), new PublicStatementService.StatementForm(
                StatementChannel.OTHER, "", "", "PR", Instant.parse("1997-04-03T01:00:00Z")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors()).containsKeys("text", "publishedAt"));
        assertThat(asManager(() -> statements.statementsOf(c.getId()))).isEmpty();
        assertThat(clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT).isRunning()).isTrue();
    }

    @Test
    void a_statement_over_its_limits_says_each_limit_and_changes_nothing() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-04-03T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        assertThatThrownBy(() -> asManager(() -> statements.publish(c.getId(), new PublicStatementService.StatementForm(StatementChannel.WEIBO,
                "https://weibo.com/" + "l".repeat(PublicStatement.LINK_MAX), "t".repeat(PublicStatement.TEXT_MAX + 1),
                "p".repeat(PublicStatement.PUBLISHED_BY_MAX + 1), Instant.parse("1997-04-03T02:00:00Z")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsOnly(java.util.Map.entry("link", InvalidInputException.TOO_LONG),
                            java.util.Map.entry("text", InvalidInputException.TOO_LONG), java.util.Map.entry("publishedBy", InvalidInputException.TOO_LONG));
                    assertThat(e.arguments("link")).containsExactly(PublicStatement.LINK_MAX);
                    assertThat(e.arguments("publishedBy")).containsExactly(PublicStatement.PUBLISHED_BY_MAX);
                });
        assertThatThrownBy(() -> asManager(() -> statements.publish(c.getId(), new PublicStatementService.StatementForm(StatementChannel.WEIBO,
                "", "Sor\u0007ry", "P\u0000R", Instant.parse("1997-04-03T02:00:00Z")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnly(java.util.Map.entry("text", "error.text.control"), java.util.Map.entry("publishedBy", "error.text.control")));
        assertThat(asManager(() -> statements.statementsOf(c.getId()))).isEmpty();
    }

    @Test
    void an_integration_reports_a_statement_through_the_api() throws Exception {
        Crew crew = crew();
        clock.set(Instant.parse("1997-04-04T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.MEDIA_VIRAL);
        clock.set(Instant.parse("1997-04-04T02:45:00Z"));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(wac).build();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("api:social", null,
                List.of(new SimpleGrantedAuthority("ROLE_INTEGRATION"))));
        mvc.perform(post("/api/complaints/" + c.getId() + "/statements").contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "DOUYIN", "link": "https://www.douyin.com/video/1", "publishedBy": "Social desk",
                         "publishedAt": "1997-04-04T02:40:00Z"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("DOUYIN"))
                .andExpect(jsonPath("$.recordedBy").value("api:social"));
        mvc.perform(post("/api/complaints/" + c.getId() + "/statements").contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "DOUYIN", "publishedBy": "Social desk", "publishedAt": "1997-04-04T02:40:00Z"}"""))
                .andExpect(status().isBadRequest());
        SecurityContextHolder.clearContext();
        assertThat(clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT).getMetAt()).isEqualTo(Instant.parse("1997-04-04T02:40:00Z"));
    }

    @Test
    void closing_without_a_statement_cancels_the_public_statement_and_the_monitor_leaves_it_alone() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-04-05T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        clock.set(Instant.parse("1997-04-05T02:20:00Z"));
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        move(c.getId(), ComplaintStatus.RESOLVED);
        assertThat(clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT).isRunning()).isTrue();  // a statement may still follow
        move(c.getId(), ComplaintStatus.CLOSED);

        SlaClock statement = clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isRunning()).isFalse();
        assertThat(statement.getCancelledAt()).isEqualTo(Instant.parse("1997-04-05T02:20:00Z"));
        assertThat(statement.isBreached()).isFalse();
        assertThat(summaryDue(c.getId())).isNull();
        clock.set(Instant.parse("1997-04-05T09:00:00Z"));
        actAsNew(com.cxops.portal.base.Role.MANAGER);
        monitor.tick();
        assertThat(clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT).isBreached()).isFalse();
        assertThat(escalations(c.getId())).noneMatch(e -> e.startsWith("PUBLIC_STATEMENT"));
    }

    @Test
    void closing_after_the_statement_was_due_keeps_it_breached() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-04-06T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        move(c.getId(), ComplaintStatus.RESOLVED);
        clock.set(Instant.parse("1997-04-06T05:00:00Z"));  // the statement was due at 04:00; no monitor ran
        move(c.getId(), ComplaintStatus.CLOSED);

        SlaClock statement = clock(c.getId(), SlaTargetKind.PUBLIC_STATEMENT);
        assertThat(statement.isRunning()).isFalse();
        assertThat(statement.isBreached()).isTrue();
        assertThat(statement.getBreachedAt()).isEqualTo(Instant.parse("1997-04-06T04:00:00Z"));
    }
}
