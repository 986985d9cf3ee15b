package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.KpiSql;
import com.cxops.portal.base.kpi.PackKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reports' own tables: targets, published packs and their values, action items. */
@Repository
class ReportStore {

    /** A stored figure of a published pack. */
    record StoredValue(String kpi, String split, BigDecimal value, long numerator, Long denominator, BigDecimal target,
                       String rag, BigDecimal previous, BigDecimal lastYear) {
    }

    /** A stored target with its version (for "someone else changed this"). */
    record StoredTarget(long id, long version, BigDecimal value, String updatedBy, Instant updatedAt) {
    }

    private final JdbcTemplate jdbc;

    ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BigDecimal> targets(int year) {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.query("SELECT kpi, split_key, target_value FROM report_target WHERE target_year = ?",
                rs -> {
                    out.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros());
                }, year);
        return out;
    }

    StoredTarget target(String kpi, String split, int year) {
        List<StoredTarget> t = jdbc.query("SELECT id, version, target_value, updated_by, updated_at FROM report_target "
                        + "WHERE target_year = ? AND kpi = ? AND split_key = ?",
                (rs, i) -> new StoredTarget(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4),
                        KpiSql.instant(rs, 5)), year, kpi, split);
        return t.isEmpty() ? null : t.getFirst();
    }

    void insertTarget(String kpi, String split, int year, BigDecimal value, String by, Instant at) {
        jdbc.update("INSERT INTO report_target (kpi, split_key, target_year, target_value, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                kpi, split, year, value, by, KpiSql.utc(at));
    }

    boolean updateTarget(long id, long version, BigDecimal value, String by, Instant at) {
        return jdbc.update("UPDATE report_target SET target_value = ?, version = version + 1, updated_by = ?, updated_at = ? "
                + "WHERE id = ? AND version = ?", value, by, KpiSql.utc(at), id, version) == 1;
    }

    boolean deleteTarget(long id, long version) {
        return jdbc.update("DELETE FROM report_target WHERE id = ? AND version = ?", id, version) == 1;
    }

    int lastVersion(PackKind kind, LocalDate start) {
        Integer v = jdbc.queryForObject("SELECT MAX(pack_version) FROM report_pack WHERE kind = ? AND period_start = ?",
                Integer.class, kind.name(), Date.valueOf(start));
        return v == null ? 0 : v;
    }

    long insertPack(PackKind kind, LocalDate start, int version, String note, Instant at, String by) {
        jdbc.update("INSERT INTO report_pack (kind, period_start, pack_version, note, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?)",
                kind.name(), Date.valueOf(start), version, note, KpiSql.utc(at), by);
        return jdbc.queryForObject("SELECT id FROM report_pack WHERE kind = ? AND period_start = ? AND pack_version = ?",
                Long.class, kind.name(), Date.valueOf(start), version);
    }

    void insertValues(long packId, List<StoredValue> values) {
        jdbc.batchUpdate("INSERT INTO report_pack_value (pack_id, kpi, split_key, kpi_value, numerator, denominator, target_value, rag, "
                        + "previous_value, last_year_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values.stream().map(v -> new Object[]{packId, v.kpi(), v.split(), v.value(), v.numerator(), v.denominator(),
                        v.target(), v.rag(), v.previous(), v.lastYear()}).toList());
    }

    List<PublishedPack> packs(PackKind kind, LocalDate start) {
        return jdbc.query("SELECT id, kind, period_start, pack_version, note, published_at, published_by FROM report_pack "
                + "WHERE kind = ? AND period_start = ? ORDER BY pack_version DESC", (rs, i) -> pack(rs), kind.name(), Date.valueOf(start));
    }

    List<PublishedPack> latestPublished(int limit) {
        return jdbc.query("SELECT id, kind, period_start, pack_version, note, published_at, published_by FROM report_pack "
                + "ORDER BY published_at DESC, id DESC LIMIT ?", (rs, i) -> pack(rs), limit);
    }

    PublishedPack pack(long id) {
        List<PublishedPack> p = jdbc.query("SELECT id, kind, period_start, pack_version, note, published_at, published_by FROM report_pack "
                + "WHERE id = ?", (rs, i) -> pack(rs), id);
        return p.isEmpty() ? null : p.getFirst();
    }

    private static PublishedPack pack(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublishedPack(rs.getLong(1), PackKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getInt(4),
                rs.getString(5), KpiSql.instant(rs, 6), rs.getString(7));
    }

    List<StoredValue> values(long packId) {
        return jdbc.query("SELECT kpi, split_key, kpi_value, numerator, denominator, target_value, rag, previous_value, last_year_value "
                        + "FROM report_pack_value WHERE pack_id = ? ORDER BY kpi, split_key",
                (rs, i) -> new StoredValue(rs.getString(1), rs.getString(2), strip(rs.getBigDecimal(3)), rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), strip(rs.getBigDecimal(6)), rs.getString(7),
                        strip(rs.getBigDecimal(8)), strip(rs.getBigDecimal(9))), packId);
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    List<ActionItem> actions(PackKind kind, LocalDate start) {
        return jdbc.query("SELECT id, version, what, owner_id, due_date, status, done_at, created_by FROM report_action_item "
                        + "WHERE kind = ? AND period_start = ? ORDER BY due_date, id",
                (rs, i) -> new ActionItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getObject(5, LocalDate.class),
                        rs.getString(6), KpiSql.instant(rs, 7), rs.getString(8)), kind.name(), Date.valueOf(start));
    }

    long insertAction(PackKind kind, LocalDate start, String what, long owner, LocalDate due, String by, Instant at) {
        jdbc.update("INSERT INTO report_action_item (kind, period_start, what, owner_id, due_date, status, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)", kind.name(), Date.valueOf(start), what, owner, Date.valueOf(due), KpiSql.utc(at), by);
        return jdbc.queryForObject("SELECT MAX(id) FROM report_action_item WHERE created_by = ? AND kind = ? AND period_start = ?",
                Long.class, by, kind.name(), Date.valueOf(start));
    }

    boolean setActionStatus(long id, long version, boolean done, String by, Instant at) {
        return jdbc.update("UPDATE report_action_item SET status = ?, done_at = ?, version = version + 1, updated_by = ?, updated_at = ? "
                        + "WHERE id = ? AND version = ?", done ? "DONE" : "OPEN", done ? KpiSql.utc(at) : null, by, KpiSql.utc(at), id, version) == 1;
    }

    String actionUpdatedBy(long id) {
        List<String> s = jdbc.query("SELECT updated_by FROM report_action_item WHERE id = ?", (rs, i) -> rs.getString(1), id);
        return s.isEmpty() ? null : s.getFirst();
    }
}
