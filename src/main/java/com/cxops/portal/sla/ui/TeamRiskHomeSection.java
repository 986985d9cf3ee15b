package com.cxops.portal.sla.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.HomeSection;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.sla.SlaReportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Map;
import java.util.stream.Collectors;

/** Home "My work" for managers: team risk at a glance (targets at risk and overdue per team); a row opens "At risk". */
@org.springframework.stereotype.Component
class TeamRiskHomeSection implements HomeSection {

    private final SlaReportService reports;
    private final TeamService teams;
    private final CurrentUser user;
    private final TranslationProvider i18n;

    TeamRiskHomeSection(SlaReportService reports, TeamService teams, CurrentUser user, TranslationProvider i18n) {
        this.reports = reports;
        this.teams = teams;
        this.user = user;
        this.i18n = i18n;
    }

    @Override
    public Component create() {
        Map<Long, String> names = teams.list().stream().collect(Collectors.toMap(Team::getId, Team::getName, (a, b) -> a));
        Grid<SlaReportService.TeamRisk> grid = new Grid<>();
        grid.setId("home-team-risk");
        grid.addColumn(r -> r.teamId() == null ? t("sla.no-team") : names.getOrDefault(r.teamId(), "#" + r.teamId()))
                .setHeader(t("sla.column.team")).setKey("team");
        grid.addColumn(SlaReportService.TeamRisk::atRisk).setHeader(t("home.team-risk.at-risk")).setKey("atRisk");
        grid.addColumn(SlaReportService.TeamRisk::breached).setHeader(t("home.team-risk.overdue")).setKey("overdue");
        grid.setItems(reports.teamRisk());  // one row per team with risk: a handful
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("home.team-risk.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("sla/at-risk"));
        VerticalLayout section = new VerticalLayout(new H3(t("home.team-risk")), grid);
        section.setPadding(false);
        section.setId("home-section-team-risk");
        return section;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(CurrentUser u) {
        return u.hasRole(Role.Names.MANAGER) || u.hasRole(Role.Names.EXECUTIVE);
    }

    private String t(String key) {
        return i18n.translate(user.locale(), key);
    }
}
