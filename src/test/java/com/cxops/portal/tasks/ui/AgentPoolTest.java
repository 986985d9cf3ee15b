package com.cxops.portal.tasks.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.AccessDeniedView;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamForm;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.customers.TestCustomers;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskAssignmentService;
import com.cxops.portal.tasks.TaskPools;
import com.cxops.portal.tasks.TaskPriority;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Agents claim from their own teams' pools (survey follow-ups for the customer-recovery team) and from no other. */
class AgentPoolTest extends KaribuTestBase {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    TaskAssignmentService assignment;
    @Autowired
    TeamService teams;
    @Autowired
    TestCustomers customers;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Team team(long... members) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.ADMIN);
        try {
            TeamForm f = new TeamForm();
            f.setName(unique("Recovery "));
            f.setMemberIds(new java.util.HashSet<>(java.util.Arrays.stream(members).boxed().toList()));
            return teams.create(f);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private TaskRow followUp(String pool) {
        long customer = customers.create(unique("Detractor "));
        return workflow.createFromSource(new NewTask(TaskType.SURVEY_FOLLOW_UP, customer,
                TaskSource.surveyAnswer(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), null), null, pool,
                clock.instant().plus(Duration.ofHours(48)), TaskPriority.HIGH, unique("Detractor follow-up "), null)).task();
    }

    private static void denied(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsValue("tasks.error.pool-denied"));
    }

    @Test
    void an_agent_sees_and_claims_only_from_their_teams_pools_and_releases_back() {
        clock.set(Instant.parse("2042-07-06T02:00:00Z"));
        String agent = unique("pa");
        long agentId = testStaff.ensure(agent, Role.AGENT).getId();
        String other = unique("pb");
        long otherId = testStaff.ensure(other, Role.AGENT).getId();
        Team mine = team(agentId);
        Team theirs = team(otherId);
        TaskRow inMine = followUp(TaskPools.team(mine.getId()));
        TaskRow inTheirs = followUp(TaskPools.team(theirs.getId()));
        TaskRow concierge = followUp(TaskPools.CONCIERGE);

        actAs(agent, Role.AGENT);
        assertThat(tasks.pools()).extracting(TaskService.Pool::code).containsExactly(TaskPools.team(mine.getId()));
        denied(() -> tasks.pool(TaskPools.team(theirs.getId()), org.springframework.data.domain.PageRequest.of(0, 10)));
        denied(() -> tasks.pool(TaskPools.CONCIERGE, org.springframework.data.domain.PageRequest.of(0, 10)));
        denied(() -> assignment.claim(inTheirs.id()));
        denied(() -> assignment.claim(concierge.id()));
        assertThat(tasks.find(inTheirs.id())).isEmpty();

        TaskRow claimed = assignment.claim(inMine.id());
        assertThat(claimed.ownerId()).isEqualTo(agentId);
        assertThat(tasks.myTasks(org.springframework.data.domain.PageRequest.of(0, 50))).extracting(TaskRow::id).contains(inMine.id());
        TaskRow released = assignment.release(claimed.id(), claimed.version());
        assertThat(released.ownerId()).isNull();
        assertThat(released.pool()).isEqualTo(TaskPools.team(mine.getId()));
        // the trail names the pool's team, not its number
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'TASK_RELEASED' AND record_id = ?", String.class,
                String.valueOf(released.id()))).endsWith("back to Team pool: " + mine.getName()).doesNotContain("#" + mine.getId());

        // the other team's agent sees only their own pool
        actAs(other, Role.AGENT);
        assertThat(tasks.pools()).extracting(TaskService.Pool::code).containsExactly(TaskPools.team(theirs.getId()));
    }

    @Test
    void the_pool_screen_of_an_agent_lists_their_team_pool_and_the_menu_offers_it() {
        clock.set(Instant.parse("2042-07-06T02:00:00Z"));
        String agent = unique("pc");
        long agentId = testStaff.ensure(agent, Role.AGENT).getId();
        Team mine = team(agentId);
        Team theirs = team(testStaff.ensure(unique("pd"), Role.AGENT).getId());
        TaskRow inMine = followUp(TaskPools.team(mine.getId()));
        TaskRow inTheirs = followUp(TaskPools.team(theirs.getId()));

        login(agent, Role.AGENT);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("tasks/pool", "tasks");
        UI.getCurrent().navigate(PoolView.class);
        PoolView view = _get(PoolView.class);
        assertThat(view.pool.getListDataView().getItems().map(TaskService.Pool::code)).containsExactly(TaskPools.team(mine.getId()));
        assertThat(GridKt._findAll(view.grid)).extracting(TaskRow::id).contains(inMine.id()).doesNotContain(inTheirs.id());
        // on a phone the rows are cards, and the claim button stays beside each
        com.cxops.portal.base.ui.NarrowCards.show(view.grid, 375);
        assertThat(view.grid.getColumns().stream().filter(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                .map(com.vaadin.flow.component.grid.Grid.Column::getKey)).containsExactly("card", "claim");
        com.cxops.portal.base.ui.NarrowCards.show(view.grid, 1366);
        assertThat(view.grid.getColumnByKey("claim").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("card").isVisible()).isFalse();
        view.claim(GridKt._findAll(view.grid).stream().filter(r -> r.id() == inMine.id()).findFirst().orElseThrow());
        assertThat(tasks.find(inMine.id()).orElseThrow().ownerId()).isEqualTo(agentId);
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(GridKt._findAll(_get(MyTasksView.class).grid)).extracting(TaskRow::id).contains(inMine.id());
    }

    @Test
    void my_tasks_and_home_opened_again_from_the_menu_read_afresh() {
        clock.set(Instant.parse("2042-07-07T02:00:00Z"));
        String agent = unique("pr");
        long agentId = testStaff.ensure(agent, Role.AGENT).getId();
        team(agentId);
        login(agent, Role.AGENT);
        UI.getCurrent().navigate(MyTasksView.class);
        MyTasksView view = _get(MyTasksView.class);
        java.util.concurrent.atomic.AtomicInteger reloads = new java.util.concurrent.atomic.AtomicInteger();
        view.grid.getDataProvider().addDataProviderListener(e -> reloads.incrementAndGet());
        // the route already shown, opened again (its menu item): the same view, its list read again
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_get(MyTasksView.class)).isSameAs(view);
        assertThat(reloads).hasValue(1);
        // opened from another route: not counted twice
        UI.getCurrent().navigate("");
        com.vaadin.flow.component.html.H2 greeting = _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("home-greeting"));
        UI.getCurrent().navigate("");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("home-greeting"))).isNotSameAs(greeting);
    }

    @Test
    void an_agent_in_no_team_is_told_so_and_an_executive_cannot_open_the_pools() {
        login(unique("pe"), Role.AGENT);
        UI.getCurrent().navigate(PoolView.class);
        PoolView view = _get(PoolView.class);
        assertThat(view.pool.isVisible()).isFalse();
        assertThat(view.grid.getEmptyStateText()).isEqualTo(t("tasks.pool.none"));
        login(unique("pf"), Role.EXECUTIVE);
        UI.getCurrent().navigate(PoolView.class);
        assertThat(_find(AccessDeniedView.class)).isNotEmpty();
    }
}
