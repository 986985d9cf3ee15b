package com.cxops.portal.surveys;

import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskPools;
import com.cxops.portal.tasks.TaskPriority;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The closed loop (DOMAIN.md "Surveys"): an NPS detractor (0-6) or a CSAT of 1-2 creates one follow-up task, due
 * within the setting's hours of the answer, for the customer's owner: the agent who handled the complaint (CSAT), the
 * account manager of a VIP, otherwise the customer-recovery pool of a team. Task creation is idempotent per answer,
 * so an answer processed twice (a second event, the sweep) still has one task.
 */
@Component
public class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final AnswerRepository answers;
    private final SubjectFacts facts;
    private final TaskWorkflowService tasks;
    private final SurveySettings settings;
    private final TransactionTemplate tx;
    private final java.time.Clock clock;

    FollowUps(AnswerRepository answers, SubjectFacts facts, TaskWorkflowService tasks, SurveySettings settings,
              PlatformTransactionManager transactions, java.time.Clock clock) {
        this.clock = clock;
        this.answers = answers;
        this.facts = facts;
        this.tasks = tasks;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Published after the answer is committed; a failure here is caught up by the sweep. */
    @EventListener
    public void onAnswered(SurveyAnswered e) {
        if (!e.unhappy()) {
            return;
        }
        try {
            createFor(e.answerId());
        } catch (RuntimeException ex) {
            log.warn("Follow-up of survey answer {} not created now; the sweep will retry", e.answerId(), ex);
        }
    }

    /** Creates (or finds) the follow-up task of an unhappy answer and links it to the answer; empty for a happy one. */
    public Optional<Long> createFor(long answerId) {
        Request r = tx.execute(s -> answers.findById(answerId).filter(Answer::unhappy).map(this::request).orElse(null));
        if (r == null) {
            return Optional.empty();
        }
        long taskId = tasks.createFromSource(r.task()).task().id();
        tx.executeWithoutResult(s -> answers.findById(answerId).ifPresent(a -> {
            if (a.getFollowUpTaskId() == null) {
                a.followUp(taskId);
            }
        }));
        return Optional.of(taskId);
    }

    /**
     * Unhappy answers of the sweep window still without a task (e.g. the task service was down), a batch at a time.
     * Older ones are left alone: history loaded into the tables (or the demo's 15 months of answers) would otherwise
     * turn into tasks overdue by months that nobody can act on any more.
     */
    public int sweep(int limit) {
        java.time.Instant since = clock.instant().minus(settings.sweepWindow());
        List<Long> ids = tx.execute(s -> answers.unhappyWithoutFollowUp(since, org.springframework.data.domain.PageRequest.of(0, limit)));
        ids.forEach(this::createFor);
        return ids.size();
    }

    /**
     * The recovery team of the setting, if it still exists. A team removed after it was chosen does not lose the
     * follow-up: it goes where it would with no recovery team set (the complaint's team, else the concierge pool).
     */
    private Long recoveryTeam() {
        Long team = settings.recoveryTeamId();
        if (team != null && !facts.teamExists(team)) {
            log.warn("Recovery team {} of {} no longer exists; follow-ups go to the complaint's team or the concierge pool",
                    team, SurveySettings.RECOVERY_TEAM);
            return null;
        }
        return team;
    }

    private record Request(NewTask task) {
    }

    private Request request(Answer a) {
        CustomerFacts.Snapshot customer = facts.customer(a.getCustomerId()).orElse(null);
        Long owner = null;
        if (a.getKind() == SurveyKind.CSAT && a.getAgentId() != null) {
            owner = a.getAgentId();
        } else if (customer != null && customer.vip() && customer.accountManagerId() != null) {
            owner = customer.accountManagerId();
        }
        String pool = null;
        if (owner == null) {
            Long team = recoveryTeam();
            if (team == null) {
                team = a.getTeamId();
            }
            pool = team != null ? TaskPools.team(team) : TaskPools.CONCIERGE;
        }
        Instant due = a.getAnsweredAt().plus(settings.followUpDue());
        String name = customer == null ? "#" + a.getCustomerId() : customer.name();
        String title = a.getKind().name() + " " + a.getScore() + " – " + name;
        String description = a.getKind().name() + " " + a.getScore() + "/" + a.getKind().max()
                + (a.getComplaintId() != null ? " (complaint " + a.getComplaintId() + ")" : "")
                + (a.getComment() == null ? "" : "\n\n" + a.getComment());
        String link = a.getComplaintId() != null ? "complaints/" + a.getComplaintId() : "customers/" + a.getCustomerId();
        return new Request(new NewTask(TaskType.SURVEY_FOLLOW_UP, a.getCustomerId(), TaskSource.surveyAnswer(a.getId(), link),
                owner, pool, due, TaskPriority.HIGH, title, description));
    }
}
