package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.complaints.ComplaintKpis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint drill-downs read each page within the period's [start, at) on their order column (for speed, see
 * ComplaintKpis.rowsPage): the rows are still exactly the figure's, with rows on both bounds, a microsecond outside
 * them, a period still in progress, splits and compensations; keyset pages, offset pages and the count agree.
 * Rows of 2078 named {@link #MARK}.
 */
class ComplaintDrillBoundsTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String MARK = "Drill bounds";
    static final KpiPeriod MARCH = KpiPeriod.of(LocalDate.of(2078, 3, 1), LocalDate.of(2078, 4, 1), SHANGHAI, Instant.parse("2079-01-01T00:00:00Z"));
    /** March while it is 10:00 on the 15th in Shanghai: {@code at} is that moment. */
    static final KpiPeriod MARCH_SO_FAR = KpiPeriod.of(LocalDate.of(2078, 3, 1), LocalDate.of(2078, 4, 1), SHANGHAI,
            LocalDateTime.parse("2078-03-15T10:00").atZone(SHANGHAI).toInstant());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintKpis complaintKpis;

    /** The ids of the complaints created at {@link #CREATED}, in that order. */
    final List<Long> ids = new ArrayList<>();
    String assignee;

    static final String[] CREATED = {"2078-02-28T23:59:59.999999", "2078-03-01T00:00", "2078-03-15T09:59:59.999999",
            "2078-03-15T10:00", "2078-03-15T10:00", "2078-03-31T23:59:59.999999", "2078-04-01T00:00"};

    @BeforeEach
    void data() {
        String ours = "SELECT id FROM (SELECT id FROM complaint WHERE customer_name = '" + MARK + "') y";
        jdbc.update("DELETE FROM complaint_compensation WHERE complaint_id IN (" + ours + ")");
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", MARK);
        jdbc.update("DELETE FROM customer WHERE name = ?", MARK);
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("DB"), MARK);
        long customer = jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, MARK);
        for (int i = 0; i < CREATED.length; i++) {
            LocalDateTime utc = utc(CREATED[i]);
            String number = unique("CX-DB-");
            jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                            + "tier, tier_reason, status, source, created_at, created_by, resolved_at) "
                            + "VALUES (?, ?, ?, 'APP', ?, 's', 'd', 'PRIVATE', ?, 'r', 'RESOLVED', 'PORTAL', ?, 'test', ?)",
                    number, customer, MARK, i % 2 == 0 ? "LATE_DELIVERY" : "OTHER", i % 3 == 0 ? "MAJOR" : "NORMAL", utc, utc.plusHours(1));
            long id = jdbc.queryForObject("SELECT id FROM complaint WHERE number = ?", Long.class, number);
            ids.add(id);
            if (i == 1) {
                var agent = testStaff.ensure(unique("db-agent"), com.cxops.portal.base.Role.AGENT);
                assignee = agent.getDisplayName();
                jdbc.update("UPDATE complaint SET assignee_id = ? WHERE id = ?", agent.getId(), id);
            }
            // a compensation at the same moment as its complaint
            jdbc.update("INSERT INTO complaint_compensation (complaint_id, kind, amount, currency, reason, created_at, created_by) "
                    + "VALUES (?, ?, 5.00, 'CNY', 'r', ?, 'test')", id, i % 2 == 0 ? "COUPON" : "POINTS", utc);
        }
    }

    static LocalDateTime utc(String shopTime) {
        return LocalDateTime.ofInstant(LocalDateTime.parse(shopTime).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);
    }

    /** Every row behind the figure by keyset pages of two, checked against offset paging, the count and the figure. */
    List<DrillRow> rows(String kpi, String split, KpiPeriod p) {
        long n = complaintKpis.drillCount(kpi, split, p);
        List<DrillRow> byOffset = complaintKpis.drill(kpi, split, p, 0, (int) n + 10);
        List<DrillRow> byKeyset = new ArrayList<>();
        DrillCursor cursor = DrillCursor.START;
        for (int guard = 0; guard < 10_000; guard++) {
            List<DrillRow> page = complaintKpis.drillPage(kpi, split, p, cursor, 2, true);
            byKeyset.addAll(page);
            if (page.size() < 2) {
                break;
            }
            cursor = cursor.after(page);
        }
        assertThat(byOffset).as(kpi + " " + split + ": offset rows and count").hasSize((int) n);
        assertThat(byKeyset.stream().map(DrillRow::key).toList()).as(kpi + " " + split + ": keyset rows")
                .isEqualTo(byOffset.stream().map(DrillRow::key).toList());
        var figure = complaintKpis.compute(p).get(kpi).get(split);
        assertThat(figure == null ? 0 : figure.numerator()).as(kpi + " " + split + ": the figure").isEqualTo(n);
        return byKeyset.stream().filter(r -> MARK.equals(r.name())).toList();
    }

    List<Long> ours(List<DrillRow> rows) {
        return rows.stream().map(DrillRow::id).toList();
    }

    @Test
    void rows_on_the_periods_bounds_are_in_and_rows_a_microsecond_outside_are_not() {
        assertThat(ours(rows("complaints.received", KpiReadModel.OVERALL, MARCH))).isEqualTo(ids.subList(1, 6));
        // a period in progress ends at its evaluation moment: the two complaints at 10:00 are not yet in it
        assertThat(ours(rows("complaints.received", KpiReadModel.OVERALL, MARCH_SO_FAR))).isEqualTo(ids.subList(1, 3));
    }

    @Test
    void splits_rates_and_major_complaints_keep_their_rows() {
        assertThat(ours(rows("complaints.received-by-category", "category:OTHER", MARCH))).isEqualTo(List.of(ids.get(1), ids.get(3), ids.get(5)));
        assertThat(ours(rows("complaints.received", "tier:MAJOR", MARCH))).isEqualTo(List.of(ids.get(3)));
        assertThat(ours(rows("complaints.major", KpiReadModel.OVERALL, MARCH))).isEqualTo(List.of(ids.get(3)));
        // resolved an hour after creation: the last of March only in April; by the 15th at 10:00 only the first
        assertThat(ours(rows("complaints.resolution-rate", KpiReadModel.OVERALL, MARCH))).isEqualTo(ids.subList(1, 5));
        assertThat(ours(rows("complaints.resolution-rate", KpiReadModel.OVERALL, MARCH_SO_FAR))).isEqualTo(List.of(ids.get(1)));
    }

    @Test
    void compensations_are_bounded_on_their_own_moment() {
        List<DrillRow> march = rows("complaints.compensation-count", KpiReadModel.OVERALL, MARCH);
        assertThat(ours(march)).isEqualTo(ids.subList(1, 6));
        assertThat(march).allSatisfy(r -> assertThat(r.more()).hasSize(15));
        // the assignee's name column (from the staff directory), set on the first of March only
        assertThat(march.stream().map(r -> r.more().get(10)).toList()).containsExactly(assignee, null, null, null, null);
        assertThat(rows("complaints.received", KpiReadModel.OVERALL, MARCH).getFirst().more().get(10)).isEqualTo(assignee);
        assertThat(ours(rows("complaints.compensation-count", "kind:POINTS", MARCH_SO_FAR))).isEqualTo(List.of(ids.get(1)));
    }
}
