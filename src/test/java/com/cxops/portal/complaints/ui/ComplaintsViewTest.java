package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintsViewTest extends ComplaintUiTestSupport {

    @Autowired
    CustomerService customerService;

    @SuppressWarnings("unchecked")
    private Grid<com.cxops.portal.complaints.ComplaintRow> grid() {
        return _get(Grid.class, s -> s.withId("complaints-grid"));
    }

    /** Saves the queue's current filters under this name, leaves the queue, comes back and picks the saved filter. */
    private void saveAndReapplyFilter(String name) {
        _click(_get(Button.class, s -> s.withId("save-filter")));
        _setValue(_get(TextField.class, s -> s.withId("filter-name")), name);
        _click(_get(Button.class, s -> s.withId("filter-save")));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("complaints");
        @SuppressWarnings("unchecked")
        ComboBox<com.cxops.portal.complaints.SavedFilter> saved = _get(ComboBox.class, s -> s.withId("saved-filters"));
        _setValue(saved, saved.getListDataView().getItems().filter(f -> f.getName().equals(name)).findFirst().orElseThrow());
    }

    private void search(String text) {
        _setValue(_get(TextField.class, s -> s.withId("filter-text")), text);
    }

    @Test
    void agent_filters_the_queue_by_text_and_tier_and_sees_tier_badges_with_words() {
        String tag = unique("q");
        complaint(tag + " ordinary", SpreadRisk.PRIVATE, ComplaintCategory.PRODUCT_QUALITY);
        complaint(tag + " posted online", SpreadRisk.PUBLIC_POST, ComplaintCategory.PRODUCT_QUALITY);
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        search(tag);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        _setValue(_get(MultiSelectComboBox.class, s -> s.withId("filter-tier")), Set.of(Tier.URGENT));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "subject")).isEqualTo(tag + " posted online");
        assertThat(com.cxops.portal.LitHtml.cell(grid(), 0, "tier")).isEqualTo("<span class=\"cx-badge warning\">Urgent</span>");
    }

    @Test
    void built_in_views_set_the_filters() {
        String tag = unique("v");
        complaint(tag + " viral", SpreadRisk.MEDIA_VIRAL, ComplaintCategory.OTHER);
        complaint(tag + " quiet", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("view-unassigned-urgent")));
        search(tag);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "subject")).isEqualTo(tag + " viral");
        _click(_get(Button.class, s -> s.withId("view-waiting")));
        assertThat(_get(MultiSelectComboBox.class, s -> s.withId("filter-status")).getValue()).isEqualTo(Set.of(ComplaintStatus.WAITING_CUSTOMER));
        search(tag);
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void saved_personal_filter_comes_back() {
        String tag = unique("s");
        complaint(tag + " one", SpreadRisk.PRIVATE, ComplaintCategory.LATE_DELIVERY);
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        search(tag);
        saveAndReapplyFilter("Mine " + tag);
        assertThat(_get(TextField.class, s -> s.withId("filter-text")).getValue()).isEqualTo(tag);
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void assignee_filter_finds_people_by_typed_name_and_comes_back_from_a_saved_filter() {
        String agent = loginNew(Role.AGENT);
        String name = "Test " + agent;
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("more-filters")));
        @SuppressWarnings("unchecked")
        ComboBox<com.cxops.portal.base.StaffDirectory.StaffContact> assignee = _get(ComboBox.class, s -> s.withId("filter-assignee"));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(assignee, agent.toUpperCase(Locale.ROOT));
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(assignee)).containsExactly(name);
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(assignee, name);
        saveAndReapplyFilter("Assigned " + agent);
        assertThat(_get(Button.class, s -> s.withId("more-filters")).getText()).as("a folded filter is active").isEqualTo("More filters (1)");
        _click(_get(Button.class, s -> s.withId("more-filters")));
        @SuppressWarnings("unchecked")
        ComboBox<com.cxops.portal.base.StaffDirectory.StaffContact> again = _get(ComboBox.class, s -> s.withId("filter-assignee"));
        assertThat(again.getValue().username()).isEqualTo(agent);
        // the value matches the listed item (items are told apart by id), so the drop-down shows it as selected
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(again, agent);
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(again)).containsExactly(again.getValue());
    }

    @Test
    void chinese_agent_sees_the_queue_in_chinese() {
        String tag = unique("zh");
        complaint(tag, SpreadRisk.MEDIA_VIRAL, ComplaintCategory.OTHER);
        loginNew(Role.AGENT);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints");
        search(tag);
        assertThat(com.cxops.portal.LitHtml.cell(grid(), 0, "tier")).isEqualTo("<span class=\"cx-badge error\">重大</span>");
        assertThat(_get(Button.class, s -> s.withId("view-waiting")).getText()).isEqualTo("等待客户");
    }

    @Test
    @SuppressWarnings("unchecked")
    void customers_of_the_same_name_are_told_apart_in_the_intake_picker() {
        String name = unique("Wang Fang ");
        long first = customers.create(name, com.cxops.portal.customers.CustomerLayer.AT_RISK, false, null);
        long second = customers.create(name, com.cxops.portal.customers.CustomerLayer.ACTIVE, false, null);
        ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("UPDATE customer SET phone = ? WHERE id = ?", "13800001111", first);
        ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("UPDATE customer SET phone = ? WHERE id = ?", "13900002222", second);
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("complaint-new")));
        ComboBox<Customer> picker = _get(ComboBox.class, s -> s.withId("intake-customer"));
        String a = picker.getItemLabelGenerator().apply(customerService.find(first).orElseThrow());
        String b = picker.getItemLabelGenerator().apply(customerService.find(second).orElseThrow());
        assertThat(a).startsWith(name + " · ").contains("138****1111", "At risk").doesNotContain("13800001111");
        assertThat(b).startsWith(name + " · ").contains("139****2222", "Active");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    @SuppressWarnings("unchecked")
    void intake_form_says_on_save_what_is_missing_or_too_long_and_then_opens_the_new_complaint() {
        long customerId = customers.create(unique("Intake "));
        loginNew(Role.AGENT);
        Customer customer = customerService.find(customerId).orElseThrow();
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("complaint-new")));
        Button save = _get(Button.class, s -> s.withId("intake-save"));
        assertThat(save.isEnabled()).as("Save is never grey without a reason").isTrue();
        _click(save);
        TextField subject = _get(TextField.class, s -> s.withId("intake-subject"));
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Enter a short subject.");
        assertThat(subject.isRequiredIndicatorVisible()).isTrue();
        IntegerField affected = _get(IntegerField.class, s -> s.withId("intake-affected"));
        _setValue(affected, 0);
        assertThat(affected.isInvalid()).isTrue();
        assertThat(affected.getErrorMessage()).isEqualTo("Enter how many customers are affected: a whole number from 1 to 1,000,000.");
        _setValue(subject, "x".repeat(201));
        assertThat(subject.getErrorMessage()).isEqualTo("Too long: at most 200 characters.");
        assertThat(_find(Span.class, s -> s.withId("complaint-tier"))).as("nothing saved").isEmpty();
        _setValue(_get(ComboBox.class, s -> s.withId("intake-customer")), customer);
        _setValue(_get(Select.class, s -> s.withId("intake-channel")), com.cxops.portal.complaints.ComplaintChannel.CHAT);
        _setValue(_get(Select.class, s -> s.withId("intake-category")), ComplaintCategory.LATE_DELIVERY);
        _setValue(_get(TextField.class, s -> s.withId("intake-subject")), "Parcel late");
        _setValue(_get(TextArea.class, s -> s.withId("intake-description")), "Ordered ten days ago");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("intake-spread")), SpreadRisk.PUBLIC_POST);
        _setValue(_get(IntegerField.class, s -> s.withId("intake-affected")), 1);
        _click(save);
        assertThat(_get(Span.class, s -> s.withId("complaint-tier")).getText()).isEqualTo("Urgent");
        assertThat(_get(Span.class, s -> s.withId("complaint-tier-reason")).getText()).isEqualTo("public post");
    }

    @Test
    void bulk_assign_is_offered_to_managers_only() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        assertThat(_find(Button.class, s -> s.withId("bulk-assign"))).as("invisible to agents").isEmpty();
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("complaints");
        assertThat(_get(Button.class, s -> s.withId("bulk-assign")).isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void manager_bulk_assigns_selected_complaints() {
        String tag = unique("b");
        Complaint one = complaint(tag + " one", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        Complaint two = complaint(tag + " two", SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        String agent = unique("ag");
        testStaff.ensure(agent, Role.AGENT);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints");
        search(tag);
        grid().select(GridKt._get(grid(), 0));
        grid().select(GridKt._get(grid(), 1));
        _click(_get(Button.class, s -> s.withId("bulk-assign")));
        ComboBox<com.cxops.portal.base.StaffDirectory.StaffContact> who = _get(ComboBox.class, s -> s.withId("bulk-assignee"));
        _setValue(who, who.getListDataView().getItems().filter(c -> c.username().equals(agent)).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("bulk-assign-save")));
        long agentId = testStaff.get(agent).getId();
        assertThat(service.get(one.getId()).getAssigneeId()).isEqualTo(agentId);
        assertThat(service.get(two.getId()).getAssigneeId()).isEqualTo(agentId);
        assertThat(GridKt._getFormatted(grid(), 0, "assignee")).isEqualTo("Test " + agent);
    }
}
