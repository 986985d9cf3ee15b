package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.SpreadRisk;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ExecutiveHomeTest extends ComplaintUiTestSupport {

    @SuppressWarnings("unchecked")
    private List<String> awaiting() {
        Grid<ComplaintRow> grid = _get(Grid.class, s -> s.withId("home-awaiting-ack"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            numbers.add(GridKt._get(grid, i).number());
        }
        return numbers;
    }

    @Test
    void the_executive_s_home_lists_major_complaints_waiting_for_acknowledgement_until_acknowledged() {
        Complaint major = complaint(unique("Viral "), SpreadRisk.MEDIA_VIRAL, ComplaintCategory.OTHER);
        Complaint normal = complaint(unique("Quiet "), SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        loginNew(Role.EXECUTIVE);
        UI.getCurrent().navigate("");
        assertThat(awaiting()).contains(major.getNumber()).doesNotContain(normal.getNumber());
        workflow.acknowledgeAsExecutive(major.getId());
        UI.getCurrent().navigate("complaints");
        UI.getCurrent().navigate("");
        assertThat(awaiting()).doesNotContain(major.getNumber());
    }

    @Test
    void agents_do_not_see_the_executive_s_list() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("");
        assertThat(_find(Grid.class, s -> s.withId("home-awaiting-ack"))).isEmpty();
    }
}
