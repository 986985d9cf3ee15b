package com.cxops.portal.concierge;

import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The occasions engine: once a day (shop time zone) it creates each VIP's birthday, registration-anniversary and
 * membership-anniversary task a set number of days ahead, for VIPs and optionally gold and diamond members.
 * <p>
 * Idempotent: the task source is (customer, occasion, year), unique per task type, so running twice, on two nodes at
 * once, or again after a restart creates one task per occasion. It remembers the last day it covered and catches up
 * the days it missed while the portal was down (at most a set number of days).
 */
@Component
public class OccasionJob {

    public static final String JOB = "occasions";
    private static final int PAGE = 1000;
    private static final Logger log = LoggerFactory.getLogger(OccasionJob.class);

    public record Result(LocalDate from, LocalDate to, int created, int existing) {
    }

    private final CustomerFacts customers;
    private final JdbcTemplate jdbc;
    private final TaskWorkflowService tasks;
    private final ConciergeSettings settings;
    private final ShopSettings shop;
    private final Clock clock;

    OccasionJob(CustomerFacts customers, JdbcTemplate jdbc, TaskWorkflowService tasks, ConciergeSettings settings, ShopSettings shop,
                Clock clock) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.settings = settings;
        this.shop = shop;
        this.clock = clock;
    }

    /** Hourly, so that a node that was down catches up soon after it starts; each run covers the days not yet covered. */
    @Scheduled(cron = "${portal.concierge.occasions-cron:0 7 * * * *}")
    @SchedulerLock(name = "concierge-occasions", lockAtMostFor = "PT30M")
    public void scheduled() {
        Result r = runNow();
        if (r.created() > 0) {
            log.info("Occasions job covered {} to {}: {} tasks created", r.from(), r.to(), r.created());
        }
    }

    /** Covers every day from the one after the last covered day up to today (shop zone). */
    public Result runNow() {
        ZoneId zone = shop.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate last = lastDay();
        LocalDate from = last == null ? today : last.plusDays(1);
        LocalDate earliest = today.minusDays(settings.maxCatchUpDays() - 1L);
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        if (from.isAfter(today)) {
            return new Result(from, today, 0, 0);
        }
        int ahead = settings.occasionDaysAhead();
        boolean goldDiamond = settings.occasionsForGoldAndDiamond();
        int created = 0;
        int existing = 0;
        long after = 0;
        while (true) {
            List<CustomerFacts.Dates> page = customers.vipDatesAfter(after, goldDiamond, PAGE);
            for (CustomerFacts.Dates c : page) {
                for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                    LocalDate target = day.plusDays(ahead);
                    for (OccasionKind kind : OccasionKind.values()) {
                        LocalDate anchor = switch (kind) {
                            case BIRTHDAY -> c.birthday();
                            case REGISTRATION -> c.registeredAt() == null ? null : c.registeredAt().atZone(zone).toLocalDate();
                            case MEMBERSHIP -> c.anniversary();
                        };
                        if (!OccasionRules.fallsOn(anchor, target)) {
                            continue;
                        }
                        boolean isNew = create(c, kind, anchor, target, zone);
                        created += isNew ? 1 : 0;
                        existing += isNew ? 0 : 1;
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        remember(today);
        return new Result(from, today, created, existing);
    }

    private boolean create(CustomerFacts.Dates c, OccasionKind kind, LocalDate anchor, LocalDate target, ZoneId zone) {
        int years = target.getYear() - anchor.getYear();
        TaskSource source = new TaskSource(TaskSourceType.OCCASION, c.id() + ":" + kind.name() + ":" + target.getYear(),
                "customers/" + c.id());
        String title = "@" + kind.messageKey() + ".title|" + c.name() + "|" + target + "|" + years;
        Instant due = target.atStartOfDay(zone).toInstant();
        return tasks.createFromSource(new NewTask(TaskType.OCCASION, c.id(), source, c.accountManagerId(), null, due, null, title, null)).isNew();
    }

    /** The last day the job covered, or null before its first run. */
    public LocalDate lastDay() {
        List<LocalDate> days = jdbc.query("SELECT last_day FROM concierge_job_state WHERE job_name = ?",
                (rs, i) -> rs.getObject(1, LocalDate.class), JOB);
        return days.isEmpty() ? null : days.get(0);
    }

    private void remember(LocalDate day) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // Never moves backwards: a slower second node finishing later keeps the later day.
        int updated = jdbc.update("UPDATE concierge_job_state SET last_day = ?, ran_at = ? WHERE job_name = ? AND last_day < ?",
                day, now, JOB, day);
        if (updated == 0 && lastDay() == null) {
            try {
                jdbc.update("INSERT INTO concierge_job_state (job_name, last_day, ran_at) VALUES (?, ?, ?)", JOB, day, now);
            } catch (DataIntegrityViolationException e) {
                remember(day);
            }
        }
    }
}
