package com.cxops.portal.sla.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamForm;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.sla.SlaClockRow;
import com.cxops.portal.sla.SlaMonitor;
import com.cxops.portal.sla.SlaPeriod;
import com.cxops.portal.sla.SlaReportService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SlaViewsTest extends KaribuTestBase {

    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintIntakeService complaintIntake;
    @Autowired
    ComplaintWorkflowService complaintWorkflow;
    @Autowired
    ComplaintAssignmentService complaintAssignment;
    @Autowired
    TeamService teams;
    @Autowired
    TestCustomers customers;
    @Autowired
    SlaMonitor monitor;
    @Autowired
    com.cxops.portal.sla.SlaClockReadService clockService;

    private Team team(String lead, String... members) {
        actAsNew(Role.ADMIN);
        TeamForm f = new TeamForm();
        f.setName(unique("Team "));
        f.setLeadId(testStaff.get(lead).getId());
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ids.add(testStaff.get(lead).getId());
        for (String m : members) {
            ids.add(testStaff.get(m).getId());
        }
        f.setMemberIds(ids);
        return teams.create(f);
    }

    private Complaint complaint(Team team, SpreadRisk risk, Long assignee) {
        actAsNew(Role.MANAGER);
        ComplaintForm f = new ComplaintForm();
        f.setCustomerId(customers.create(unique("Customer ")));
        f.setChannel(ComplaintChannel.PHONE);
        f.setCategory(ComplaintCategory.PRODUCT_QUALITY);
        f.setSubject(unique("Kettle "));
        f.setDescription("It stopped working.");
        f.setSpreadRisk(risk);
        f.setAffectedCount(1);
        f.setTeamId(team.getId());
        Complaint c = complaintIntake.create(f);
        if (assignee != null) {
            c = complaintAssignment.assign(c.getId(), assignee, team.getId(), c.getVersion());
        }
        return c;
    }

    private void move(long id, ComplaintStatus to) {
        actAsNew(Role.MANAGER);
        complaintWorkflow.transition(id, to, complaints.get(id).getVersion());
    }

    private String newStaff(Role... roles) {
        String u = unique("s");
        testStaff.ensure(u, roles);
        return u;
    }

    @SuppressWarnings("unchecked")
    private Grid<SlaClockRow> atRiskGrid() {
        return _get(Grid.class, s -> s.withId("at-risk-grid"));
    }

    @Test
    void at_risk_lists_targets_due_within_the_hour_or_overdue_soonest_first_with_badges() {
        String lead = newStaff(Role.AGENT);
        Team team = team(lead);
        Instant t = Instant.parse("1997-01-06T02:00:00Z");
        clock.set(t.minusSeconds(40 * 60));
        Complaint late = complaint(team, SpreadRisk.PUBLIC_POST, null);  // first response due t-10m
        clock.set(t);
        Complaint fresh = complaint(team, SpreadRisk.PUBLIC_POST, null);  // first response due t+30m
        clock.set(t);

        login(lead, Role.AGENT);
        UI.getCurrent().navigate("sla/at-risk");
        _setValue(_get(ComboBox.class, s -> s.withId("at-risk-team")), team);  // only this test's team
        Grid<SlaClockRow> grid = atRiskGrid();
        assertThat(GridKt._size(grid)).isEqualTo(2);  // public statements (2 h) and resolutions (24 h) are further away
        assertThat(GridKt._get(grid, 0).complaintId()).isEqualTo(late.getId());
        assertThat(GridKt._getFormatted(grid, 0, "target")).isEqualTo("First response");
        assertThat(GridKt._get(grid, 1).complaintId()).isEqualTo(fresh.getId());
        assertThat(SlaAtRiskView.display(GridKt._get(grid, 0), currentUser(), i18n(), clock).text()).isEqualTo("Overdue 10 m");
        assertThat(SlaAtRiskView.display(GridKt._get(grid, 1), currentUser(), i18n(), clock).text()).isEqualTo("30 m left");
    }

    @Test
    void the_dashboard_shows_last_months_compliance_and_breaches_for_a_team() {
        String lead = newStaff(Role.AGENT);
        String agent = newStaff(Role.AGENT);
        Team team = team(lead, agent);
        long agentId = testStaff.get(agent).getId();
        clock.set(Instant.parse("1997-02-10T02:00:00Z"));  // Monday 10:00 Shanghai
        Complaint inTime = complaint(team, SpreadRisk.PRIVATE, agentId);
        Complaint late = complaint(team, SpreadRisk.PRIVATE, agentId);
        clock.set(Instant.parse("1997-02-10T03:00:00Z"));
        move(inTime.getId(), ComplaintStatus.ACKNOWLEDGED);
        clock.set(Instant.parse("1997-02-10T05:00:00Z"));  // 13:00: the second is overdue
        actAsNew(Role.MANAGER);
        monitor.tick();
        move(late.getId(), ComplaintStatus.ACKNOWLEDGED);

        clock.set(Instant.parse("1997-03-12T02:00:00Z"));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("sla/dashboard");
        SlaDashboardView view = _get(SlaDashboardView.class);
        _setValue(_get(Select.class, s -> s.withId("dashboard-period")), SlaPeriod.Preset.LAST_MONTH);
        _setValue(_get(ComboBox.class, s -> s.withId("dashboard-team")), team);

        Grid<SlaReportService.Compliance> byTarget = view.byTarget;
        assertThat(GridKt._size(byTarget)).isEqualTo(1);
        assertThat(GridKt._getFormatted(byTarget, 0, "target")).isEqualTo("First response");
        assertThat(GridKt._getFormatted(byTarget, 0, "tier")).isEqualTo("Normal");
        assertThat(GridKt._getFormatted(byTarget, 0, "decided")).isEqualTo("2");
        assertThat(GridKt._getFormatted(byTarget, 0, "breached")).isEqualTo("1");
        assertThat(GridKt._getFormatted(byTarget, 0, "compliance")).isEqualTo("50.0 % of 2 targets (target 95 %) · below target");
        // the drill-down lists the two targets the figure counts, the late one marked
        view.drillDown(byTarget, GridKt._get(byTarget, 0));
        Grid<SlaClockRow> counted = _get(Grid.class, s -> s.withId("dashboard-drill-grid"));
        assertThat(GridKt._size(counted)).isEqualTo(2);
        assertThat(GridKt._get(counted, 0).complaintId()).isEqualTo(inTime.getId());
        assertThat(GridKt._getFormatted(counted, 0, "result")).isEqualTo("In time");
        assertThat(GridKt._getFormatted(counted, 1, "result")).isEqualTo("Late (breached)");

        Grid<SlaReportService.Compliance> byAgent = view.byAgent;
        boolean agentRow = false;
        for (int i = 0; i < GridKt._size(byAgent); i++) {
            if (GridKt._get(byAgent, i).group().equals(Long.toString(agentId))) {
                agentRow = true;
                assertThat(GridKt._get(byAgent, i).decided()).isEqualTo(2);
                assertThat(GridKt._getFormatted(byAgent, i, "agent")).isEqualTo("Test " + agent);
            }
        }
        assertThat(agentRow).isTrue();

        Grid<SlaClockRow> breaches = view.breaches;
        assertThat(GridKt._size(breaches)).isEqualTo(1);
        assertThat(GridKt._get(breaches, 0).complaintId()).isEqualTo(late.getId());
    }

    @Test
    void the_complaint_page_shows_each_target_with_its_state_and_the_pauses() {
        String lead = newStaff(Role.AGENT);
        Team team = team(lead);
        Instant t = Instant.parse("1997-02-03T02:00:00Z");
        clock.set(t);
        Complaint c = complaint(team, SpreadRisk.PUBLIC_POST, null);
        clock.set(t.plusSeconds(10 * 60));
        move(c.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(c.getId(), ComplaintStatus.IN_PROGRESS);
        move(c.getId(), ComplaintStatus.WAITING_CUSTOMER);
        clock.set(t.plusSeconds(20 * 60));

        login(lead, Role.AGENT);
        UI.getCurrent().navigate("complaints/" + c.getId());
        java.util.List<String> targets = staticTexts("sla-clocks", "tbody td:nth-child(1)");
        assertThat(targets).contains("First response", "Resolution");
        int first = targets.indexOf("First response");
        assertThat(staticTexts("sla-clocks", "tbody td:nth-child(2)").get(first))
                .isEqualTo("Met " + com.cxops.portal.base.i18n.Formats.dateTime(t.plusSeconds(10 * 60), java.time.ZoneId.of("Asia/Shanghai"), java.util.Locale.ENGLISH));
        assertThat(_get(Span.class, s -> s.withId("sla-pauses")).getText()).startsWith("Paused while waiting on the customer:")
                .endsWith("now");
    }

    @Test
    void the_dashboard_refuses_a_reversed_custom_period() {
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("sla/dashboard");
        _setValue(_get(Select.class, s -> s.withId("dashboard-period")), SlaPeriod.Preset.CUSTOM);
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("dashboard-from")), java.time.LocalDate.of(2026, 2, 2));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("dashboard-to")), java.time.LocalDate.of(2026, 2, 1));
        assertThat(_get(Span.class, s -> s.withId("dashboard-period-error")).getText())
                .isEqualTo("The end of the period must not be before its start.");
        assertThat(GridKt._size(_get(SlaDashboardView.class).byTarget)).isZero();
    }

    @Test
    void agents_cannot_open_the_dashboard() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("sla/dashboard");
        assertThat(_find(SlaDashboardView.class)).isEmpty();
    }

    @Test
    void home_shows_my_open_complaints_soonest_due_first_and_managers_see_team_risk() {
        String agent = newStaff(Role.AGENT);
        Team team = team(agent);
        long agentId = testStaff.get(agent).getId();
        clock.set(Instant.parse("1997-04-07T02:00:00Z"));
        Complaint normal = complaint(team, SpreadRisk.PRIVATE, agentId);   // due in 2 business hours
        Complaint urgent = complaint(team, SpreadRisk.PUBLIC_POST, agentId);  // due in 30 minutes

        login(agent, Role.AGENT);
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<com.cxops.portal.complaints.ComplaintRow> mine = _get(Grid.class, s -> s.withId("home-my-complaints"));
        assertThat(GridKt._size(mine)).isEqualTo(2);
        assertThat(GridKt._get(mine, 0).id()).isEqualTo(urgent.getId());
        assertThat(GridKt._get(mine, 1).id()).isEqualTo(normal.getId());
        assertThat(_find(Grid.class, s -> s.withId("home-team-risk"))).isEmpty();

        loginNew(Role.AGENT);
        UI.getCurrent().navigate("");
        Grid<?> empty = _get(Grid.class, s -> s.withId("home-my-complaints"));
        assertThat(GridKt._size(empty)).isZero();
        assertThat(empty.getEmptyStateText()).isEqualTo("No complaints waiting on you. Take one from Unassigned.");

        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<SlaReportService.TeamRisk> risk = _get(Grid.class, s -> s.withId("home-team-risk"));
        SlaReportService.TeamRisk row = null;
        for (int i = 0; i < GridKt._size(risk); i++) {
            if (team.getId().equals(GridKt._get(risk, i).teamId())) {
                row = GridKt._get(risk, i);
                assertThat(GridKt._getFormatted(risk, i, "team")).isEqualTo(team.getName());
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.atRisk()).isEqualTo(1);  // the urgent first response, due in 30 minutes
        assertThat(row.breached()).isZero();
    }

    @Test
    void the_queue_shows_the_sla_badge_of_each_complaint() {
        String agent = newStaff(Role.AGENT);
        Team team = team(agent);
        clock.set(Instant.parse("1997-05-05T02:00:00Z"));
        Complaint c = complaint(team, SpreadRisk.PUBLIC_POST, testStaff.get(agent).getId());
        clock.set(Instant.parse("1997-05-05T02:25:00Z"));  // past the warning point (22.5 m), 5 m left

        login(agent, Role.AGENT);
        UI.getCurrent().navigate("complaints");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("more-filters")));
        _setValue(_get(ComboBox.class, s -> s.withId("filter-team")), team);
        com.cxops.portal.complaints.ui.ComplaintsViewAccess queue = new com.cxops.portal.complaints.ui.ComplaintsViewAccess();
        assertThat(queue.badge(0)).isEqualTo("5 m left|warning");
        clock.set(Instant.parse("1997-05-05T02:45:00Z"));
        assertThat(queue.badge(0)).isEqualTo("Overdue 15 m|error");
        assertThat(c.getId()).isPositive();
    }

    @Test
    void the_queue_sorts_by_soonest_due_with_nothing_due_last_and_shows_paused_clocks() {
        String agent = newStaff(Role.AGENT);
        Team team = team(agent);
        long agentId = testStaff.get(agent).getId();
        clock.set(Instant.parse("1997-06-02T02:00:00Z"));  // Monday 10:00 Shanghai
        Complaint normal = complaint(team, SpreadRisk.PRIVATE, agentId);     // first response 12:00
        Complaint urgent = complaint(team, SpreadRisk.PUBLIC_POST, agentId);  // first response 10:30
        Complaint waiting = complaint(team, SpreadRisk.PRIVATE, agentId);
        move(waiting.getId(), ComplaintStatus.ACKNOWLEDGED);
        move(waiting.getId(), ComplaintStatus.IN_PROGRESS);
        move(waiting.getId(), ComplaintStatus.WAITING_CUSTOMER);  // resolution paused: nothing due

        login(agent, Role.AGENT);
        UI.getCurrent().navigate("complaints");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("more-filters")));
        _setValue(_get(ComboBox.class, s -> s.withId("filter-team")), team);
        com.cxops.portal.complaints.ui.ComplaintsViewAccess queue = new com.cxops.portal.complaints.ui.ComplaintsViewAccess();
        queue.sortBySlaDue();
        assertThat(queue.ids()).containsExactly(urgent.getId(), normal.getId(), waiting.getId());
        assertThat(queue.badge(2)).startsWith("Paused since ").endsWith("|neutral");
    }

    private com.cxops.portal.base.CurrentUser currentUser() {
        return ctx.getBean(com.cxops.portal.base.CurrentUser.class);
    }

    private com.cxops.portal.base.i18n.TranslationProvider i18n() {
        return ctx.getBean(com.cxops.portal.base.i18n.TranslationProvider.class);
    }

    @Test
    void a_worker_records_a_published_statement_on_the_complaint_page_and_a_bad_one_is_refused_beside_its_field() {
        String lead = newStaff(Role.AGENT);
        Team team = team(lead);
        Instant t = Instant.parse("1997-02-17T02:00:00Z");
        clock.set(t);
        Complaint c = complaint(team, SpreadRisk.PUBLIC_POST, null);
        clock.set(t.plusSeconds(30 * 60));
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("sla-statement-publish")));
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("sla-statement-save")));
        assertThat(_get(Select.class, s -> s.withId("sla-statement-channel")).isInvalid()).isTrue();
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("sla-statement-text")).getErrorMessage())
                .isEqualTo("Give the link to the statement or its text.");

        _setValue(_get(Select.class, s -> s.withId("sla-statement-channel")), com.cxops.portal.sla.StatementChannel.WEIBO);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("sla-statement-link")), "https://weibo.com/cx/1");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("sla-statement-by")), "公关部 <PR & Co>");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("sla-statement-save")));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(staticTexts("sla-statements", "tbody td")).containsExactly(
                com.cxops.portal.base.i18n.Formats.dateTime(t.plusSeconds(30 * 60), java.time.ZoneId.of("Asia/Shanghai"), java.util.Locale.ENGLISH),
                "Weibo", "公关部 <PR & Co>", "https://weibo.com/cx/1");

        actAsNew(Role.MANAGER);
        com.cxops.portal.sla.SlaClock statement = clockService.clocksOf(c.getId()).stream()
                .filter(k -> k.getKind() == com.cxops.portal.sla.SlaTargetKind.PUBLIC_STATEMENT).findFirst().orElseThrow();
        assertThat(statement.isRunning()).isFalse();
        assertThat(statement.getMetAt()).isEqualTo(t.plusSeconds(30 * 60));
        assertThat(complaints.details(c.getId(), 0).timeline()).anyMatch(e -> e.getKind() == com.cxops.portal.complaints.TimelineKind.STATEMENT);
    }
}
