package com.cxops.portal;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.SavedFilter;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TimelineEntry;
import com.cxops.portal.complaints.TeamForm;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.TieringRule;
import com.cxops.portal.customers.CustomerRules;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.security.StaffMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue "forms that say what is wrong": text over its limit is marked beside the field with the limit in the words,
 * in the viewer's language, and nothing is saved. The view and the service read the same constant.
 */
class FormLimitsTest extends KaribuTestBase {

    @Autowired
    TeamService teams;

    @Autowired
    TestCustomers customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.cxops.portal.surveys.ThemeService themes;

    @Autowired
    ComplaintIntakeService intake;

    @Autowired
    ComplaintWorkflowService workflow;

    @Test
    void a_team_name_over_its_limit_says_the_limit_and_nothing_is_saved() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/teams");
        _click(_get(Button.class, s -> s.withId("team-new")));
        String name = unique("T") + "x".repeat(Team.NAME_MAX);
        TextField field = _get(TextField.class, s -> s.withId("team-name"));
        _setValue(field, name);
        _click(_get(Button.class, s -> s.withId("team-save")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Too long: at most 100 characters.");
        assertThat(_find(Button.class, s -> s.withId("team-save"))).as("the editor stays open").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM team WHERE name = ?", Integer.class, name)).isZero();
    }

    @Test
    void the_service_refuses_the_same_name_and_sends_the_limit_with_its_message() {
        loginNew(Role.ADMIN);
        TeamForm form = new TeamForm();
        form.setName("y".repeat(Team.NAME_MAX + 1));
        assertThatThrownBy(() -> teams.create(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors()).containsEntry("name", InvalidInputException.TOO_LONG);
            assertThat(t(e.getFieldErrors().get("name"), e.arguments("name"))).isEqualTo("Too long: at most 100 characters.");
        });
    }

    @Test
    void a_survey_theme_keyword_list_over_its_limit_says_the_limit_and_the_theme_is_unchanged() {
        loginNew(Role.ADMIN);
        com.cxops.portal.surveys.CommentTheme theme = themes.list().getFirst();
        String keywords = "k,".repeat(com.cxops.portal.surveys.CommentTheme.KEYWORDS_MAX);
        assertThatThrownBy(() -> themes.update(theme.getId(), theme.getVersion(), theme.getNameEn(), theme.getNameZh(), keywords,
                theme.isActive())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getFieldErrors()).containsEntry("keywords", InvalidInputException.TOO_LONG);
            assertThat(t(e.getFieldErrors().get("keywords"), e.arguments("keywords"))).isEqualTo("Too long: at most 2,000 characters.");
        });
        assertThat(themes.list().getFirst().getKeywords()).isEqualTo(theme.getKeywords());
    }

    @Test
    void a_tiering_rule_name_over_its_limit_says_the_limit_in_chinese() {
        loginNew(Role.ADMIN);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("admin/tiering-rules");
        _click(_get(Button.class, s -> s.withId("rule-new")));
        String name = unique("R") + "x".repeat(TieringRule.NAME_MAX);
        TextField field = _get(TextField.class, s -> s.withId("rule-name"));
        _setValue(field, name);
        _click(_get(Button.class, s -> s.withId("rule-save")));
        assertThat(field.getErrorMessage()).isEqualTo("过长：最多 100 个字符。");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tiering_rule WHERE name = ?", Integer.class, name)).isZero();
    }

    @Test
    void a_staff_display_name_over_its_limit_says_the_limit_and_nobody_is_created() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/staff");
        _click(_get(Button.class, s -> s.withId("staff-new")));
        String username = unique("lim");
        _setValue(_get(TextField.class, s -> s.withId("staff-username")), username);
        TextField displayName = _get(TextField.class, s -> s.withId("staff-display-name"));
        _setValue(displayName, "z".repeat(StaffMember.DISPLAY_NAME_MAX + 1));
        _click(_get(Button.class, s -> s.withId("staff-save")));
        assertThat(displayName.getErrorMessage()).isEqualTo("Too long: at most 120 characters.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_member WHERE username = ?", Integer.class, username)).isZero();
    }

    @Test
    void customer_notes_over_their_limit_say_the_limit_and_the_customer_is_unchanged() {
        long id = customers.create(unique("Notes "));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("customers/" + id);
        _click(_get(Button.class, s -> s.withId("customer-edit")));
        TextArea notes = _get(TextArea.class, s -> s.withId("customer-edit-notes"));
        _setValue(notes, "n".repeat(CustomerRules.NOTES_MAX + 1));
        _click(_get(Button.class, s -> s.withId("customer-save")));
        assertThat(notes.getErrorMessage()).isEqualTo("Too long: at most 4,000 characters.");
        assertThat(jdbc.queryForObject("SELECT notes FROM customer WHERE id = ?", String.class, id)).isNull();
    }

    @Test
    void a_complaint_description_over_its_limit_says_the_limit_in_chinese_in_the_intake_form() {
        loginNew(Role.AGENT);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("complaint-new")));
        TextArea description = _get(TextArea.class, s -> s.withId("intake-description"));
        _setValue(description, "d".repeat(Complaint.DESCRIPTION_MAX + 1));
        _click(_get(Button.class, s -> s.withId("intake-save")));
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("过长：最多 4,000 个字符。");
        assertThat(_find(Button.class, s -> s.withId("intake-save"))).as("the form stays open").hasSize(1);
    }

    @Test
    void a_note_over_its_limit_is_refused_by_the_service_at_its_field_with_the_limit_and_nothing_is_added() {
        loginNew(Role.AGENT);
        ComplaintForm form = new ComplaintForm();
        form.setCustomerId(customers.create(unique("h2-Note ")));
        form.setChannel(ComplaintChannel.CHAT);
        form.setCategory(ComplaintCategory.LATE_DELIVERY);
        form.setSubject("Parcel late");
        form.setDescription("Ordered ten days ago");
        long id = intake.create(form).getId();
        int entries = jdbc.queryForObject("SELECT COUNT(*) FROM complaint_timeline WHERE complaint_id = ?", Integer.class, id);
        assertThatThrownBy(() -> workflow.addNote(id, "n".repeat(TimelineEntry.BODY_MAX + 1), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsOnlyKeys("note").containsEntry("note", InvalidInputException.TOO_LONG);
                    assertThat(t(e.getFieldErrors().get("note"), e.arguments("note"))).isEqualTo("Too long: at most 4,000 characters.");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_timeline WHERE complaint_id = ?", Integer.class, id)).isEqualTo(entries);
    }

    @Test
    void a_saved_filter_name_over_its_limit_or_empty_is_marked_in_the_dialog_and_nothing_is_saved() {
        String agent = loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("save-filter")));
        TextField name = _get(TextField.class, s -> s.withId("filter-name"));
        _setValue(name, "f".repeat(SavedFilter.NAME_MAX + 1));
        _click(_get(Button.class, s -> s.withId("filter-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Too long: at most 100 characters.");
        _setValue(name, "  ");
        _click(_get(Button.class, s -> s.withId("filter-save")));
        assertThat(name.getErrorMessage()).isEqualTo(t("filter.error.name")).doesNotStartWith("!");
        assertThat(_find(Button.class, s -> s.withId("filter-save"))).as("the dialog stays open").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_saved_filter WHERE owner = ?", Integer.class, agent)).isZero();
    }
}
