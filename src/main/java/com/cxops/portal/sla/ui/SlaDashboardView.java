package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.sla.SlaClockRow;
import com.cxops.portal.sla.SlaPeriod;
import com.cxops.portal.sla.SlaReportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA dashboard for managers: compliance (met in time / decided) per target and tier, per team and per agent
 * for a period (this month, last month, this quarter, or custom dates), each with the compliance target, and the
 * breaches with a link to each complaint.
 */
@Route("sla/dashboard")
@Menu(order = 40, title = "menu.sla.dashboard", icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
public class SlaDashboardView extends VerticalLayout implements HasDynamicTitle {

    final Select<SlaPeriod.Preset> preset = new Select<>();
    final DatePicker from = FieldTexts.apply(new DatePicker());
    final DatePicker to = FieldTexts.apply(new DatePicker());
    final ComboBox<Team> team = new ComboBox<>();
    final Span periodError = new Span();
    final Grid<SlaReportService.Compliance> byTarget = new Grid<>();
    final Grid<SlaReportService.Compliance> byTeam = new Grid<>();
    final Grid<SlaReportService.Compliance> byAgent = new Grid<>();
    final Grid<SlaClockRow> breaches = new Grid<>();

    private final transient SlaReportService reports;
    private final transient CurrentUser user;
    private final transient StaffDirectory staff;
    private final transient Clock clock;
    private final Map<Long, String> teamNames = new HashMap<>();
    private SlaPeriod period;

    public SlaDashboardView(SlaReportService reports, TeamService teams, StaffDirectory staff, CurrentUser user, Clock clock) {
        this.reports = reports;
        this.user = user;
        this.staff = staff;
        this.clock = clock;
        List<Team> teamList = teams.list();
        teamList.forEach(t -> teamNames.put(t.getId(), t.getName()));

        preset.setId("dashboard-period");
        preset.setLabel(getTranslation("sla.dashboard.period"));
        preset.setItems(SlaPeriod.Preset.values());
        preset.setItemLabelGenerator(p -> getTranslation("sla.dashboard.period." + p.name()));
        from.setId("dashboard-from");
        from.setLabel(getTranslation("sla.dashboard.from"));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("sla.dashboard.to"));
        team.setId("dashboard-team");
        team.setLabel(getTranslation("sla.dashboard.team"));
        team.setItems(teamList);
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        periodError.setId("dashboard-period-error");
        periodError.addClassName("cx-error-text");

        byTarget.setId("dashboard-by-target");
        byTarget.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("sla.column.target")).setKey("target").setAutoWidth(true);
        byTarget.addColumn(c -> getTranslation(c.tier().messageKey())).setHeader(getTranslation("sla.column.tier")).setKey("tier");
        numberColumns(byTarget);
        byTeam.setId("dashboard-by-team");
        byTeam.addColumn(c -> c.group().isEmpty() ? getTranslation("sla.no-team") : teamNames.getOrDefault(Long.parseLong(c.group()), "#" + c.group()))
                .setHeader(getTranslation("sla.column.team")).setKey("team");
        numberColumns(byTeam);
        byAgent.setId("dashboard-by-agent");
        byAgent.addColumn(c -> c.group().isEmpty() ? getTranslation("sla.unassigned")
                        : staff.find(Long.parseLong(c.group())).map(StaffDirectory.StaffContact::displayName).orElse("#" + c.group()))
                .setHeader(getTranslation("sla.column.agent")).setKey("agent");
        numberColumns(byAgent);
        for (Grid<?> g : List.of(byTarget, byTeam, byAgent)) {
            g.setAllRowsVisible(true);  // a handful of groups: kinds x tiers, teams, agents
            g.setEmptyStateText(getTranslation("sla.dashboard.empty"));
        }
        breaches.setId("dashboard-breaches");
        breaches.addColumn(SlaClockRow::number).setHeader(getTranslation("sla.column.complaint")).setKey("complaint").setAutoWidth(true);
        breaches.addColumn(SlaClockRow::subject).setHeader(getTranslation("sla.column.subject")).setKey("subject").setFlexGrow(2);
        breaches.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("sla.column.target")).setKey("target");
        breaches.addColumn(r -> getTranslation(r.tier().messageKey())).setHeader(getTranslation("sla.column.tier")).setKey("tier");
        breaches.addColumn(r -> r.dueAt() == null ? "" : Formats.dateTime(r.dueAt(), user.zone(), user.locale()))
                .setHeader(getTranslation("sla.column.due")).setKey("due");
        breaches.setItems(query -> {
            PageRequest page = PageRequest.of(query.getPage(), query.getPageSize());
            return period == null ? java.util.stream.Stream.empty() : reports.breaches(period.from(), period.to(), teamId(), page).stream();
        });
        breaches.setEmptyStateText(getTranslation("sla.dashboard.no-breaches"));
        breaches.setHeight("20em");
        breaches.addItemClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().complaintId()));

        preset.addValueChangeListener(e -> {
            boolean custom = e.getValue() == SlaPeriod.Preset.CUSTOM;
            from.setEnabled(custom);
            to.setEnabled(custom);
            refresh();
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        from.setEnabled(false);
        to.setEnabled(false);

        HorizontalLayout filters = new HorizontalLayout(preset, from, to, team);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("sla.dashboard.title")), filters, periodError,
                new H3(getTranslation("sla.dashboard.by-target")), byTarget,
                new H3(getTranslation("sla.dashboard.by-team")), byTeam,
                new H3(getTranslation("sla.dashboard.by-agent")), byAgent,
                new H3(getTranslation("sla.dashboard.breaches")), breaches);
        preset.setValue(SlaPeriod.Preset.THIS_MONTH);
    }

    private void numberColumns(Grid<SlaReportService.Compliance> grid) {
        grid.addColumn(SlaReportService.Compliance::decided).setHeader(getTranslation("sla.column.decided")).setKey("decided");
        grid.addColumn(SlaReportService.Compliance::breached).setHeader(getTranslation("sla.column.breached")).setKey("breached");
        grid.addColumn(this::percent).setHeader(getTranslation("sla.column.compliance")).setKey("compliance").setAutoWidth(true);
        // below the compliance target: the row is tinted and the figure says so in words (not by colour alone)
        grid.setPartNameGenerator(c -> belowTarget(c) ? "cx-below-target" : null);
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("sla.drill.open", c.decided()), e -> drillDown(grid, c));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.setEnabled(c.decided() > 0);
            return open;
        }).setHeader(getTranslation("sla.drill.column")).setKey("drill").setAutoWidth(true);
    }

    /** The figure and, beside it, how many targets it counts: a figure from a handful of targets reads as such. */
    String percent(SlaReportService.Compliance c) {
        Double p = c.percent();
        if (p == null) {
            return getTranslation("sla.dashboard.none");
        }
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(user.locale()));
        String figure = getTranslation("sla.drill.percent-of", f.format(p), c.decided(), reports.complianceTarget());
        return belowTarget(c) ? getTranslation("sla.dashboard.below-target", figure) : figure;
    }

    private boolean belowTarget(SlaReportService.Compliance c) {
        return c.percent() != null && c.percent() < reports.complianceTarget();
    }

    /** The targets a figure counts, in a lazy grid; a row opens its complaint. */
    void drillDown(Grid<SlaReportService.Compliance> grid, SlaReportService.Compliance c) {
        if (period == null) {
            return;
        }
        SlaReportService.CountedFilter filter;
        String title;
        if (grid == byTarget) {
            filter = new SlaReportService.CountedFilter(c.kind(), c.tier(), teamId(), false, null, false);
            title = getTranslation(c.kind().messageKey()) + " · " + getTranslation(c.tier().messageKey());
        } else if (grid == byTeam) {
            filter = new SlaReportService.CountedFilter(null, null, c.group().isEmpty() ? null : Long.parseLong(c.group()), c.group().isEmpty(), null, false);
            title = c.group().isEmpty() ? getTranslation("sla.no-team") : teamNames.getOrDefault(Long.parseLong(c.group()), "#" + c.group());
        } else {
            filter = new SlaReportService.CountedFilter(null, null, null, false, c.group().isEmpty() ? null : Long.parseLong(c.group()), c.group().isEmpty());
            title = c.group().isEmpty() ? getTranslation("sla.unassigned")
                    : staff.find(Long.parseLong(c.group())).map(StaffDirectory.StaffContact::displayName).orElse("#" + c.group());
        }
        SlaPeriod shown = period;
        Dialog dialog = new Dialog(getTranslation("sla.drill.title", title, percent(c)));
        dialog.setId("dashboard-drill");
        dialog.setWidth("min(64em, 95vw)");
        Grid<SlaClockRow> rows = new Grid<>();
        rows.setId("dashboard-drill-grid");
        rows.addColumn(SlaClockRow::number).setHeader(getTranslation("sla.column.complaint")).setKey("complaint").setAutoWidth(true);
        rows.addColumn(SlaClockRow::subject).setHeader(getTranslation("sla.column.subject")).setKey("subject").setFlexGrow(2);
        rows.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("sla.column.target")).setKey("target");
        rows.addColumn(r -> r.dueAt() == null ? "" : Formats.dateTime(r.dueAt(), user.zone(), user.locale()))
                .setHeader(getTranslation("sla.column.due")).setKey("due");
        rows.addColumn(r -> r.metAt() == null ? "" : Formats.dateTime(r.metAt(), user.zone(), user.locale()))
                .setHeader(getTranslation("sla.drill.met")).setKey("met");
        rows.addColumn(r -> getTranslation(r.breached() ? "sla.drill.late" : "sla.drill.in-time")).setHeader(getTranslation("sla.drill.result")).setKey("result");
        rows.setItems(query -> reports.counted(shown.from(), shown.to(), filter, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        rows.addItemClickListener(e -> {
            dialog.close();
            UI.getCurrent().navigate("complaints/" + e.getItem().complaintId());
        });
        rows.setHeight("28em");
        dialog.add(rows);
        dialog.getFooter().add(new Button(getTranslation("sla.drill.close"), e -> dialog.close()));
        dialog.open();
    }

    private Long teamId() {
        return team.getValue() == null ? null : team.getValue().getId();
    }

    void refresh() {
        if (preset.getValue() == null) {
            return;
        }
        LocalDate today = clock.instant().atZone(user.zone()).toLocalDate();
        Optional<SlaPeriod> p = SlaPeriod.of(preset.getValue(), today, from.getValue(), to.getValue(), user.zone());
        boolean reversed = preset.getValue() == SlaPeriod.Preset.CUSTOM && from.getValue() != null && to.getValue() != null
                && to.getValue().isBefore(from.getValue());
        periodError.setText(reversed ? getTranslation("sla.dashboard.error.period") : "");
        period = p.orElse(null);
        if (period == null) {
            byTarget.setItems(List.of());
            byTeam.setItems(List.of());
            byAgent.setItems(List.of());
        } else {
            SlaReportService.ComplianceReport report = reports.compliance(period.from(), period.to(), teamId());
            byTarget.setItems(report.byTarget());
            byTeam.setItems(report.byTeam());
            byAgent.setItems(report.byAgent());
        }
        breaches.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sla.dashboard") + " | " + getTranslation("app.name");
    }
}
