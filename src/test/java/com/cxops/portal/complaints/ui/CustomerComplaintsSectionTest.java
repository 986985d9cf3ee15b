package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.SpreadRisk;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerComplaintsSectionTest extends ComplaintUiTestSupport {

    @Test
    void customer_page_lists_the_customer_s_complaints_newest_first() {
        long customer = customers.create(unique("Section "));
        Complaint older = complaint(customer, "Parcel late", SpreadRisk.PRIVATE, ComplaintCategory.LATE_DELIVERY);
        clock.advance(java.time.Duration.ofMinutes(5));
        Complaint newer = complaint(customer, "Refund missing", SpreadRisk.PRIVATE, ComplaintCategory.LATE_DELIVERY);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers/" + customer);
        @SuppressWarnings("unchecked")
        Grid<com.cxops.portal.complaints.ComplaintRow> grid = _get(Grid.class, s -> s.withId("customer-complaints"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(newer.getId());
        assertThat(GridKt._get(grid, 1).id()).isEqualTo(older.getId());
        // the newer one is a repeat complaint, which the default rules raise to urgent
        assertThat(com.cxops.portal.LitHtml.cell(grid, 0, "tier")).isEqualTo("<span class=\"cx-badge warning\">Urgent</span>");
        assertThat(com.cxops.portal.LitHtml.cell(grid, 1, "tier")).isEqualTo("<span class=\"cx-badge neutral\">Normal</span>");
        assertThat(com.cxops.portal.LitHtml.cell(grid, 0, "status")).isEqualTo("<span class=\"cx-badge primary\">New</span>");
    }

    @Test
    void administrators_who_do_not_read_complaints_do_not_get_the_section() {
        long customer = customers.create(unique("Section "));
        complaint(customer, "Parcel late", SpreadRisk.PRIVATE, ComplaintCategory.LATE_DELIVERY);
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("customers/" + customer);
        assertThat(_find(Grid.class, s -> s.withId("customer-complaints"))).isEmpty();
    }
}
