package com.cxops.portal.complaints.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.TieringRule;
import com.cxops.portal.complaints.Tier;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.cxops.portal.complaints.ActionRow;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.RcaDimension;
import com.cxops.portal.complaints.RcaFinding;
import com.cxops.portal.complaints.RootCauseService;
import com.cxops.portal.customers.TestCustomers;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AdminViewsTest extends KaribuTestBase {

    @SuppressWarnings("unchecked")
    private Grid<TieringRule> rules() {
        return _get(Grid.class, s -> s.withId("rules-grid"));
    }

    @Test
    void admin_sees_the_default_rules_and_a_rule_without_condition_is_refused() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/tiering-rules");
        Grid<TieringRule> grid = rules();
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, "name")))
                .contains("public post", "VIP customer", "media or viral exposure");
        _click(_get(Button.class, s -> s.withId("rule-new")));
        _setValue(_get(TextField.class, s -> s.withId("rule-name")), unique("empty "));
        _click(_get(Button.class, s -> s.withId("rule-save")));
        assertThat(_find(Button.class, s -> s.withId("rule-save"))).as("dialog stays open").hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_adds_a_disabled_keyword_rule() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/tiering-rules");
        int before = GridKt._size(rules());
        String name = unique("rule ");
        _click(_get(Button.class, s -> s.withId("rule-new")));
        _setValue(_get(TextField.class, s -> s.withId("rule-name")), name);
        _setValue(_get(Select.class, s -> s.withId("rule-tier")), Tier.MAJOR);
        _setValue(_get(Checkbox.class, s -> s.withId("rule-enabled")), false);
        _setValue(_get(TextArea.class, s -> s.withId("rule-keywords")), unique("kw") + "，" + unique("词"));
        _click(_get(Button.class, s -> s.withId("rule-save")));
        assertThat(GridKt._size(rules())).isEqualTo(before + 1);
        assertThat(GridKt._getFormatted(rules(), before, "state")).isEqualTo("Disabled");
    }

    @Test
    void admin_creates_a_team() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/teams");
        _click(_get(Button.class, s -> s.withId("team-new")));
        Button save = _get(Button.class, s -> s.withId("team-save"));
        _click(save);
        assertThat(_get(TextField.class, s -> s.withId("team-name")).getErrorMessage()).isEqualTo(t("team.error.name"));
        String name = unique("Team ");
        _setValue(_get(TextField.class, s -> s.withId("team-name")), name);
        _click(save);
        @SuppressWarnings("unchecked")
        Grid<com.cxops.portal.complaints.Team> grid = _get(Grid.class, s -> s.withId("teams-grid"));
        assertThat(grid.getListDataView().getItems().map(com.cxops.portal.complaints.Team::getName)).contains(name);
    }

    @Autowired
    ComplaintIntakeService complaintIntake;
    @Autowired
    RootCauseService rca;
    @Autowired
    TestCustomers customers;

    @Test
    @SuppressWarnings("unchecked")
    void corrective_actions_list_shows_overdue_ones_first_and_highlighted() {
        String manager = loginNew(Role.MANAGER);
        ComplaintForm f = new ComplaintForm();
        f.setCustomerId(customers.create(unique("RCA ")));
        f.setChannel(ComplaintChannel.PHONE);
        f.setCategory(ComplaintCategory.PRODUCT_SAFETY);
        f.setSubject("Burn from the heater");
        f.setDescription("The heater casing got too hot");
        Complaint c = complaintIntake.create(f);
        RcaFinding finding = rca.addFinding(c.getId(), RcaDimension.SYSTEM, "No temperature test");
        rca.addAction(finding.getId(), unique("Overdue "), testStaff.get(manager).getId(), LocalDate.now(clock).minusDays(3));
        UI.getCurrent().navigate("corrective-actions");
        Grid<ActionRow> grid = _get(Grid.class, s -> s.withId("actions-grid"));
        Span due = (Span) GridKt._getCellComponent(grid, 0, "due");
        assertThat(due.getText()).startsWith("Overdue since");
        assertThat(due.getClassNames()).contains("cx-badge", "error");
    }

    @Test
    void managers_see_corrective_actions_and_agents_do_not() {
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("corrective-actions");
        assertThat(_find(Grid.class, s -> s.withId("actions-grid"))).hasSize(1);
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("corrective-actions");
        assertThat(_find(Grid.class, s -> s.withId("actions-grid"))).isEmpty();
    }
}
