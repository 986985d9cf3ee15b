package com.cxops.portal.complaints;

import static com.cxops.portal.base.SqlColumns.instant;
import static com.cxops.portal.base.SqlColumns.nullableLong;
import com.cxops.portal.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The complaint lists as one SQL statement: the viewer's visibility, the filter, the grid's order and one page plus
 * one row (to know whether there is a next page, without a COUNT). It returns {@link ComplaintRow}s straight from the
 * result set, so a page costs one round trip and no entity hydration; the order by columns walk
 * {@code ix_complaint_created} / {@code ix_complaint_sla_due_sort} and stop after the page (see docs/performance.md).
 * The rules are those of {@link ComplaintAccess#canRead} written as SQL; {@code ComplaintAccessTest} checks both agree.
 */
@Component
class ComplaintQueue {

    private static final String COLUMNS = "SELECT c.id, c.number, c.tier, c.status, c.subject, c.customer_name, c.category, "
            + "c.channel, c.team_id, c.assignee_id, c.created_at, c.sla_due_at, c.sla_warn_at, c.waiting_since FROM complaint c";

    /** The properties a list may sort by, and their columns (anything else is a programming error). */
    private static final Map<String, String> SORTABLE = Map.of(
            "id", "c.id", "number", "c.number", "createdAt", "c.created_at", "slaDueSort", "c.sla_due_sort",
            "slaDueAt", "c.sla_due_at", "status", "c.status", "tier", "c.tier", "subject", "c.subject",
            "customerName", "c.customer_name");

    /** At most this many parts (statuses × tiers) in one partitioned statement; more and one statement is cheaper. */
    private static final int MAX_PARTS = 12;

    private final NamedParameterJdbcTemplate jdbc;

    ComplaintQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Slice<ComplaintRow> page(ComplaintAccess.Viewer viewer, ComplaintFilter filter, ZoneId zone, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        String visible = visibility(viewer, params);
        // an agent's own complaints are always theirs to read (one of the rule's branches): "my open" then reads
        // ix_complaint_assignee alone, without a row lookup per entry to test the other branches
        boolean own = viewer.has(Role.AGENT) && viewer.staffId() != null && viewer.staffId().equals(filter.getAssigneeId())
                && !filter.isUnassigned();
        if (visible != null && !own) {
            where.add(visible);
        }
        boolean partitioned = pageable.isPaged() && partitionable(filter, pageable.getSort());
        matching(filter, zone, params, where, !partitioned);
        String sql = partitioned ? partitioned(filter, pageable, params, where) : single(pageable, where);
        List<ComplaintRow> rows = jdbc.query(sql, params, (rs, i) -> row(rs));
        boolean more = pageable.isPaged() && rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    private static String single(Pageable pageable, List<String> where) {
        StringBuilder sql = new StringBuilder(COLUMNS);
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(orderBy(pageable.getSort()));
        if (pageable.isPaged()) {
            sql.append(" LIMIT ").append(pageable.getPageSize() + 1).append(" OFFSET ").append(pageable.getOffset());
        }
        return sql.toString();
    }

    /**
     * A filter on a few statuses (and tiers), newest or oldest first: one part per status (and tier), each walking
     * its slice of {@code ix_complaint_status} / {@code ix_complaint_tier} / {@code ix_complaint_assignee} in order
     * and stopping after the page, then only the merged ids sorted and joined. With {@code IN} lists MariaDB reads
     * every matching row and sorts them (unassigned urgent and major: 24 ms on the large shop; see
     * docs/performance.md for the shapes tried).
     */
    private static boolean partitionable(ComplaintFilter f, Sort sort) {
        int parts = Math.max(1, f.getStatuses().size()) * Math.max(1, f.getTiers().size());
        List<Sort.Order> orders = sort.toList();
        return !f.getStatuses().isEmpty() && parts > 1 && parts <= MAX_PARTS && orders.size() == 2
                && orders.get(0).getProperty().equals("createdAt") && orders.get(1).getProperty().equals("id")
                && orders.get(0).getDirection() == orders.get(1).getDirection();
    }

    private static String partitioned(ComplaintFilter f, Pageable pageable, MapSqlParameterSource params, List<String> where) {
        String direction = pageable.getSort().toList().get(0).isAscending() ? " ASC" : " DESC";
        String order = " ORDER BY c.created_at" + direction + ", c.id" + direction;
        long perPart = pageable.getOffset() + pageable.getPageSize() + 1;
        List<String> parts = new ArrayList<>();
        List<Tier> tiers = f.getTiers().isEmpty() ? Collections.singletonList(null) : List.copyOf(f.getTiers());
        for (ComplaintStatus status : f.getStatuses()) {
            for (Tier tier : tiers) {
                List<String> conditions = new ArrayList<>(where);
                String s = "ps" + parts.size();
                params.addValue(s, status.name());
                conditions.add("c.status = :" + s);
                if (tier != null) {
                    params.addValue("pt" + parts.size(), tier.name());
                    conditions.add("c.tier = :pt" + parts.size());
                }
                parts.add("(SELECT c.id, c.created_at FROM complaint c WHERE " + String.join(" AND ", conditions) + order
                        + " LIMIT " + perPart + ")");
            }
        }
        return COLUMNS + " JOIN (" + String.join(" UNION ALL ", parts) + ") p ON p.id = c.id ORDER BY p.created_at" + direction
                + ", p.id" + direction + " LIMIT " + (pageable.getPageSize() + 1) + " OFFSET " + pageable.getOffset();
    }

    /**
     * How many complaints the viewer may read match the filter, counted up to {@code cap + 1} rows only (a capped
     * subquery), so the queue's "n complaints" stays cheap on a large shop; a result above {@code cap} means "more".
     */
    long count(ComplaintAccess.Viewer viewer, ComplaintFilter filter, ZoneId zone, int cap) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        String visible = visibility(viewer, params);
        if (visible != null) {
            where.add(visible);
        }
        matching(filter, zone, params, where, true);
        String inner = "SELECT c.id FROM complaint c" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " LIMIT " + (cap + 1);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (" + inner + ") capped", params, Long.class);
        return n == null ? 0 : n;
    }

    /** {@link ComplaintAccess#canRead} as a condition; null when the viewer reads every complaint. */
    private static String visibility(ComplaintAccess.Viewer v, MapSqlParameterSource params) {
        if (v.supervisor() || v.has(Role.EXECUTIVE)) {
            return null;
        }
        List<String> any = new ArrayList<>();
        if (v.staffId() != null) {
            params.addValue("me", v.staffId());
        }
        if (v.has(Role.AGENT)) {
            any.add("c.team_id IS NULL");
            if (v.staffId() != null) {
                any.add("c.assignee_id = :me");
                // the teams as a subquery, not as a list of ids: with literal ids MariaDB prefers merging the team and
                // assignee indexes and sorting (6 ms for "waiting on customer"), with the subquery it walks
                // (status, created_at) and stops after one page (1 ms)
                any.add("c.team_id IN (SELECT tm.team_id FROM team_member tm WHERE tm.staff_id = :me)");
            }
        }
        if (v.has(Role.VIP_MANAGER) && v.staffId() != null) {
            any.add("c.customer_id IN (SELECT cu.id FROM customer cu WHERE cu.account_manager_id = :me)");
            any.add("c.id IN (SELECT w.complaint_id FROM complaint_watcher w WHERE w.staff_id = :me)");
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }

    /** The filter's conditions; {@code statusAndTier} false leaves status and tier to the partitions. */
    private static void matching(ComplaintFilter f, ZoneId zone, MapSqlParameterSource params, List<String> where,
                                 boolean statusAndTier) {
        if (statusAndTier && !f.getStatuses().isEmpty()) {
            params.addValue("statuses", f.getStatuses().stream().map(Enum::name).toList());
            where.add("c.status IN (:statuses)");
        }
        if (statusAndTier && !f.getTiers().isEmpty()) {
            params.addValue("tiers", f.getTiers().stream().map(Enum::name).toList());
            where.add("c.tier IN (:tiers)");
        }
        if (f.getTeamId() != null) {
            params.addValue("team", f.getTeamId());
            where.add("c.team_id = :team");
        }
        if (f.isAwaitingExecutiveAck()) {
            where.add("c.exec_ack_at IS NULL");
        }
        if (f.isUnassigned()) {
            where.add("c.assignee_id IS NULL");
        } else if (f.getAssigneeId() != null) {
            params.addValue("assignee", f.getAssigneeId());
            where.add("c.assignee_id = :assignee");
        }
        if (f.getCategory() != null) {
            params.addValue("category", f.getCategory().name());
            where.add("c.category = :category");
        }
        if (f.getChannel() != null) {
            params.addValue("channel", f.getChannel().name());
            where.add("c.channel = :channel");
        }
        if (f.getCustomerId() != null) {
            params.addValue("customer", f.getCustomerId());
            where.add("c.customer_id = :customer");
        }
        if (f.getLayer() != null) {
            params.addValue("layer", f.getLayer().name());
            where.add("c.customer_id IN (SELECT cl.id FROM customer cl WHERE cl.layer = :layer)");
        }
        if (f.getCreatedFrom() != null) {
            params.addValue("from", utc(f.getCreatedFrom().atStartOfDay(zone).toInstant()));
            where.add("c.created_at >= :from");
        }
        if (f.getCreatedTo() != null) {
            params.addValue("to", utc(f.getCreatedTo().plusDays(1).atStartOfDay(zone).toInstant()));
            where.add("c.created_at < :to");
        }
        String text = f.getText() == null ? "" : f.getText().trim().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            // wildcards typed by the user are dropped, not escaped: the search is "contains", never a pattern
            params.addValue("text", "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%");
            where.add("(LOWER(c.number) LIKE :text OR LOWER(c.subject) LIKE :text OR LOWER(c.customer_name) LIKE :text)");
        }
    }

    private static String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Sort.Order o : sort) {
            String column = SORTABLE.get(o.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("complaints cannot be sorted by " + o.getProperty());
            }
            parts.add(column + (o.isAscending() ? " ASC" : " DESC"));
        }
        return " ORDER BY " + String.join(", ", parts);
    }

    private static ComplaintRow row(ResultSet rs) throws SQLException {
        return new ComplaintRow(rs.getLong(1), rs.getString(2), Tier.valueOf(rs.getString(3)), ComplaintStatus.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), ComplaintCategory.valueOf(rs.getString(7)), ComplaintChannel.valueOf(rs.getString(8)),
                nullableLong(rs, 9), nullableLong(rs, 10), instant(rs, 11), instant(rs, 12), instant(rs, 13), instant(rs, 14));
    }



    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
