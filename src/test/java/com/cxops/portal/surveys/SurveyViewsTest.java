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
