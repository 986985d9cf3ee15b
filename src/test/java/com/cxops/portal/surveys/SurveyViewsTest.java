package com.cxops.portal.surveys;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff screens: results with drill-down, campaigns, the customer 360 section and the complaint's CSAT. */
class SurveyViewsTest extends KaribuTestBase {

    @Autowired
    SurveyRollups rollups;

    @Autowired
    TestCustomers customers;
    @Autowired
    InvitationService invitations;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    ComplaintIntakeService complaintIntake;
    @Autowired
    ComplaintWorkflowService complaintWorkflow;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    com.cxops.portal.complaints.TeamService teams;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String answerNps(long customer, int score, String comment) {
        tx.executeWithoutResult(s -> invitations.scheduleNps(customer, null, clock.instant()));
        while (tx.execute(s -> invitations.sendDue()) > 0) {
            // all batches
        }
        String email = jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, customer);
        String body = jdbc.queryForList("SELECT body FROM mail_outbox WHERE email = ? ORDER BY id DESC", String.class, email).getFirst();
        Matcher m = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).isTrue();
        publicSurveys.answer(m.group(1), Integer.toString(score), comment, "en", "10.9.0.1");
        return m.group(1);
    }

    @Test
    void manager_sees_nps_by_layer_and_drills_down_to_the_detractors_comments_shown_as_text() {
        clock.set(Instant.parse("2027-02-10T08:00:00Z"));
        Authentication none = SecurityContextHolder.getContext().getAuthentication();
        long vip = customers.create(unique("V "), CustomerLayer.HIGH_NET_WORTH, false, null);
        long atRisk = customers.create(unique("R "), CustomerLayer.AT_RISK, false, null);
        answerNps(vip, 10, null);
        final String reference = unique("ref");
        answerNps(atRisk, 2, "<b>courier</b> never came " + reference);
        SecurityContextHolder.getContext().setAuthentication(none);

        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("surveys");
        String summary = _get(Span.class, s -> s.withId("surveys-summary")).getText();
        assertThat(summary).contains("NPS:").contains("Response rate");  // other tests' answers share the period
        @SuppressWarnings("unchecked")
        Grid<SurveyResults.Group> groups = _get(Grid.class, s -> s.withId("surveys-groups"));
        assertThat(GridKt._size(groups)).isGreaterThanOrEqualTo(2);
        int atRiskRow = -1;
        for (int i = 0; i < GridKt._size(groups); i++) {
            if ("AT_RISK".equals(GridKt._get(groups, i).group())) {
                atRiskRow = i;
            }
        }
        assertThat(atRiskRow).isNotNegative();
        assertThat(GridKt._getFormatted(groups, atRiskRow, "group")).isEqualTo("At risk");
        GridKt._clickItem(groups, atRiskRow);
        @SuppressWarnings("unchecked")
        Grid<SurveyResults.AnswerRow> answers = _get(Grid.class, s -> s.withId("surveys-answers"));
        _setValue(_get(TextField.class, s -> s.withId("surveys-text")), reference);
        assertThat(GridKt._size(answers)).isEqualTo(1);
        assertThat(GridKt._getFormatted(answers, 0, "comment")).isEqualTo("<b>courier</b> never came " + reference);
        assertThat(GridKt._getFormatted(answers, 0, "themes")).isEqualTo("Delivery");
        assertThat(_get(Div.class, s -> s.withId("surveys-trend")).getElement().toString()).contains("<svg");
    }

    @SuppressWarnings("unchecked")
    private static Select<String> dimension(SurveySplit split) {
        return _get(Select.class, s -> s.withId("surveys-filter-" + split.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private static SurveyResults.Group row(Grid<SurveyResults.Group> groups, String group) {
        for (int i = 0; i < GridKt._size(groups); i++) {
            if (group.equals(GridKt._get(groups, i).group())) {
                GridKt._clickItem(groups, i);
                return GridKt._get(groups, i);
            }
        }
        throw new AssertionError("no group " + group);
    }

    @Test
    void a_click_on_a_group_opens_its_answers_with_the_filter_set_and_the_list_counts_the_groups_number() {
        clock.set(Instant.parse("2041-03-20T08:00:00Z"));
        String agent = unique("a");
        testStaff.ensure(agent, Role.AGENT);
        long teamA = 9_041_700_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L) * 2;
        AnswerFixtures.write(jdbc, customers, unique("Drill"),
                new AnswerFixtures.Ids(teamA, teamA + 1, testStaff.get(agent).getId(), teamA + 2));
        rollups.rebuild(); // the fixtures go straight to the tables, past the rollups' writers
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("surveys");
        _setValue(_get(DatePicker.class, s -> s.withId("surveys-from")), LocalDate.of(2041, 3, 1));
        _setValue(_get(DatePicker.class, s -> s.withId("surveys-to")), LocalDate.of(2041, 3, 31));
        @SuppressWarnings("unchecked")
        Grid<SurveyResults.Group> groups = _get(Grid.class, s -> s.withId("surveys-groups"));
        @SuppressWarnings("unchecked")
        Grid<SurveyResults.AnswerRow> answers = _get(Grid.class, s -> s.withId("surveys-answers"));
        Span count = _get(Span.class, s -> s.withId("surveys-answer-count"));

        SurveyResults.Group atRisk = row(groups, "AT_RISK");
        assertThat(dimension(SurveySplit.LAYER).getValue()).isEqualTo("AT_RISK");
        assertThat(count.getText()).isEqualTo(atRisk.score().answers() + " answers match");
        assertThat(GridKt._size(answers)).isEqualTo((int) atRisk.score().answers());
        assertThat(GridKt._size(answers)).isGreaterThanOrEqualTo(2);

        // a narrower filter on top of the drill-down, then another group: the new drill-down starts clean
        _setValue(_get(Select.class, s -> s.withId("surveys-band")), ScoreBand.UNHAPPY);
        assertThat(GridKt._size(answers)).isLessThan((int) atRisk.score().answers());
        _setValue(_get(Select.class, s -> s.withId("surveys-split")), SurveySplit.VIP);
        SurveyResults.Group vip = row(groups, "true");
        assertThat(dimension(SurveySplit.VIP).getValue()).isEqualTo("true");
        assertThat(dimension(SurveySplit.LAYER).getValue()).isNull();
        assertThat(_get(Select.class, s -> s.withId("surveys-band")).getValue()).isNull();
        assertThat(GridKt._size(answers)).isEqualTo((int) vip.score().answers());

        // CSAT by team: the team's two answers, found by the team filter
        _setValue(_get(Select.class, s -> s.withId("surveys-kind")), SurveyKind.CSAT);
        _setValue(_get(Select.class, s -> s.withId("surveys-split")), SurveySplit.TEAM);
        SurveyResults.Group team = row(groups, Long.toString(teamA));
        assertThat(team.score().answers()).isEqualTo(2);
        assertThat(dimension(SurveySplit.TEAM).getValue()).isEqualTo(Long.toString(teamA));
        assertThat(count.getText()).isEqualTo("2 answers match");
        assertThat(GridKt._size(answers)).isEqualTo(2);
        _setValue(dimension(SurveySplit.AGENT), Long.toString(testStaff.get(agent).getId()));
        assertThat(GridKt._size(answers)).isOne();

        // the whole period's number: every filter off
        _click(_get(Button.class, s -> s.withId("surveys-show-all")));
        String summary = _get(Span.class, s -> s.withId("surveys-summary")).getText();
        assertThat(dimension(SurveySplit.TEAM).getValue()).isNull();
        assertThat(summary).contains("Answers " + GridKt._size(answers) + " ");
        assertThat(count.getText()).isEqualTo(GridKt._size(answers) + " answers match");
    }

    @Test
    void admin_picks_the_recovery_team_by_name() {
        loginNew(Role.ADMIN);
        com.cxops.portal.complaints.TeamForm form = new com.cxops.portal.complaints.TeamForm();
        form.setName(unique("Recovery "));
        long team = teams.create(form).getId();
        UI.getCurrent().navigate("admin/settings");
        _setValue(_get(TextField.class, s -> s.withId("settings-filter")), SurveySettings.RECOVERY_TEAM);
        @SuppressWarnings("unchecked")
        Grid<com.cxops.portal.base.settings.Setting> grid = _get(Grid.class, s -> s.withId("settings-grid"));
        assertThat(GridKt._size(grid)).isOne();
        try {
            GridKt._clickItem(grid, 0);
            @SuppressWarnings("unchecked")
            Select<com.cxops.portal.base.settings.SettingChoice> pick = _get(Select.class, s -> s.withId("setting-choice"));
            com.cxops.portal.base.settings.SettingChoice choice = pick.getListDataView().getItems()
                    .filter(c -> c.value().equals(Long.toString(team))).findFirst().orElseThrow();
            assertThat(pick.getItemLabelGenerator().apply(choice)).isEqualTo(form.getName());
            assertThat(pick.getListDataView().getItems().map(pick.getItemLabelGenerator()))
                    .contains("None: the complaint's team, else the concierge pool");
            _setValue(pick, choice);
            _click(_get(Button.class, s -> s.withId("setting-save")));
            assertThat(jdbc.queryForObject("SELECT setting_value FROM setting WHERE setting_key = ?", String.class,
                    SurveySettings.RECOVERY_TEAM)).isEqualTo(Long.toString(team));
            assertThat(GridKt._getFormatted(grid, 0, "value")).isEqualTo(form.getName());
        } finally {
            jdbc.update("UPDATE setting SET setting_value = '0' WHERE setting_key = ?", SurveySettings.RECOVERY_TEAM);
        }
    }

    @Test
    void agent_sees_only_csat_and_cannot_open_campaigns() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("surveys");
        @SuppressWarnings("unchecked")
        Select<SurveyKind> kind = _get(Select.class, s -> s.withId("surveys-kind"));
        assertThat(kind.getValue()).isEqualTo(SurveyKind.CSAT);
        assertThat(kind.getListDataView().getItems()).containsExactly(SurveyKind.CSAT);
    }

    @Test
    void campaign_form_shows_its_reach_and_refuses_a_window_in_the_past() {
        clock.set(Instant.parse("2027-02-11T08:00:00Z"));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("surveys/campaigns");
        _setValue(_get(TextField.class, s -> s.withId("campaign-name")), "Spring NPS");
        _click(_get(Button.class, s -> s.withId("campaign-preview")));
        assertThat(_get(Span.class, s -> s.withId("campaign-reach")).getText()).startsWith("Will invite");
        _setValue(_get(DateTimePicker.class, s -> s.withId("campaign-window-start")), LocalDateTime.of(2027, 1, 1, 9, 0));
        _setValue(_get(DateTimePicker.class, s -> s.withId("campaign-window-end")), LocalDateTime.of(2027, 1, 2, 9, 0));
        _click(_get(Button.class, s -> s.withId("campaign-start")));
        DateTimePicker end = _get(DateTimePicker.class, s -> s.withId("campaign-window-end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).contains("in the past");
    }

    @Test
    void complaint_page_and_customer_360_show_the_csat_answer() {
        clock.set(Instant.parse("2027-02-12T08:00:00Z"));
        long customer = customers.create(unique("C "));
        actAsNew(Role.MANAGER);
        ComplaintForm f = new ComplaintForm();
        f.setCustomerId(customer);
        f.setChannel(ComplaintChannel.PHONE);
        f.setCategory(ComplaintCategory.PRODUCT_QUALITY);
        f.setSubject(unique("Kettle "));
        f.setDescription("Broken after a day.");
        f.setSpreadRisk(SpreadRisk.PRIVATE);
        f.setAffectedCount(1);
        Complaint c = complaintIntake.create(f);
        c = complaintWorkflow.transition(c.getId(), ComplaintStatus.ACKNOWLEDGED, c.getVersion());
        c = complaintWorkflow.transition(c.getId(), ComplaintStatus.IN_PROGRESS, c.getVersion());
        c = complaintWorkflow.transition(c.getId(), ComplaintStatus.RESOLVED, c.getVersion());
        clock.set(Instant.parse("2027-02-12T10:00:00Z"));
        while (tx.execute(s -> invitations.sendDue()) > 0) {
            // all batches
        }
        String email = jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, customer);
        String body = jdbc.queryForList("SELECT body FROM mail_outbox WHERE email = ? ORDER BY id DESC", String.class, email).getFirst();
        Matcher m = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).isTrue();
        publicSurveys.answer(m.group(1), "2", "Took too long", "en", "10.9.0.2");

        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(_get(Div.class, s -> s.withId("complaint-csat")).getElement().getTextRecursively())
                .contains("CSAT 2 of 5").contains("Took too long");
        UI.getCurrent().navigate("customers/" + customer);
        assertThat(_get(VerticalLayout.class, s -> s.withId("customer-surveys")).getElement().getTextRecursively())
                .contains("Survey language: English");  // the language the customer answered in
        @SuppressWarnings("unchecked")
        Grid<Answer> answers = _get(Grid.class, s -> s.withId("customer-survey-answers"));
        assertThat(GridKt._size(answers)).isOne();
    }
}
