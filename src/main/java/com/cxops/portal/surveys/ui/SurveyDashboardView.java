package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;
import com.cxops.portal.surveys.AnswerFilter;
import com.cxops.portal.surveys.CommentTheme;
import com.cxops.portal.surveys.ScoreBand;
import com.cxops.portal.surveys.SurveyKind;
import com.cxops.portal.surveys.SurveyResults;
import com.cxops.portal.surveys.SurveyResultsService;
import com.cxops.portal.surveys.SurveySplit;
import com.cxops.portal.surveys.ThemeService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
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
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<SurveySplit> split = new Select<>();
    final Span summary = new Span();
    final Div distribution = new Div();
    final Grid<SurveyResults.Group> groups = new Grid<>();
    final Div chart = new Div();
    final Map<SurveySplit, Select<String>> dimensions = new EnumMap<>(SurveySplit.class);
    final Span answerCount = new Span();
    final Button showAll = new Button();
    final Select<ScoreBand> band = new Select<>();
    final Select<CommentTheme> theme = new Select<>();
    final Checkbox withComment = new Checkbox();
    final TextField text = new TextField();
    final Grid<SurveyResults.AnswerRow> answers = new Grid<>();

    private final transient SurveyResultsService results;
    private final transient StaffDirectory staff;
    private final transient CurrentUser user;
    private final ZoneId shopZone;
    private final Map<Long, String> teamNames = new HashMap<>();
    private final Map<String, String> themeNames = new HashMap<>();
    /** Set while several filters change at once, so the list is queried once. */
    private boolean settingFilters;

    public SurveyDashboardView(SurveyResultsService results, ThemeService themes, TeamService teams, StaffDirectory staff,
                               CurrentUser user, ShopSettings shop, Clock clock) {
        this.results = results;
        this.staff = staff;
        this.user = user;
        this.shopZone = shop.zone();
        teams.list().forEach(t -> teamNames.put(t.getId(), t.getName()));
        List<CommentTheme> themeList = themes.list();
        themeList.forEach(t -> themeNames.put(t.getCode(), t.name(user.locale())));
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
        distribution.setId("surveys-distribution");
        distribution.getStyle().set("display", "flex").set("gap", "2px").set("align-items", "flex-end").set("height", "80px");

        groups.setId("surveys-groups");
        groups.addColumn(g -> groupName(split.getValue(), g.group())).setHeader(getTranslation("surveys.results.group")).setKey("group").setFlexGrow(2);
        groups.addColumn(g -> ScoreText.of(this, g.score(), kind.getValue() == SurveyKind.CSAT)).setHeader(getTranslation("surveys.results.score-column")).setKey("score");
        groups.addColumn(g -> g.score().answers()).setHeader(getTranslation("surveys.results.answers")).setKey("answers");
        groups.addColumn(g -> ScoreText.rate(this, g.responseRate())).setHeader(getTranslation("surveys.results.response-rate")).setKey("rate");
        groups.setAllRowsVisible(true);
        groups.setEmptyStateText(getTranslation("surveys.results.empty"));
        groups.addItemClickListener(e -> drill(split.getValue(), e.getItem().group()));
        chart.setId("surveys-trend");

        for (SurveySplit s : SurveySplit.values()) {
            Select<String> d = new Select<>();
            d.setId("surveys-filter-" + s.name().toLowerCase(java.util.Locale.ROOT));
            d.setLabel(getTranslation(s.messageKey()));
            d.setItems(values(s, staff, manager));
            d.setEmptySelectionAllowed(true);
            d.setEmptySelectionCaption(getTranslation("surveys.results.all"));
            d.setItemLabelGenerator(v -> groupName(s, v));
            // an agent's list is their own CSAT already
            d.setVisible(manager || s != SurveySplit.AGENT);
            d.addValueChangeListener(e -> refreshAnswers());
            dimensions.put(s, d);
        }
        showAll.setId("surveys-show-all");
        showAll.setText(getTranslation("surveys.results.show-all"));
        showAll.addClickListener(e -> drill(null, null));
        answerCount.setId("surveys-answer-count");
        band.setId("surveys-band");
        band.setLabel(getTranslation("surveys.results.band"));
        band.setItems(ScoreBand.values());
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("surveys.results.all"));
        band.setItemLabelGenerator(b -> b == null ? getTranslation("surveys.results.all") : getTranslation(b.messageKey(kind.getValue())));
        theme.setId("surveys-theme");
        theme.setLabel(getTranslation("surveys.results.theme"));
        theme.setItems(themeList);
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("surveys.results.all"));
        theme.setItemLabelGenerator(t -> t == null ? getTranslation("surveys.results.all") : t.name(user.locale()));
        withComment.setId("surveys-with-comment");
        withComment.setLabel(getTranslation("surveys.results.with-comment"));
        text.setId("surveys-text");
        text.setLabel(getTranslation("surveys.results.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);

        answers.setId("surveys-answers");
        answers.addColumn(a -> Formats.dateTime(a.answeredAt(), user.zone(), user.locale())).setHeader(getTranslation("surveys.results.answered-at")).setKey("at").setAutoWidth(true);
        answers.addColumn(SurveyResults.AnswerRow::score).setHeader(getTranslation("surveys.results.score-column")).setKey("score").setAutoWidth(true);
        answers.addColumn(SurveyResults.AnswerRow::customerName).setHeader(getTranslation("surveys.results.customer")).setKey("customer").setAutoWidth(true);
        // the comment is text: Grid renders it as text, so markup a customer typed is shown, never run
        answers.addColumn(a -> a.comment() == null ? "" : a.comment()).setHeader(getTranslation("surveys.results.comment")).setKey("comment").setFlexGrow(3);
        answers.addColumn(a -> themeText(a.themes())).setHeader(getTranslation("surveys.results.themes")).setKey("themes").setAutoWidth(true);
        answers.addColumn(a -> a.followUpTaskId() == null ? "" : getTranslation("surveys.results.follow-up-yes")).setHeader(getTranslation("surveys.results.follow-up")).setKey("followUp").setAutoWidth(true);
        answers.setEmptyStateText(getTranslation("surveys.results.no-answers"));
        answers.setHeight("24em");
        answers.addItemClickListener(e -> UI.getCurrent().navigate(e.getItem().complaintId() != null
                ? "complaints/" + e.getItem().complaintId() : "customers/" + e.getItem().customerId()));
        answers.setItems(q -> results.answers(filter(), PageRequest.of(q.getPage(), q.getPageSize())).stream());

        kind.addValueChangeListener(e -> {
            settingFilters = true;
            dimensions.values().forEach(d -> d.setValue(null));
            settingFilters = false;
            refresh();
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        split.addValueChangeListener(e -> refresh());
        band.addValueChangeListener(e -> refreshAnswers());
        theme.addValueChangeListener(e -> refreshAnswers());
        withComment.addValueChangeListener(e -> refreshAnswers());
        text.addValueChangeListener(e -> refreshAnswers());

        HorizontalLayout filters = new HorizontalLayout(kind, from, to, split);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout answerFilters = new HorizontalLayout(band, theme, text, withComment);
        dimensions.values().forEach(answerFilters::add);
        answerFilters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        answerFilters.setWrap(true);
        add(new H2(getTranslation("surveys.results.title")), filters, summary, distribution,
                showAll, new H3(getTranslation("surveys.results.by-group")), groups,
                new H3(getTranslation("surveys.results.trend")), chart,
                new H3(getTranslation("surveys.results.answers-title")), answerFilters, answerCount, answers);
        refresh();
    }

    private Instant start() {
        return (from.getValue() == null ? LocalDate.now(shopZone).minusMonths(3) : from.getValue()).atStartOfDay(shopZone).toInstant();
    }

    private Instant end() {
        LocalDate t = to.getValue() == null ? LocalDate.now(shopZone) : to.getValue();
        return t.plusDays(1).atStartOfDay(shopZone).toInstant();
    }

    AnswerFilter filter() {
        AnswerFilter f = AnswerFilter.of(kind.getValue(), start(), end());
        for (Map.Entry<SurveySplit, Select<String>> d : dimensions.entrySet()) {
            f = f.drill(d.getKey(), d.getValue().getValue());
        }
        return f.withBand(band.getValue()).withTheme(theme.getValue() == null ? null : theme.getValue().getCode())
                .withComments(withComment.getValue(), text.getValue());
    }

    /**
     * Opens the answers behind a number: the group's dimension set, every other filter of the list cleared, so the
     * list's count is the number clicked (split null: the whole period's answers).
     */
    void drill(SurveySplit s, String group) {
        settingFilters = true;
        band.setValue(null);
        theme.setValue(null);
        withComment.setValue(false);
        text.clear();
        dimensions.forEach((d, select) -> {
            String value = d == s ? group : null;
            if (value != null && select.getListDataView().getItems().noneMatch(value::equals)) {
                select.getListDataView().addItem(value);
            }
            select.setValue(value);
        });
        settingFilters = false;
        refreshAnswers();
    }

    void refresh() {
        SurveyKind k = kind.getValue();
        SurveyResults.Overview o = results.overview(k, start(), end(), split.getValue(), TREND_MONTHS);
        summary.setText(getTranslation(k.messageKey()) + ": " + ScoreText.of(this, o.total().score(), k == SurveyKind.CSAT)
                + " · " + getTranslation("surveys.results.answers") + " " + o.total().score().answers()
                + " · " + getTranslation("surveys.results.response-rate") + " " + ScoreText.rate(this, o.total().responseRate()));
        distribution.removeAll();
        long max = 1;
        for (long c : o.total().distribution()) {
            max = Math.max(max, c);
        }
        long[] d = o.total().distribution();
        for (int i = 0; i < d.length; i++) {
            int score = k.min() + i;
            Div bar = new Div();
            bar.setTitle(score + ": " + d[i]);
            bar.getElement().setAttribute("aria-label", score + ": " + d[i]);
            String color = k.unhappy(score) ? "var(--lumo-error-color)" : (k == SurveyKind.NPS ? score >= 9 : score >= 4)
                    ? "var(--lumo-success-color)" : "var(--lumo-contrast-50pct)";
            bar.getStyle().set("width", "1.6rem").set("background", color).set("height", Math.max(2, 70 * d[i] / max) + "px");
            Span label = new Span(Integer.toString(score));
            label.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            Div col = new Div(bar, label);
            col.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center");
            distribution.add(col);
        }
        groups.setItems(o.groups());
        groups.setVisible(split.getValue() != null);
        chart.removeAll();
        chart.add(new Html("<div>" + TrendChart.svg(k, o.trend(), getTranslation("surveys.results.trend-label", getTranslation(k.messageKey()))) + "</div>"));
        refreshAnswers();
    }

    private void refreshAnswers() {
        if (settingFilters) {
            return;
        }
        answerCount.setText(getTranslation("surveys.results.answer-count", results.countAnswers(filter())));
        answers.getDataProvider().refreshAll();
    }

    String groupName(SurveySplit s, String group) {
        if (s == null || group == null) {
            return getTranslation("surveys.results.all");
        }
        if (group.isEmpty()) {
            return getTranslation("surveys.results.none");
        }
        return switch (s) {
            case LAYER -> getTranslation(CustomerLayer.valueOf(group).messageKey());
            case MEMBERSHIP -> getTranslation(MembershipLevel.valueOf(group).messageKey());
            case VIP -> getTranslation(Boolean.parseBoolean(group) ? "surveys.results.vip-yes" : "surveys.results.vip-no");
            case TIER -> getTranslation(Tier.valueOf(group).messageKey());
            case CATEGORY -> getTranslation(ComplaintCategory.valueOf(group).messageKey());
            case TEAM -> teamNames.getOrDefault(Long.parseLong(group), "#" + group);
            case AGENT -> staff.displayName(Long.parseLong(group)).orElse("#" + group);
        };
    }

    /** The values a dimension can take, written as the results write a group ("" for an empty column). */
    private List<String> values(SurveySplit s, StaffDirectory staff, boolean manager) {
        List<String> v = new ArrayList<>();
        switch (s) {
            case LAYER -> Arrays.stream(CustomerLayer.values()).forEach(x -> v.add(x.name()));
            case MEMBERSHIP -> Arrays.stream(MembershipLevel.values()).forEach(x -> v.add(x.name()));
            case VIP -> v.addAll(List.of("true", "false"));
            case TIER -> Arrays.stream(Tier.values()).forEach(x -> v.add(x.name()));
            case CATEGORY -> Arrays.stream(ComplaintCategory.values()).forEach(x -> v.add(x.name()));
            case TEAM -> teamNames.keySet().stream().sorted(Comparator.comparing(teamNames::get)).forEach(id -> v.add(id.toString()));
            case AGENT -> {
                if (manager) {
                    staff.withRole(Role.AGENT).forEach(a -> v.add(Long.toString(a.id())));
                }
            }
        }
        if (s != SurveySplit.LAYER && s != SurveySplit.MEMBERSHIP && s != SurveySplit.VIP) {
            v.add("");
        }
        return v;
    }

    private String themeText(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return String.join(", ", java.util.Arrays.stream(codes.split(",")).map(c -> themeNames.getOrDefault(c, c)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.results.title");
    }
}
