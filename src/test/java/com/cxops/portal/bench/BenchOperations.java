package com.cxops.portal.bench;

import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations the benchmark measures, one registration each. To add one, add a line to {@link #all} with the
 * portal call, its SQL floor and target (the SLA operations live in {@link SlaOperations}).
 */
final class BenchOperations {

    /** Targets of issue 6 (2 cores). */
    static final double QUEUE_P95_MS = 50;
    static final double QUEUE_RATIO = 1.5;
    static final double PAGE_P95_MS = 100;

    private static final int PAGE = BenchUi.FIRST_ROWS;
    private static final String OPEN = "('NEW','ACKNOWLEDGED','IN_PROGRESS','WAITING_CUSTOMER','REOPENED')";
    /** The columns of a queue row (ComplaintRow): the floor reads what the grid shows, as the portal does. */
    private static final String ROW_COLUMNS = "c.id, c.number, c.tier, c.status, c.subject, c.customer_name, c.category, "
            + "c.channel, c.team_id, c.assignee_id, c.created_at, c.sla_due_at, c.sla_warn_at, c.waiting_since";
    private static final Sort BY_AGE = Sort.by(Sort.Direction.DESC, "createdAt");
    private static final Sort BY_SLA_DUE = Sort.by(Sort.Direction.ASC, "slaDueSort");

    private BenchOperations() {
    }

    static List<BenchOperation> all(BenchContext ctx) {
        List<BenchOperation> ops = new ArrayList<>();
        // the floor looks the agent's teams up itself, as the portal does (one query, not two)
        String visible = "(c.team_id IS NULL OR c.assignee_id = " + ctx.agentId
                + " OR c.team_id IN (SELECT tm.team_id FROM team_member tm WHERE tm.staff_id = " + ctx.agentId + "))";
        ops.add(queue(ctx, "queue: all, by age (default)", new ComplaintFilter(), BY_AGE,
                visible, "c.created_at DESC, c.id " + tiebreak(BY_AGE)));
        ops.add(queue(ctx, "queue: all, by SLA due", new ComplaintFilter(), BY_SLA_DUE,
                visible, "c.sla_due_sort ASC, c.id " + tiebreak(BY_SLA_DUE)));
        ops.add(queue(ctx, "queue: my open", ComplaintFilter.myOpen(ctx.agentId), BY_AGE,
                visible + " AND c.assignee_id = " + ctx.agentId + " AND c.status IN " + OPEN, "c.created_at DESC, c.id " + tiebreak(BY_AGE)));
        ops.add(queue(ctx, "queue: unassigned urgent+major", ComplaintFilter.unassignedUrgentAndMajor(), BY_AGE,
                visible + " AND c.assignee_id IS NULL AND c.tier IN ('URGENT','MAJOR') AND c.status IN " + OPEN,
                "c.created_at DESC, c.id " + tiebreak(BY_AGE)));
        ops.add(queue(ctx, "queue: waiting on customer", ComplaintFilter.waitingOnCustomer(), BY_AGE,
                visible + " AND c.status = 'WAITING_CUSTOMER'", "c.created_at DESC, c.id " + tiebreak(BY_AGE)));
        ops.add(BenchOperation.ms("complaint page",
                run -> BenchContext.as(ctx.agent, () -> {
                    BenchUi.load("complaints/" + ctx.pick(ctx.complaintSample, run));
                    return null;
                }),
                run -> {
                    long id = ctx.pick(ctx.complaintSample, run);
                    var c = ctx.jdbc.queryForMap("SELECT * FROM complaint WHERE id = ?", id);
                    ctx.jdbc.queryForList("SELECT * FROM complaint_timeline WHERE complaint_id = ? ORDER BY occurred_at, id", id);
                    ctx.jdbc.queryForList("SELECT * FROM complaint_compensation WHERE complaint_id = ? ORDER BY created_at, id", id);
                    ctx.jdbc.queryForList("SELECT " + ROW_COLUMNS + " FROM complaint c WHERE c.customer_id = ? AND c.id <> ? "
                            + "ORDER BY c.created_at DESC, c.id DESC LIMIT 20", c.get("customer_id"), id);
                    ctx.jdbc.queryForList("SELECT * FROM sla_clock WHERE complaint_id = ? ORDER BY id", id);
                    ctx.jdbc.queryForList("SELECT * FROM sla_pause WHERE complaint_id = ? ORDER BY started_at", id);
                    return null;
                }, PAGE_P95_MS, 0));
        ops.add(BenchOperation.ms("customer search",
                run -> BenchContext.as(ctx.agent, () -> ids(ctx.customers.page(
                        new CustomerFilter(ctx.pick(ctx.searches, run), null, null, null),
                        PageRequest.of(0, PAGE, Sort.by("id"))).getContent())),
                run -> {
                    String like = ctx.pick(ctx.searches, run) + "%";
                    return ctx.jdbc.queryForList("SELECT * FROM customer WHERE name LIKE ? OR email LIKE ? OR phone LIKE ? "
                            + "OR external_id LIKE ? ORDER BY id LIMIT " + (PAGE + 1), like, like, like, like)
                            .stream().map(r -> ((Number) r.get("id")).longValue()).limit(PAGE).toList();
                }, PAGE_P95_MS, 0));
        ops.add(BenchOperation.ms("customer page",
                run -> BenchContext.as(ctx.agent, () -> {
                    BenchUi.load("customers/" + ctx.pick(ctx.customerSample, run));
                    return null;
                }),
                run -> {
                    long id = ctx.pick(ctx.customerSample, run);
                    ctx.jdbc.queryForMap("SELECT * FROM customer WHERE id = ?", id);
                    ctx.jdbc.queryForList("SELECT * FROM customer_order WHERE customer_id = ? ORDER BY placed_at DESC, id DESC LIMIT " + (PAGE + 1), id);
                    ctx.jdbc.queryForList("SELECT * FROM customer_layer_change WHERE customer_id = ? ORDER BY changed_at DESC, id DESC LIMIT " + (PAGE + 1), id);
                    return null;
                }, PAGE_P95_MS, 0));
        ops.addAll(LayerOperations.all(ctx));
        ops.add(SlaOperations.tick(ctx));
        ops.addAll(SlaWorkOperations.all(ctx, ctx.slaWorkTargets));
        ops.add(SlaOperations.dashboard(ctx));
        ops.addAll(SurveyOperations.all(ctx));
        ops.addAll(ConciergeOperations.all(ctx));
        ops.addAll(ReportOperations.all(ctx));
        return ops;
    }

    /** The queue's first page through ComplaintService.page, as the complaints grid asks for it. */
    private static BenchOperation queue(BenchContext ctx, String name, ComplaintFilter filter, Sort sort,
                                        String where, String orderBy) {
        return BenchOperation.ms(name,
                run -> BenchContext.as(ctx.agent, () -> ids(ctx.complaints.page(filter, ZoneOffset.UTC, firstPage(sort)).getContent())),
                run -> ctx.jdbc.queryForList("SELECT " + ROW_COLUMNS + " FROM complaint c WHERE " + where + " ORDER BY " + orderBy
                                + " LIMIT " + (PAGE + 1))
                        .stream().map(r -> ((Number) r.get("id")).longValue()).limit(PAGE).toList(),
                QUEUE_P95_MS, QUEUE_RATIO);
    }

    /** The first page the complaints grid asks for (as ComplaintsView builds it). */
    static Pageable firstPage(Sort sort) {
        return PageRequest.of(0, PAGE, ComplaintFilter.queueOrder(sort));
    }

    /** The direction of the id tiebreaker the queue adds (for the floor's ORDER BY). */
    private static String tiebreak(Sort sort) {
        return ComplaintFilter.queueOrder(sort).getOrderFor("id").getDirection().name();
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> r instanceof ComplaintRow c ? c.id() : ((Customer) r).getId()).toList();
    }
}
