package com.cxops.portal.reports;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.kpi.DrillCursor;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.KpiPeriod;
import com.cxops.portal.complaints.ComplaintKpis;
import com.cxops.portal.customers.CustomerKpis;
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
 * Drill-down pages by keyset: reading page after page from the cursor after the last row gives exactly the rows of
 * offset paging, in the same order, also where several rows share a moment; detail rows carry the complaint's 20
 * columns.
 */
class DrillKeysetTest extends SpringTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String NAME = "Keyset drill";
    static final KpiPeriod JUNE = KpiPeriod.of(LocalDate.of(2043, 6, 1), LocalDate.of(2043, 7, 1), SHANGHAI, Instant.parse("2044-01-01T00:00:00Z"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplaintKpis complaintKpis;
    @Autowired
    CustomerKpis customerKpis;

    long customer;

    /** The MariaDB test database outlives a run: remove this class's rows of an earlier run. */
    @BeforeEach
    void data() {
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", NAME);
        jdbc.update("DELETE FROM customer WHERE name = ?", NAME);
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("KS"), NAME);
        customer = jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, NAME);
        // 7 complaints; three share one moment, so the id decides their order
        String[] at = {"2043-06-01T00:00", "2043-06-05T10:00", "2043-06-05T10:00", "2043-06-05T10:00", "2043-06-09T08:00",
                "2043-06-20T12:00", "2043-06-30T23:59:59"};
        for (String t : at) {
            LocalDateTime utc = LocalDateTime.ofInstant(LocalDateTime.parse(t).atZone(SHANGHAI).toInstant(), ZoneOffset.UTC);
            jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                            + "tier, tier_reason, status, source, created_at, created_by, resolved_at, order_external_id, order_amount) "
                            + "VALUES (?, ?, ?, 'APP', 'LATE_DELIVERY', '=cmd', 'd', 'PRIVATE', 'NORMAL', 'r', 'RESOLVED', 'PORTAL', ?, 'test', ?, 'O-1', 12.50)",
                    unique("CX-KS-"), customer, NAME, utc, utc.plusHours(2));
        }
    }

    List<Long> ours(List<DrillRow> rows) {
        return rows.stream().filter(r -> NAME.equals(r.name())).map(DrillRow::key).toList();
    }

    @Test
    void keyset_pages_of_two_rows_give_the_rows_of_offset_paging_in_the_same_order() {
        long all = complaintKpis.drillCount("complaints.received", "", JUNE);
        List<DrillRow> byOffset = complaintKpis.drill("complaints.received", "", JUNE, 0, (int) all);
        List<DrillRow> byKeyset = new ArrayList<>();
        DrillCursor cursor = DrillCursor.START;
        for (int guard = 0; guard < 1_000; guard++) {
            List<DrillRow> page = complaintKpis.drillPage("complaints.received", "", JUNE, cursor, 2, false);
            byKeyset.addAll(page);
            if (page.size() < 2) {
                break;
            }
            cursor = cursor.after(page);
            assertThat(cursor.keyed()).isTrue();
        }
        assertThat(byKeyset).hasSize((int) all);
        assertThat(byKeyset.stream().map(DrillRow::key).toList()).isEqualTo(byOffset.stream().map(DrillRow::key).toList());
        assertThat(ours(byKeyset)).hasSize(7).isSorted();
    }

    @Test
    void a_page_by_offset_and_a_page_after_the_row_before_it_are_the_same() {
        List<DrillRow> first = complaintKpis.drillPage("complaints.received", "", JUNE, DrillCursor.START, 3, false);
        List<DrillRow> byOffset = complaintKpis.drillPage("complaints.received", "", JUNE, DrillCursor.atOffset(3), 3, false);
        List<DrillRow> byKey = complaintKpis.drillPage("complaints.received", "", JUNE, DrillCursor.START.after(first), 3, false);
        assertThat(byKey).isEqualTo(byOffset);
    }

    @Test
    void detail_rows_of_complaints_carry_the_fifteen_columns_the_sheet_adds_to_the_five() {
        assertThat(complaintKpis.detailColumns("complaints.received")).hasSize(15);
        assertThat(5 + complaintKpis.detailColumns("complaints.received").size()).isEqualTo(20);
        List<DrillRow> rows = complaintKpis.drillPage("complaints.received", "", JUNE, DrillCursor.START, 1_000, true).stream()
                .filter(r -> NAME.equals(r.name())).toList();
        assertThat(rows).hasSize(7);
        DrillRow r = rows.getFirst();
        assertThat(r.more()).hasSize(15);
        assertThat(r.more().get(0)).isEqualTo("category.LATE_DELIVERY");
        assertThat(r.more().get(2)).isEqualTo("status.RESOLVED");
        assertThat(r.more().get(4)).isEqualTo("=cmd");
        assertThat(r.more().get(7)).isEqualTo("O-1");
        assertThat(new java.math.BigDecimal(r.more().get(8).toString())).isEqualByComparingTo("12.50");
        // resolved two hours after it was created
        assertThat(r.more().get(12)).isEqualTo(r.at().plusSeconds(7_200));
        // without details the rows are the plain five columns
        assertThat(complaintKpis.drillPage("complaints.received", "", JUNE, DrillCursor.START, 1, false).getFirst().more()).isEmpty();
    }

    @Test
    void customers_page_by_keyset_on_their_id() {
        KpiPeriod q = KpiPeriod.of(LocalDate.of(2043, 4, 1), LocalDate.of(2043, 7, 1), SHANGHAI, Instant.parse("2044-01-01T00:00:00Z"));
        // every customer with a layer at the start or end: compare keyset and offset on whatever the database holds
        String kpi = "customers.migration";
        long n = Math.min(50, customerKpis.drillCount(kpi, "", q));
        List<DrillRow> byOffset = customerKpis.drill(kpi, "", q, 0, (int) n);
        List<DrillRow> byKeyset = new ArrayList<>();
        DrillCursor cursor = DrillCursor.START;
        while (byKeyset.size() < n) {
            List<DrillRow> page = customerKpis.drillPage(kpi, "", q, cursor, 3, false);
            if (page.isEmpty()) {
                break;
            }
            byKeyset.addAll(page);
            cursor = cursor.after(page);
        }
        assertThat(byKeyset.subList(0, (int) Math.min(n, byKeyset.size())).stream().map(DrillRow::id).toList())
                .isEqualTo(byOffset.stream().map(DrillRow::id).toList());
    }
}
