package com.cxops.portal.tasks;

import static com.cxops.portal.base.SqlColumns.instant;
import static com.cxops.portal.base.SqlColumns.nullableLong;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The task lists as one SQL statement each: the columns of a {@link TaskRow} (the grids' columns; the type's and the
 * customer's names joined in), the list's order and one page plus one row (to know whether there is a next page,
 * without a COUNT). Rows come straight from the result set: a page costs one round trip and no entity hydration
 * (loading {@link Task}s cost a query per task type and its outcomes, and one for the customers' names).
 * <p>
 * An owner's open tasks are in two statuses. {@code status IN (...)} on {@code ix_task_owner_open (owner_id, status,
 * due_at, id)} reads every open task of the owner and sorts them; instead each status walks its own part of the index
 * in order and stops after the page ({@code LIMIT offset + page + 1}), and only the merged page is sorted and joined.
 * Owner names come from the staff directory's cache. Access is the caller's ({@link TaskService}) business.
 */
@Component
class TaskQueue {

    private static final String COLUMNS = "t.id, t.version, ty.code, ty.name_en, ty.name_zh, t.customer_id, c.name, t.title, "
            + "t.status, t.priority, t.owner_id, t.pool, t.due_at, t.source_type, t.source_id, t.source_link, t.created_at, t.closed_at";
    private static final String JOINS = " JOIN task_type ty ON ty.id = t.task_type_id LEFT JOIN customer c ON c.id = t.customer_id";
    private static final int OUTCOME = 19;

    private final NamedParameterJdbcTemplate jdbc;

    TaskQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks of one owner, soonest due first. */
    Slice<TaskRow> openOfOwner(long ownerId, Pageable pageable, Names names) {
        MapSqlParameterSource params = new MapSqlParameterSource("owner", ownerId);
        long perStatus = pageable.isPaged() ? pageable.getOffset() + pageable.getPageSize() + 1 : Long.MAX_VALUE;
        List<String> parts = new ArrayList<>();
        for (TaskStatus status : TaskService.OPEN) {
            String p = "s" + parts.size();
            params.addValue(p, status.name());
            parts.add("(SELECT id, due_at FROM task WHERE owner_id = :owner AND status = :" + p + " ORDER BY due_at, id"
                    + (pageable.isPaged() ? " LIMIT " + perStatus : "") + ")");
        }
        String sql = "SELECT " + COLUMNS + " FROM (" + String.join(" UNION ALL ", parts) + ") p JOIN task t ON t.id = p.id"
                + JOINS + " ORDER BY p.due_at, p.id";
        return page(sql, params, pageable, false, names);
    }

    /** Unclaimed open tasks of a pool, soonest due first ({@code ix_task_pool_open} in order). */
    Slice<TaskRow> inPool(String pool, Pageable pageable, Names names) {
        String sql = "SELECT " + COLUMNS + " FROM task t" + JOINS
                + " WHERE t.pool = :pool AND t.status = 'OPEN' AND t.owner_id IS NULL ORDER BY t.due_at, t.id";
        return page(sql, new MapSqlParameterSource("pool", pool), pageable, false, names);
    }

    /** Every open task, or those of one owner, soonest due first. */
    Slice<TaskRow> allOpen(Long ownerId, Pageable pageable, Names names) {
        if (ownerId != null) {
            return openOfOwner(ownerId, pageable, names);
        }
        String sql = "SELECT " + COLUMNS + " FROM task t" + JOINS + " WHERE t.status IN (:statuses) ORDER BY t.due_at, t.id";
        return page(sql, new MapSqlParameterSource("statuses", TaskService.OPEN.stream().map(Enum::name).toList()), pageable,
                false, names);
    }

    /** A customer's tasks, open and closed, latest due first, with their outcomes' names. */
    Slice<TaskRow> ofCustomer(long customerId, Pageable pageable, Names names) {
        String sql = "SELECT " + COLUMNS + ", t.outcome_code, o.name_en, o.name_zh FROM task t" + JOINS
                + " LEFT JOIN task_outcome o ON o.task_type_id = t.task_type_id AND o.code = t.outcome_code"
                + " WHERE t.customer_id = :customer ORDER BY t.due_at DESC, t.id DESC";
        return page(sql, new MapSqlParameterSource("customer", customerId), pageable, true, names);
    }

    /** Open tasks have no outcome (cancelling and completing close them), so only the customer's list reads outcomes. */
    private Slice<TaskRow> page(String sql, MapSqlParameterSource params, Pageable pageable, boolean outcomes, Names names) {
        String limited = pageable.isPaged() ? sql + " LIMIT " + (pageable.getPageSize() + 1) + " OFFSET " + pageable.getOffset() : sql;
        List<TaskRow> rows = jdbc.query(limited, params, (rs, i) -> row(rs, outcomes, names));
        boolean more = pageable.isPaged() && rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** The reader's language (outcome names) and staff names: the row's words that are not in the task table. */
    record Names(Locale locale, LongFunction<String> staff) {
    }

    private static TaskRow row(ResultSet rs, boolean outcomes, Names names) throws SQLException {
        Long owner = nullableLong(rs, 11);
        String outcome = outcomes ? rs.getString(OUTCOME) : null;
        String outcomeName = null;
        if (outcome != null) {
            String name = rs.getString(names.locale() != null && "zh".equals(names.locale().getLanguage()) ? OUTCOME + 2 : OUTCOME + 1);
            outcomeName = name == null ? outcome : name;
        }
        return new TaskRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), nullableLong(rs, 6),
                rs.getString(7), rs.getString(8), TaskStatus.valueOf(rs.getString(9)), TaskPriority.valueOf(rs.getString(10)),
                owner, owner == null ? null : names.staff().apply(owner), rs.getString(12), instant(rs, 13),
                new TaskSource(TaskSourceType.valueOf(rs.getString(14)), rs.getString(15), rs.getString(16)),
                outcome, outcomeName, instant(rs, 17), instant(rs, 18));
    }
}
