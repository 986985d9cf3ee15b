package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.surveys.AnswerFilter;
import com.cxops.portal.surveys.SurveyKind;
import com.cxops.portal.surveys.SurveyResults;
import com.cxops.portal.surveys.SurveyResultsService;
import com.cxops.portal.surveys.SurveySplit;
import com.cxops.portal.surveys.ThemeService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NPS and CSAT for a period: the score with its 95 % margin (or "small sample"), the response rate and the
 * distribution; split by layer, membership level, VIP, tier, category, team or agent; the monthly trend as a chart;
 * the answers behind every number in a lazy grid (click a group to drill down). Agents see their own CSAT.
 */
@Route("surveys")
@Menu(order = 50, title = "surveys.menu.dashboard", icon = "vaadin:smiley-o")
@RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
public class SurveyDashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int TREND_MONTHS = 12;

    final Select<SurveyKind> kind = new Select<>();
    final DatePicker from = FieldTexts.apply(new DatePicker());
    final DatePicker to = FieldTexts.apply(new DatePicker());
    final Select<SurveySplit> split = new Select<>();
    final Span summary = new Span();
    final ScoreDistribution distribution = new ScoreDistribution();
    final Grid<SurveyResults.Group> groups = new Grid<>();
    final Div chart = new Div();
    final Button showAll = new Button();
    final SurveyAnswersSection answers;

    private final transient SurveyResultsService results;
    private final ZoneId shopZone;

    public SurveyDashboardView(SurveyResultsService results, ThemeService themes, TeamService teams, StaffDirectory staff,
                               CurrentUser user, ShopSettings shop, Clock clock) {
        this.results = results;
        this.shopZone = shop.zone();
        Map<Long, String> teamNames = new HashMap<>();
        teams.list().forEach(t -> teamNames.put(t.getId(), t.getName()));
        SurveyGroupWords words = new SurveyGroupWords(this, staff, teamNames);
        boolean manager = user.hasRole(Role.Names.MANAGER) || user.hasRole(Role.Names.EXECUTIVE) || user.hasRole(Role.Names.ADMIN);

        kind.setId("surveys-kind");
        kind.setLabel(getTranslation("surveys.results.kind"));
        kind.setItems(manager ? List.of(SurveyKind.NPS, SurveyKind.CSAT) : List.of(SurveyKind.CSAT));
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(manager ? SurveyKind.NPS : SurveyKind.CSAT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), shopZone);
        from.setId("surveys-from");
        from.setLabel(getTranslation("surveys.results.from"));
        from.setValue(today.minusMonths(3));
        to.setId("surveys-to");
        to.setLabel(getTranslation("surveys.results.to"));
        to.setValue(today);
        split.setId("surveys-split");
        split.setLabel(getTranslation("surveys.results.split"));
        split.setItems(SurveySplit.values());
        split.setItemLabelGenerator(s -> s == null ? getTranslation("surveys.results.no-split") : getTranslation(s.messageKey()));
        split.setEmptySelectionAllowed(true);
        split.setEmptySelectionCaption(getTranslation("surveys.results.no-split"));
        split.setValue(SurveySplit.LAYER);
        split.setVisible(manager);

        summary.setId("surveys-summary");
        summary.getStyle().set("font-size", "var(--lumo-font-size-l)");

        answers = new SurveyAnswersSection(results, user, themes.list(), words, manager,
                () -> AnswerFilter.of(kind.getValue(), start(), end()), kind::getValue);
        groups.setId("surveys-groups");
        groups.addColumn(g -> words.groupName(split.getValue(), g.group())).setHeader(getTranslation("surveys.results.group")).setKey("group").setFlexGrow(2);
        groups.addColumn(g -> ScoreText.of(this, g.score(), kind.getValue() == SurveyKind.CSAT)).setHeader(getTranslation("surveys.results.score-column")).setKey("score");
        groups.addColumn(g -> g.score().answers()).setHeader(getTranslation("surveys.results.answers")).setKey("answers");
        groups.addColumn(g -> ScoreText.rate(this, g.responseRate())).setHeader(getTranslation("surveys.results.response-rate")).setKey("rate");
        groups.setAllRowsVisible(true);
        groups.setEmptyStateText(getTranslation("surveys.results.empty"));
        groups.addItemClickListener(e -> answers.drill(split.getValue(), e.getItem().group()));
        chart.setId("surveys-trend");
        showAll.setId("surveys-show-all");
        showAll.setText(getTranslation("surveys.results.show-all"));
        showAll.addClickListener(e -> answers.drill(null, null));

        kind.addValueChangeListener(e -> {
            answers.clearDimensions();
            refresh();
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        split.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(kind, from, to, split);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("surveys.results.title")), filters, summary, distribution,
                showAll, new H3(getTranslation("surveys.results.by-group")), groups,
                new H3(getTranslation("surveys.results.trend")), chart, answers);
        refresh();
    }

    private Instant start() {
        return (from.getValue() == null ? LocalDate.now(shopZone).minusMonths(3) : from.getValue()).atStartOfDay(shopZone).toInstant();
    }

    private Instant end() {
        LocalDate t = to.getValue() == null ? LocalDate.now(shopZone) : to.getValue();
        return t.plusDays(1).atStartOfDay(shopZone).toInstant();
    }

    void refresh() {
        SurveyKind k = kind.getValue();
        SurveyResults.Overview o = results.overview(k, start(), end(), split.getValue(), TREND_MONTHS);
        summary.setText(getTranslation(k.messageKey()) + ": " + ScoreText.of(this, o.total().score(), k == SurveyKind.CSAT)
                + " · " + getTranslation("surveys.results.answers") + " " + o.total().score().answers()
                + " · " + getTranslation("surveys.results.response-rate") + " " + ScoreText.rate(this, o.total().responseRate()));
        distribution.show(k, o.total().distribution());
        groups.setItems(o.groups());
        groups.setVisible(split.getValue() != null);
        chart.removeAll();
        chart.add(new Html("<div>" + TrendChart.svg(k, o.trend(), getTranslation("surveys.results.trend-label", getTranslation(k.messageKey()))) + "</div>"));
        answers.refreshAnswers();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.results.title");
    }
}
