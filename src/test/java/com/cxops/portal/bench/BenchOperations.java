package com.cxops.portal.bench;

import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.ui.ComplaintView;
import com.cxops.portal.customers.ui.CustomerView;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
                "SELECT " + ROW_COLUMNS + " FROM complaint c WHERE " + visible + " ORDER BY c.created_at DESC, c.id DESC"));
        ops.add(queue(ctx, "queue: all, by SLA due", new ComplaintFilter(), BY_SLA_DUE,
                "SELECT " + ROW_COLUMNS + " FROM complaint c WHERE " + visible + " ORDER BY c.sla_due_sort ASC, c.id ASC"));
        // the agent's own complaints are always visible to them: each open status read from ix_complaint_assignee
        // (assignee_id, status, created_at, id) alone, newest first, 51 at most; only the merged page is joined
        ops.add(queue(ctx, "queue: my open", ComplaintFilter.myOpen(ctx.agentId), BY_AGE,
                parts(ComplaintFilter.OPEN.stream().map(s -> "c.assignee_id = " + ctx.agentId + " AND c.status = '" + s + "'").toList())));
        // one part per tier and open status on ix_complaint_tier (tier, status, created_at, id), newest first
        List<String> urgent = new ArrayList<>();
        for (Tier tier : List.of(Tier.URGENT, Tier.MAJOR)) {
            ComplaintFilter.OPEN.forEach(s -> urgent.add("c.tier = '" + tier + "' AND c.status = '" + s + "' AND c.assignee_id IS NULL AND " + visible));
        }
        ops.add(queue(ctx, "queue: unassigned urgent+major", ComplaintFilter.unassignedUrgentAndMajor(), BY_AGE, parts(urgent)));
        ops.add(queue(ctx, "queue: waiting on customer", ComplaintFilter.waitingOnCustomer(), BY_AGE,
                "SELECT " + ROW_COLUMNS + " FROM complaint c WHERE c.status = 'WAITING_CUSTOMER' AND " + visible
                        + " ORDER BY c.created_at DESC, c.id DESC"));
        ops.addAll(BenchScreens.queue(ctx, List.copyOf(ops)));
        BenchOperation.Call complaintFloor = run -> {
            long id = ctx.pick(ctx.complaintSample, run);
            var c = ctx.jdbc.queryForMap("SELECT * FROM complaint WHERE id = ?", id);
            ctx.jdbc.queryForList("SELECT * FROM complaint_timeline WHERE complaint_id = ? ORDER BY occurred_at, id", id);
            ctx.jdbc.queryForList("SELECT * FROM complaint_compensation WHERE complaint_id = ? ORDER BY created_at, id", id);
            ctx.jdbc.queryForList("SELECT " + ROW_COLUMNS + " FROM complaint c WHERE c.customer_id = ? AND c.id <> ? "
                    + "ORDER BY c.created_at DESC, c.id DESC LIMIT 20", c.get("customer_id"), id);
            ctx.jdbc.queryForList("SELECT * FROM sla_clock WHERE complaint_id = ? ORDER BY id", id);
            ctx.jdbc.queryForList("SELECT * FROM sla_pause WHERE complaint_id = ? ORDER BY started_at", id);
            return null;
        };
        ops.add(BenchScreens.page(ctx, "complaint page", "complaints/", ComplaintView.class, ctx.complaintSample, complaintFloor));
        ops.add(BenchScreens.complaintCall(ctx, complaintFloor));
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
        BenchOperation.Call customerFloor = run -> {
            long id = ctx.pick(ctx.customerSample, run);
            ctx.jdbc.queryForMap("SELECT * FROM customer WHERE id = ?", id);
            ctx.jdbc.queryForList("SELECT * FROM customer_order WHERE customer_id = ? ORDER BY placed_at DESC, id DESC LIMIT " + (PAGE + 1), id);
            ctx.jdbc.queryForList("SELECT * FROM customer_layer_change WHERE customer_id = ? ORDER BY changed_at DESC, id DESC LIMIT " + (PAGE + 1), id);
            return null;
        };
        ops.add(BenchScreens.page(ctx, "customer page", "customers/", CustomerView.class, ctx.customerSample, customerFloor));
        ops.add(BenchScreens.customerCall(ctx, customerFloor));
        ops.addAll(LayerOperations.all(ctx));
        ops.add(SlaOperations.tick(ctx));
        ops.addAll(SlaWorkOperations.all(ctx, ctx.slaWorkTargets));
        ops.add(SlaOperations.dashboard(ctx));
        ops.addAll(SurveyOperations.all(ctx));
        ops.addAll(ConciergeOperations.all(ctx));
        ops.addAll(ReportOperations.all(ctx));
        return ops;
    }

    /**
     * The queue's first page through ComplaintService.page, as the complaints grid asks for it, beside its floor (a
     * statement returning the same rows, every column, in the same order): compared on every run.
     */
    private static BenchOperation queue(BenchContext ctx, String name, ComplaintFilter filter, Sort sort, String floor) {
        return BenchOperation.read(name,
                run -> BenchContext.as(ctx.agent, () -> ctx.complaints.page(filter, ZoneOffset.UTC, firstPage(sort)).getContent()
                        .stream().map(BenchOperations::columns).toList()),
                run -> ctx.jdbc.query(floor + " LIMIT " + (PAGE + 1), (rs, i) -> Arrays.<Object>asList(rs.getLong(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                nullable(rs, 9), nullable(rs, 10), utc(rs, 11), utc(rs, 12), utc(rs, 13), utc(rs, 14)))
                        .stream().limit(PAGE).toList(),
                QUEUE_P95_MS, QUEUE_RATIO);
    }

    /** Parts newest first, each 51 ids at most from its index, merged; only the page is joined for its columns. */
    private static String parts(List<String> conditions) {
        String union = String.join(" UNION ALL ", conditions.stream().map(c -> "(SELECT c.id, c.created_at FROM complaint c WHERE "
                + c + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + (PAGE + 1) + ")").toList());
        return "SELECT " + ROW_COLUMNS + " FROM (" + union + ") p JOIN complaint c ON c.id = p.id ORDER BY p.created_at DESC, p.id DESC";
    }

    static List<Object> columns(ComplaintRow r) {
        return Arrays.asList(r.id(), r.number(), r.tier().name(), r.status().name(), r.subject(), r.customerName(), r.category().name(),
                r.channel().name(), r.teamId(), r.assigneeId(), r.createdAt(), r.slaDueAt(), r.slaWarnAt(), r.waitingSince());
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);  // stored in UTC
    }

    /** The first page the complaints grid asks for (as ComplaintsView builds it). */
    static Pageable firstPage(Sort sort) {
        return PageRequest.of(0, PAGE, ComplaintFilter.queueOrder(sort));
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> r instanceof ComplaintRow c ? c.id() : ((Customer) r).getId()).toList();
    }
}
