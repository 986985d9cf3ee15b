package com.cxops.portal.complaints.ui;

import com.cxops.portal.LitHtml;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.SpreadRisk;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class QueueFitsTheScreenTest extends ComplaintUiTestSupport {

    @SuppressWarnings("unchecked")
    private Grid<ComplaintRow> grid() {
        return _get(Grid.class, s -> s.withId("complaints-grid"));
    }

    private ComplaintsView view() {
        return _get(ComplaintsView.class);
    }

    private void search(String text) {
        _setValue(_get(TextField.class, s -> s.withId("filter-text")), text);
    }

    private String count() {
        return _get(Span.class, s -> s.withId("complaint-count")).getText();
    }

    @Test
    void the_queue_says_how_many_complaints_match_its_filters_with_the_right_plural() {
        String tag = unique("n");
        complaint(tag + " one", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        complaint(tag + " two", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints");
        search(tag);
        assertThat(count()).isEqualTo("2 complaints");
        search(tag + " one");
        assertThat(count()).isEqualTo("1 complaint");
        search(tag + " none");
        assertThat(count()).isEqualTo("No complaints match");
    }

    @Test
    void everyday_filters_stand_in_one_row_and_the_rest_fold_behind_more_filters() {
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints");
        assertThat(_find(ComboBox.class, s -> s.withId("filter-team"))).as("folded").isEmpty();
        _click(_get(Button.class, s -> s.withId("more-filters")));
        assertThat(_get(ComboBox.class, s -> s.withId("filter-team")).isVisible()).isTrue();
        assertThat(_get(Button.class, s -> s.withId("more-filters")).getText()).isEqualTo("Fewer filters");
    }

    @Test
    void on_a_laptop_the_minor_columns_stay_hidden_so_that_the_sla_column_needs_no_horizontal_scrolling() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        view().layoutFor(1366);
        assertThat(grid().getColumnByKey("slaDue").isVisible()).isTrue();
        assertThat(grid().getColumnByKey("category").isVisible()).isFalse();
        assertThat(grid().getColumnByKey("channel").isVisible()).isFalse();
        assertThat(grid().getColumnByKey("card").isVisible()).isFalse();
        view().layoutFor(1920);
        assertThat(grid().getColumnByKey("category").isVisible()).isTrue();
    }

    @Test
    void on_a_phone_each_complaint_is_a_card_with_number_subject_tier_and_sla_badge() {
        String tag = unique("c");
        Complaint c = complaint(tag + " posted online", SpreadRisk.PUBLIC_POST, ComplaintCategory.PRODUCT_QUALITY);
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        view().layoutFor(375);
        assertThat(grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey)).containsExactly("card");
        search(tag);
        String card = LitHtml.cell(grid(), 0, "card");
        assertThat(card).contains(c.getNumber()).contains(tag + " posted online")
                .contains("<span class=\"cx-badge warning\">Urgent</span>").contains("cx-sla");
    }

    @Test
    void bulk_assignment_reports_how_many_were_assigned_and_how_many_already_had_that_assignee() {
        String tag = unique("r");
        Complaint one = complaint(tag + " one", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        complaint(tag + " two", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        complaint(tag + " three", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        String agent = unique("ag");
        testStaff.ensure(agent, Role.AGENT);
        long agentId = testStaff.get(agent).getId();
        loginNew(Role.MANAGER);
        assignment.assign(one.getId(), agentId, null, service.get(one.getId()).getVersion());
        UI.getCurrent().navigate("complaints");
        search(tag);
        for (int i = 0; i < 3; i++) {
            grid().select(GridKt._get(grid(), i));
        }
        _click(_get(Button.class, s -> s.withId("bulk-assign")));
        @SuppressWarnings("unchecked")
        ComboBox<com.cxops.portal.base.StaffDirectory.StaffContact> who = _get(ComboBox.class, s -> s.withId("bulk-assignee"));
        _setValue(who, who.getListDataView().getItems().filter(s -> s.id() == agentId).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("bulk-assign-save")));
        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(e -> assertThat(e.getProperty("text")).isEqualTo("2 assigned, 1 already had that assignee."));
    }

    @Test
    void a_dialog_with_typed_input_asks_before_it_closes_on_escape() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("save-filter")));
        Dialog dialog = _get(Dialog.class, s -> s.withId("save-filter-dialog"));
        _setValue(_get(TextField.class, s -> s.withId("filter-name")), "Half typed");
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        assertThat(dialog.isOpened()).as("kept open").isTrue();
        _click(_get(Button.class, s -> s.withId("unsaved-keep")));
        assertThat(dialog.isOpened()).isTrue();
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        _click(_get(Button.class, s -> s.withId("unsaved-discard")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void an_untouched_dialog_closes_on_escape_at_once() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("save-filter")));
        Dialog dialog = _get(Dialog.class, s -> s.withId("save-filter-dialog"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(Dialog.class, s -> s.withId("unsaved-dialog"))).isEmpty();
    }
}
