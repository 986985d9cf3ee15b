package com.cxops.portal.bench;

import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.concierge.ConciergeSettings;
import com.cxops.portal.concierge.OccasionJob;
import com.cxops.portal.concierge.OccasionRules;
import com.cxops.portal.tasks.TaskPools;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.ui.MyTasksView;
import com.cxops.portal.tasks.ui.PoolView;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The concierge's operations in the benchmark: a VIP manager's "My tasks" and the concierge pool, first page as the
 * grids ask for it (targets of the complaint queue), and the occasions job covering one day. Data from
 * {@link ConciergeGenerator}; registered by one line in {@link BenchOperations#all}.
 */
final class ConciergeOperations {

    static final String MY_TASKS = "My tasks first page";
    static final String POOL = "pool first page";
    static final String OCCASIONS = "occasions job for a day";
    static final String MY_TASKS_SCREEN = "My tasks screen (from the home page)";
    static final String POOL_SCREEN = "pool screen (from the home page)";
    static final double OCCASIONS_SECONDS = 5;

    private static final int PAGE = BenchUi.FIRST_ROWS;
    /**
     * What a task list shows of a task (TaskRow: due, title, customer, type, status, priority, owner; with its id and
     * version), with the type's and the customer's names joined in. The portal's rows and the floor's are compared
     * column by column, not only by id.
     */
    private static final String COLUMNS = "t.id, t.version, ty.code, ty.name_en, ty.name_zh, t.customer_id, c.name, t.title, "
            + "t.status, t.priority, t.owner_id, t.pool, t.due_at, t.source_type, t.source_id, t.source_link, t.created_at, t.closed_at";
    private static final String JOINS = " JOIN task_type ty ON ty.id = t.task_type_id LEFT JOIN customer c ON c.id = t.customer_id";

    private ConciergeOperations() {
    }

    static List<BenchOperation> all(BenchContext ctx) {
        // the generator's first VIP manager; the shop's prefix is what precedes the agent's "agent1"
        String prefix = ctx.agent.getName().substring(0, ctx.agent.getName().length() - "agent1".length());
        String vipName = ConciergeGenerator.managerName(prefix, 1);
        Authentication vip = BenchContext.auth(vipName, "VIP_MANAGER");
        // looked up on first use: a run of other operations needs no concierge data
        long[] vipId = {0};
        java.util.function.LongSupplier vipStaff = () -> vipId[0] != 0 ? vipId[0]
                : (vipId[0] = ctx.jdbc.queryForObject("SELECT id FROM staff_member WHERE username = ?", Long.class, vipName));
        TaskService tasks = ctx.spring.getBean(TaskService.class);
        BenchOperation.Call myTasksFloor = run -> myTasksFloor(ctx, vipStaff.getAsLong());
        BenchOperation.Call poolFloor = run -> firstPage(ctx, "SELECT " + COLUMNS + " FROM task t" + JOINS + " WHERE t.pool = '"
                + TaskPools.CONCIERGE + "' AND t.status = 'OPEN' AND t.owner_id IS NULL ORDER BY t.due_at, t.id");
        return List.of(
                BenchOperation.read(MY_TASKS,
                        run -> BenchContext.as(vip, () -> rows(tasks.myTasks(PageRequest.of(0, PAGE)).getContent())),
                        myTasksFloor, BenchOperations.QUEUE_P95_MS, BenchOperations.QUEUE_RATIO),
                BenchOperation.read(POOL,
                        run -> BenchContext.as(vip, () -> rows(tasks.pool(TaskPools.CONCIERGE, PageRequest.of(0, PAGE)).getContent())),
                        poolFloor, BenchOperations.QUEUE_P95_MS, BenchOperations.QUEUE_RATIO),
                BenchScreens.list(ctx, MY_TASKS_SCREEN, vip, "tasks", MyTasksView.class, myTasksFloor),
                BenchScreens.list(ctx, POOL_SCREEN, vip, "tasks/pool", PoolView.class, poolFloor),
                occasions(ctx));
    }

    /**
     * The fastest hand-written SQL for an owner's open tasks: {@code status IN ('OPEN','IN_PROGRESS')} would read all of
     * the owner's open entries of {@code ix_task_owner_open} and sort them; each status read in index order up to the
     * page (covering, no sort), merged, and only the page joined is what the index allows.
     */
    private static List<List<Object>> myTasksFloor(BenchContext ctx, long ownerId) {
        String part = "(SELECT id, due_at FROM task WHERE owner_id = " + ownerId + " AND status = '%s' ORDER BY due_at, id LIMIT "
                + (PAGE + 1) + ")";
        return firstPage(ctx, "SELECT " + COLUMNS + " FROM (" + part.formatted("OPEN") + " UNION ALL " + part.formatted("IN_PROGRESS")
                + ") p JOIN task t ON t.id = p.id" + JOINS + " ORDER BY p.due_at, p.id");
    }

    private static List<List<Object>> firstPage(BenchContext ctx, String sql) {
        return ctx.jdbc.query(sql + " LIMIT " + (PAGE + 1), (rs, i) -> Arrays.<Object>asList(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6) == null ? null : rs.getLong(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getObject(11) == null ? null : rs.getLong(11), rs.getString(12),
                        utc(rs.getObject(13, LocalDateTime.class)), rs.getString(14), rs.getString(15), rs.getString(16),
                        utc(rs.getObject(17, LocalDateTime.class)), utc(rs.getObject(18, LocalDateTime.class))))
                .stream().limit(PAGE).toList();
    }

    private static List<List<Object>> rows(List<TaskRow> rows) {
        return rows.stream().map(r -> Arrays.<Object>asList(r.id(), r.version(), r.typeCode(), r.typeNameEn(), r.typeNameZh(),
                r.customerId(), r.customerName(), r.title(), r.status().name(), r.priority().name(), r.ownerId(), r.pool(), r.dueAt(),
                r.source().type().name(), r.source().id(), r.source().link(), r.createdAt(), r.closedAt())).toList();
    }

    private static Instant utc(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);  // stored in UTC
    }

    /**
     * The job covering today (shop zone): how many occasions fall on the day it looks ahead to (the first run creates
     * their tasks, later runs find them). The job's memory of the last covered day is set to yesterday for the run and
     * put back afterwards, so the portal's own schedule is left as it was. The floor reads the candidates' dates in
     * one query and counts the occasions by the same rule (29 February kept on 28 February).
     */
    private static BenchOperation occasions(BenchContext ctx) {
        OccasionJob job = ctx.spring.getBean(OccasionJob.class);
        ConciergeSettings settings = ctx.spring.getBean(ConciergeSettings.class);
        ZoneId zone = ctx.spring.getBean(ShopSettings.class).zone();
        return BenchOperation.job(OCCASIONS,
                run -> BenchContext.as(ctx.manager, () -> {
                    LocalDate before = job.lastDay();
                    LocalDate today = ctx.clock.instant().atZone(zone).toLocalDate();
                    coveredUpTo(ctx, today.minusDays(1));
                    try {
                        OccasionJob.Result r = job.runNow();
                        return (long) r.created() + r.existing();
                    } finally {
                        if (before == null) {
                            ctx.jdbc.update("DELETE FROM concierge_job_state WHERE job_name = ?", OccasionJob.JOB);
                        } else {
                            coveredUpTo(ctx, before);
                        }
                    }
                }),
                run -> {
                    LocalDate target = ctx.clock.instant().atZone(zone).toLocalDate().plusDays(settings.occasionDaysAhead());
                    String goldDiamond = settings.occasionsForGoldAndDiamond() ? " OR membership_level IN ('GOLD','DIAMOND')" : "";
                    return ctx.jdbc.query("SELECT birthday, registered_at, anniversary FROM customer WHERE high_net_worth = TRUE "
                            + "OR manual_vip = TRUE OR layer = 'HIGH_NET_WORTH'" + goldDiamond, rs -> {
                        long n = 0;
                        while (rs.next()) {
                            LocalDateTime registered = rs.getObject(2, LocalDateTime.class);  // stored in UTC
                            n += falls(rs.getObject(1, LocalDate.class), target)
                                    + falls(registered == null ? null : registered.atZone(ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDate(), target)
                                    + falls(rs.getObject(3, LocalDate.class), target);
                        }
                        return n;
                    });
                }, OCCASIONS_SECONDS);
    }

    private static int falls(LocalDate anchor, LocalDate day) {
        return OccasionRules.fallsOn(anchor, day) ? 1 : 0;
    }

    private static void coveredUpTo(BenchContext ctx, LocalDate day) {
        if (ctx.jdbc.update("UPDATE concierge_job_state SET last_day = ? WHERE job_name = ?", day, OccasionJob.JOB) == 0) {
            ctx.jdbc.update("INSERT INTO concierge_job_state (job_name, last_day, ran_at) VALUES (?, ?, ?)", OccasionJob.JOB, day,
                    Timestamp.from(ctx.clock.instant()));
        }
    }
}
