package com.cxops.portal.surveys;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskStatus;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every unhappy answer gets exactly one follow-up task for the right owner, due within 48 hours. */
class FollowUpTest extends SurveyTestSupport {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    FollowUps followUps;

    private long answerId(String token) {
        long invitationId = jdbc.queryForObject("SELECT id FROM survey_invitation WHERE token_hash = ?", Long.class, SurveyTokens.hash(token));
        return answers.findByInvitationId(invitationId).orElseThrow().getId();
    }

    @Test
    void csat_of_2_creates_one_task_for_the_agent_who_handled_the_complaint_who_records_the_outcome() {
        clock.set(Instant.parse("2026-10-05T08:00:00Z"));
        String agent = newStaff(Role.AGENT);
        long agentId = staffId(agent);
        long customer = customer();
        Complaint c = intake(customer);
        Complaint assigned = asManager(() -> assignment.assign(c.getId(), agentId, null, c.getVersion()));
        Complaint resolved = asManager(() -> move(move(move(assigned, ComplaintStatus.ACKNOWLEDGED), ComplaintStatus.IN_PROGRESS), ComplaintStatus.RESOLVED));
        assertThat(resolved.getAssigneeId()).isEqualTo(agentId);
        clock.advance(Duration.ofHours(2));
        sendDue();
        String token = tokenFromMail(customer);

        clock.set(Instant.parse("2026-10-05T11:00:00Z"));
        assertThat(publicSurveys.answer(token, "2", "Nobody called me back", "en", "10.8.0.1"))
                .isInstanceOf(PublicSurveyService.Outcome.Saved.class);
        long answer = answerId(token);
        Long taskId = answers.findById(answer).orElseThrow().getFollowUpTaskId();
        assertThat(taskId).isNotNull();
        // processed a second time: still the one task
        assertThat(followUps.createFor(answer)).contains(taskId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE source_type = 'SURVEY_ANSWER' AND source_id = ?",
                Long.class, Long.toString(answer))).isOne();

        actAs(agent, Role.AGENT);
        TaskRow task = tasks.find(taskId).orElseThrow();
        assertThat(task.typeCode()).isEqualTo(TaskType.SURVEY_FOLLOW_UP);
        assertThat(task.ownerId()).isEqualTo(agentId);
        assertThat(task.dueAt()).isEqualTo(Instant.parse("2026-10-07T11:00:00Z"));
        assertThat(task.customerId()).isEqualTo(customer);
        assertThat(task.title()).contains("CSAT 2");
        TaskRow done = workflow.complete(taskId, task.version(), "RESOLVED", "Called, refund sent");
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void vip_detractor_goes_to_the_account_manager_and_passives_or_promoters_create_nothing() {
        clock.set(Instant.parse("2026-10-06T08:00:00Z"));
        String manager = newStaff(Role.VIP_MANAGER);
        long managerId = staffId(manager);
        long vip = customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, false, managerId);
        String token = sentNps(vip);
        publicSurveys.answer(token, "6", null, "zh", "10.8.0.2");
        Long taskId = answers.findById(answerId(token)).orElseThrow().getFollowUpTaskId();
        actAs(manager, Role.VIP_MANAGER);
        assertThat(tasks.find(taskId).orElseThrow().ownerId()).isEqualTo(managerId);

        long regular = customer();
        String passive = sentNps(regular);
        publicSurveys.answer(passive, "7", "fine", "zh", "10.8.0.2");
        long other = customer();
        String promoter = sentNps(other);
        publicSurveys.answer(promoter, "10", null, "zh", "10.8.0.2");
        assertThat(answers.findById(answerId(passive)).orElseThrow().getFollowUpTaskId()).isNull();
        assertThat(followUps.createFor(answerId(promoter))).isEmpty();
    }

    @Test
    void regular_detractor_without_an_owner_goes_to_a_pool() {
        clock.set(Instant.parse("2026-10-07T08:00:00Z"));
        long customer = customer();
        String token = sentNps(customer);
        publicSurveys.answer(token, "0", "terrible", "zh", "10.8.0.3");
        Long taskId = answers.findById(answerId(token)).orElseThrow().getFollowUpTaskId();
        assertThat(jdbc.queryForObject("SELECT owner_id FROM task WHERE id = ?", Long.class, taskId)).isNull();
        assertThat(jdbc.queryForObject("SELECT pool FROM task WHERE id = ?", String.class, taskId)).isNotBlank();
    }

    @Test
    void the_sweep_makes_a_missed_follow_up_of_the_sweep_window_and_leaves_older_answers_alone() {
        clock.set(Instant.parse("2026-10-08T08:00:00Z"));
        String oldToken = sentNps(customer());
        publicSurveys.answer(oldToken, "2", null, "en", "10.8.0.9");
        clock.advance(Duration.ofDays(31));
        String recentToken = sentNps(customer());
        publicSurveys.answer(recentToken, "3", null, "en", "10.8.0.9");
        long old = answerId(oldToken);
        long recent = answerId(recentToken);
        // as if the task service had been down when both were answered
        jdbc.update("UPDATE survey_answer SET follow_up_task_id = NULL WHERE id IN (?, ?)", old, recent);

        followUps.sweep(100_000);

        assertThat(answers.findById(recent).orElseThrow().getFollowUpTaskId()).isNotNull();
        assertThat(answers.findById(old).orElseThrow().getFollowUpTaskId()).as("answered 31 days ago, window 30").isNull();
    }
}
