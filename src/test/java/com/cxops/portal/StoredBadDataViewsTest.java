package com.cxops.portal;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values today's checks refuse may already be stored (an older import, a direct database edit): dates in the year
 * 9999 or 0001, control and invisible characters, 17-digit amounts in a pseudo-currency, a 4 000-character text of
 * emoji. Every screen that lists or shows such a customer or complaint still opens and renders its rows — one bad
 * row never blanks a page for every viewer. (The customer page has its own test: CustomerPageStoredBadDataTest.)
 */
class StoredBadDataViewsTest extends KaribuTestBase {

    private static final Timestamp FAR_FUTURE = Timestamp.valueOf("9999-12-31 23:59:59");
    private static final int ROWS_RENDERED = 40;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    ComplaintIntakeService complaints;

    @Test
    void lists_and_pages_render_a_customer_and_a_complaint_holding_values_no_check_lets_in_today() {
        String vipManager = unique("vipm");
        long managerId = testStaff.ensure(vipManager, Role.VIP_MANAGER).getId();
        long customer = testCustomers.create("Bad\u0001Data\u200b " + unique(""), CustomerLayer.AT_RISK, true, managerId);
        jdbc.update("UPDATE customer SET registered_at = ?, birthday = ?, anniversary = ?, last_order_at = ? WHERE id = ?",
                FAR_FUTURE, java.sql.Date.valueOf("0001-01-01"), java.sql.Date.valueOf("9999-12-31"), FAR_FUTURE, customer);
        jdbc.update("INSERT INTO customer_order (external_id, customer_id, placed_at, amount, currency, status, category, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0)", unique("O"), customer, FAR_FUTURE,
                new BigDecimal("99999999999999999.99"), "XXX", "PAID", "\u0000\u200b");

        actAsNew(Role.MANAGER);
        ComplaintForm form = new ComplaintForm();
        form.setCustomerId(customer);
        form.setChannel(ComplaintChannel.PHONE);
        form.setCategory(ComplaintCategory.PRODUCT_QUALITY);
        form.setSubject(unique("Stored bad data "));
        form.setDescription("The kettle stopped working.");
        form.setSpreadRisk(SpreadRisk.PRIVATE);
        form.setAffectedCount(1);
        long complaint = complaints.create(form).getId();
        SecurityContextHolder.clearContext();
        var original = jdbc.queryForMap("SELECT created_at, sla_due_at, sla_warn_at, waiting_since FROM complaint WHERE id = ?", complaint);
        // a far-future creation time also puts the row first in the queue's default order, so it is rendered below
        jdbc.update("UPDATE complaint SET subject = ?, description = ?, customer_name = ?, created_at = ?, sla_due_at = ?, "
                        + "sla_warn_at = ?, waiting_since = ? WHERE id = ?",
                "Bad\u0001subject\u200b", "\uD83D\uDE21".repeat(2000), "\u0007\u200b", FAR_FUTURE, FAR_FUTURE,
                Timestamp.valueOf("0001-01-01 00:00:00"), FAR_FUTURE, complaint);

        try {
            for (Role role : new Role[]{Role.AGENT, Role.MANAGER}) {
                loginNew(role);
                open("complaints/" + complaint);
                // the complaint page's lists are read-only tables (base/ui/StaticHtml), written on the server
                assertThat(staticTexts("sla-clocks", "tbody tr")).isNotEmpty();
                assertThat(staticTexts("timeline", ".cx-timeline-entry")).isNotEmpty();
                assertThat(staticText("fact-created")).isNotEmpty();
                open("complaints");
                open("customers");
                open("customers/at-risk");
                open("sla/at-risk");
            }
            login(vipManager, Role.VIP_MANAGER);
            open("concierge/book");
            open("customers/" + customer);
            open("tasks");
        } finally {
            // the far-future moments would fall into other tests' time windows (all tests share one database)
            jdbc.update("UPDATE complaint SET created_at = ?, sla_due_at = ?, sla_warn_at = ?, waiting_since = ? WHERE id = ?",
                    original.get("created_at"), original.get("sla_due_at"), original.get("sla_warn_at"),
                    original.get("waiting_since"), complaint);
            jdbc.update("UPDATE customer SET registered_at = NULL, last_order_at = NULL, layer = 'DORMANT' WHERE id = ?", customer);
            jdbc.update("DELETE FROM customer_order WHERE customer_id = ?", customer);
        }
    }

    /** Opens the address and renders the first rows of every grid on it, as the browser would ask for them. */
    private void open(String route) {
        UI.getCurrent().navigate(route);
        List<Grid> grids = _find(Grid.class);
        // every page lists something: in grids, or in read-only tables and lines written on the server (StaticHtml)
        assertThat(grids.size() + _find(com.cxops.portal.base.ui.StaticHtml.class).size()).as(route + " lists its rows").isPositive();
        for (Grid<?> grid : grids) {
            int rows = Math.min(GridKt._size(grid), ROWS_RENDERED);
            for (int i = 0; i < rows; i++) {
                assertThat(GridKt._getFormattedRow(grid, i)).as(route + " row " + i).isNotNull();
            }
        }
        // the router shows an error view (not an exception) when a view fails while it is built
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(route).isNotEmpty()
                .noneMatch(target -> target instanceof HasErrorParameter<?>);
    }
}
