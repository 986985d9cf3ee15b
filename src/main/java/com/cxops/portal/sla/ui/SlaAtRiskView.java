package com.cxops.portal.sla.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.sla.SlaClockRow;
import com.cxops.portal.sla.SlaReportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "At risk" (UI.md): every unmet target due within the at-risk window or already overdue, soonest first. */
@Route("sla/at-risk")
@Menu(order = 12, title = "menu.sla.at-risk", icon = "vaadin:alarm")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE})
public class SlaAtRiskView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SlaClockRow> grid = new Grid<>();
    final ComboBox<Team> team = new ComboBox<>();
    private final transient StaffDirectory staff;
    private final Map<Long, String> teamNames = new HashMap<>();
    private final Map<Long, String> staffNames = new HashMap<>();

    public SlaAtRiskView(SlaReportService reports, TeamService teams, StaffDirectory staff, CurrentUser user,
                      TranslationProvider i18n, Clock clock) {
        this.staff = staff;
        setSizeFull();
        List<Team> teamList = teams.list();
        teamList.forEach(t -> teamNames.put(t.getId(), t.getName()));
        String window = SlaBadge.duration(reports.atRiskWindow(), user.locale(), i18n);

        team.setId("at-risk-team");
        team.setLabel(getTranslation("sla.column.team"));
        team.setItems(teamList);
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        team.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("at-risk-grid");
        grid.addColumn(SlaClockRow::number).setHeader(getTranslation("sla.column.complaint")).setKey("complaint").setAutoWidth(true);
        grid.addColumn(SlaClockRow::subject).setHeader(getTranslation("sla.column.subject")).setKey("subject").setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("sla.column.target")).setKey("target").setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.tier().messageKey())).setHeader(getTranslation("sla.column.tier")).setKey("tier").setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.dueAt(), user.zone(), user.locale())).setHeader(getTranslation("sla.column.due")).setKey("due").setAutoWidth(true);
        grid.addColumn(SlaBadge.<SlaClockRow>renderer(r -> display(r, user, i18n, clock), SlaClockRow::dueAt, user.zone(), user.locale()))
                .setHeader(getTranslation("sla.column.time")).setKey("time").setAutoWidth(true);
        grid.addColumn(r -> r.teamId() == null ? getTranslation("sla.no-team") : teamNames.getOrDefault(r.teamId(), "#" + r.teamId()))
                .setHeader(getTranslation("sla.column.team")).setKey("team");
        grid.addColumn(r -> r.assigneeId() == null ? getTranslation("sla.unassigned") : staffName(r.assigneeId()))
                .setHeader(getTranslation("sla.column.assignee")).setKey("assignee");
        // the order is fixed (soonest due first, id as tiebreaker): no column sorting
        grid.setItems(query -> reports.atRisk(team.getValue() == null ? null : team.getValue().getId(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("sla.at-risk.empty", window));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().complaintId()));

        add(new H2(getTranslation("sla.at-risk.title")), new Paragraph(getTranslation("sla.at-risk.intro", window)), team, grid);
    }

    static SlaBadge.Display display(SlaClockRow r, CurrentUser user, TranslationProvider i18n, Clock clock) {
        return SlaBadge.display(r.dueAt(), r.warnAt(), null, clock.instant(), user.zone(), user.locale(), i18n);
    }

    private String staffName(long id) {
        return staffNames.computeIfAbsent(id, k -> staff.find(k).map(StaffDirectory.StaffContact::displayName).orElse("#" + k));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sla.at-risk") + " | " + getTranslation("app.name");
    }
}
