package com.cxops.portal.customers;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.security.TestStaff;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerViewsTest extends KaribuTestBase {

    @Autowired CustomerRepository customers;
    @Autowired OrderRepository orders;
    @Autowired TestStaff staff;
    @Autowired JdbcTemplate jdbc;

    Customer customer(String name) {
        Customer c = new Customer(unique("ext"), name);
        c.setEmail(unique("mail") + "@example.com");
        c.setRegisteredAt(Instant.parse("2025-01-01T00:00:00Z"));
        return customers.saveAndFlush(c);
    }

    @SuppressWarnings("unchecked")
    Grid<Customer> grid() {
        return _get(Grid.class, s -> s.withId("customer-grid"));
    }

    @Test
    void agent_finds_a_customer_by_the_start_of_the_name() {
        String name = unique("Zhang");
        customer(name + " Wei");
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("customers");
        _setValue(_get(TextField.class, s -> s.withId("customer-search")), name);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).getName()).isEqualTo(name + " Wei");
    }

    @Test
    void search_finds_by_external_id_and_by_email() {
        Customer c = customer(unique("Li"));
        loginNew(Role.EXECUTIVE);
        UI.getCurrent().navigate("customers");
        _setValue(_get(TextField.class, s -> s.withId("customer-search")), c.getExternalId());
        assertThat(GridKt._get(grid(), 0).getId()).isEqualTo(c.getId());
        _setValue(_get(TextField.class, s -> s.withId("customer-search")), c.getEmail());
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void layer_filter_shows_only_customers_of_that_layer() {
        String name = unique("Layer");
        Customer atRisk = customer(name + " a");
        atRisk.setLayer(CustomerLayer.AT_RISK, "layer.reason.at-risk|160|20", Instant.now());
        customers.saveAndFlush(atRisk);
        customer(name + " b");
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("customers");
        _setValue(_get(TextField.class, s -> s.withId("customer-search")), name);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        _setValue(_get(Select.class, s -> s.withId("customer-layer-filter")), CustomerLayer.AT_RISK);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).getId()).isEqualTo(atRisk.getId());
        assertThat(com.cxops.portal.LitHtml.cell(grid(), 0, "layer")).isEqualTo("<span class=\"cx-badge warning\">At risk</span>");
    }

    @Test
    void vip_manager_starts_on_their_own_book() {
        String me = loginNew(Role.VIP_MANAGER);
        String name = unique("Book");
        Customer mine = customer(name + " mine");
        mine.setAccountManagerId(staff.get(me).getId());
        customers.saveAndFlush(mine);
        customer(name + " other");
        UI.getCurrent().navigate("customers");
        Checkbox myBook = _get(Checkbox.class, s -> s.withId("customer-my-book"));
        assertThat(myBook.getValue()).isTrue();
        _setValue(_get(TextField.class, s -> s.withId("customer-search")), name);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        _setValue(myBook, false);
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void agents_see_no_recompute_button_and_managers_do() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("customers");
        assertThat(_find(Button.class, s -> s.withId("customers-recompute"))).isEmpty();
        assertThat(_find(Checkbox.class, s -> s.withId("customer-my-book"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("customers-import"))).isEmpty();
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers");
        assertThat(_get(Button.class, s -> s.withId("customers-recompute")).isVisible()).isTrue();
        _click(_get(Button.class, s -> s.withId("customers-import")));
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, s -> s.withId("import-upload"))).hasSize(1);
        assertThat(_get(Span.class, s -> s.withId("import-limit")).getText()).isEqualTo("At most 200 MB per file.");
    }

    @Test
    void customer_page_shows_the_layer_with_its_reason_rfm_and_orders() {
        Customer c = customer(unique("Wang"));
        c.setLayer(CustomerLayer.AT_RISK, "layer.reason.at-risk|163|17", Instant.now());
        c.setRfm(2, 3, 4);
        customers.saveAndFlush(c);
        orders.saveAndFlush(new CustomerOrder(unique("o"), c, Instant.parse("2026-01-01T10:00:00Z"), new BigDecimal("88.50"),
                "CNY", OrderStatus.PAID, "=HYPERLINK(\"http://x\")"));
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("customers/" + c.getId());
        assertThat(_get(H2.class, s -> s.withId("customer-name")).getText()).isEqualTo(c.getName());
        assertThat(_get(Span.class, s -> s.withId("customer-layer-reason")).getText())
                .isEqualTo("last order 163 days ago: at risk (17 days before dormant)");
        assertThat(_get(Span.class, s -> s.withId("customer-rfm")).getText()).contains("recency 2", "frequency 3", "monetary 4");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("customer-orders")))).isEqualTo(1);
        assertThat(_find(Button.class, s -> s.withId("customer-edit"))).isEmpty();
    }

    @Test
    void sections_contributed_by_other_features_appear_on_the_customer_page() {
        Customer c = customer(unique("Feng"));
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("customers/" + c.getId());
        assertThat(_get(Span.class, s -> s.withId("test-section")).getText()).isEqualTo("section for " + c.getExternalId());
    }

    @Test
    void search_finds_by_the_start_of_the_phone_number() {
        Customer c = customer(unique("Han"));
        String phone = "+86 " + (100000000L + (long) (Math.random() * 899999999L));
        c.setPhone(phone);
        customers.saveAndFlush(c);
        loginNew(Role.VIP_MANAGER);
        UI.getCurrent().navigate("customers");
        _setValue(_get(Checkbox.class, s -> s.withId("customer-my-book")), false);
        _setValue(_get(TextField.class, s -> s.withId("customer-search")), phone);
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void customer_page_speaks_chinese() {
        Customer c = customer(unique("Zhao"));
        c.setLayer(CustomerLayer.DORMANT, "layer.reason.dormant|200", Instant.now());
        customers.saveAndFlush(c);
        loginNew(Role.AGENT);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("customers/" + c.getId());
        assertThat(_get(Span.class, s -> s.withId("customer-layer-reason")).getText()).isEqualTo("最近一次下单在 200 天前：沉睡");
    }

    @Test
    void unknown_customer_says_not_found() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("customers/999999999");
        assertThat(_get(Span.class, s -> s.withId("customer-not-found")).getText()).isEqualTo("This record no longer exists.");
    }

    @Test
    void manager_edits_a_customer_and_assigns_an_account_manager() {
        Customer c = customer(unique("Sun"));
        String vip = unique("vip");
        staff.ensure(vip, Role.VIP_MANAGER);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers/" + c.getId());
        _click(_get(Button.class, s -> s.withId("customer-edit")));
        _setValue(_get(TextField.class, s -> s.withId("customer-edit-name")), "Sun Li");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<com.cxops.portal.base.StaffDirectory.StaffContact> manager =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("customer-edit-manager"));
        _setValue(manager, manager.getListDataView().getItems().filter(m -> m.username().equals(vip)).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("customer-save")));
        Customer saved = customers.findById(c.getId()).orElseThrow();
        assertThat(saved.getName()).isEqualTo("Sun Li");
        assertThat(saved.getAccountManagerId()).isEqualTo(staff.get(vip).getId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Customer' AND record_id = ? AND action = 'CUSTOMER_UPDATED'",
                Long.class, c.getId().toString())).isEqualTo(1);
    }

    @Test
    void manual_vip_without_a_reason_cannot_be_saved() {
        Customer c = customer(unique("Qian"));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers/" + c.getId());
        _click(_get(Button.class, s -> s.withId("customer-edit")));
        _setValue(_get(Checkbox.class, s -> s.withId("customer-edit-manual-vip")), true);
        Button save = _get(Button.class, s -> s.withId("customer-save"));
        assertThat(save.isEnabled()).as("Save says why on click instead of staying grey").isTrue();
        _click(save);
        TextField reason = _get(TextField.class, s -> s.withId("customer-edit-manual-vip-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(t("customer.error.vip-reason"));
        assertThat(_find(Button.class, s -> s.withId("customer-save"))).as("nothing saved, the editor stays open").hasSize(1);
        _setValue(reason, "Board member's family");
        _click(save);
        assertThat(_find(Button.class, s -> s.withId("customer-save"))).as("saved and closed").isEmpty();
    }

    @Test
    void a_bad_email_says_why_beside_the_field_also_when_the_browser_flags_it_first() {
        Customer c = customer(unique("Feng"));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers/" + c.getId());
        _click(_get(Button.class, s -> s.withId("customer-edit")));
        com.vaadin.flow.component.textfield.EmailField email =
                _get(com.vaadin.flow.component.textfield.EmailField.class, s -> s.withId("customer-edit-email"));
        // the browser's own pattern check (which karibu does not run) shows this message, not an empty red field
        assertThat(email.getI18n().getPatternErrorMessage()).isEqualTo(t("customer.error.email"));
        assertThat(_get(TextField.class, s -> s.withId("customer-edit-name")).isRequiredIndicatorVisible()).isTrue();
        _setValue(email, "wang@");
        _click(_get(Button.class, s -> s.withId("customer-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(t("customer.error.email"));
        assertThat(customers.findById(c.getId()).orElseThrow().getEmail()).isNotEqualTo("wang@");
    }

    @Test
    void the_name_is_required_and_says_its_limit() {
        Customer c = customer(unique("Jiang"));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers/" + c.getId());
        _click(_get(Button.class, s -> s.withId("customer-edit")));
        TextField name = _get(TextField.class, s -> s.withId("customer-edit-name"));
        _setValue(name, " ");
        _click(_get(Button.class, s -> s.withId("customer-save")));
        assertThat(name.getErrorMessage()).isEqualTo(t("customer.error.name"));
        _setValue(name, "n".repeat(com.cxops.portal.customers.CustomerRules.NAME_MAX + 1));
        _click(_get(Button.class, s -> s.withId("customer-save")));
        assertThat(name.getErrorMessage()).isEqualTo("Too long: at most 200 characters.");
        assertThat(customers.findById(c.getId()).orElseThrow().getName()).isEqualTo(c.getName());
    }

    @Test
    void a_conflicting_edit_shows_who_changed_the_customer() {
        Customer c = customer(unique("Zhou"));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers/" + c.getId());
        _click(_get(Button.class, s -> s.withId("customer-edit")));
        Customer other = customers.findById(c.getId()).orElseThrow();
        other.setNotes("changed elsewhere");
        other.touch(Instant.now(), "someone");
        customers.saveAndFlush(other);
        _setValue(_get(TextField.class, s -> s.withId("customer-edit-name")), "Zhou Mine");
        _click(_get(Button.class, s -> s.withId("customer-save")));
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(customers.findById(c.getId()).orElseThrow().getName()).isEqualTo(c.getName());
    }

    @Test
    void at_risk_list_opens_for_every_role() {
        loginNew(Role.VIP_MANAGER);
        UI.getCurrent().navigate("customers/at-risk");
        assertThat(_find(Grid.class, s -> s.withId("at-risk-grid"))).hasSize(1);
    }
}
