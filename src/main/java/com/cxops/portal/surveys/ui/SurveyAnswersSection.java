package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.surveys.AnswerFilter;
import com.cxops.portal.surveys.CommentTheme;
import com.cxops.portal.surveys.ScoreBand;
import com.cxops.portal.surveys.SurveyKind;
import com.cxops.portal.surveys.SurveyResults;
import com.cxops.portal.surveys.SurveyResultsService;
import com.cxops.portal.surveys.SurveySplit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableSupplier;
import org.springframework.data.domain.PageRequest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answers behind the results page's numbers: a lazy list with its count, filtered by score band, theme, comment
 * text and each split's dimension; a click on a group of the page opens its answers here ({@link #drill}).
 */
class SurveyAnswersSection extends VerticalLayout {

    final Map<SurveySplit, Select<String>> dimensions = new EnumMap<>(SurveySplit.class);
    final Span answerCount = new Span();
    final Select<ScoreBand> band = new Select<>();
    final Select<CommentTheme> theme = new Select<>();
    final Checkbox withComment = new Checkbox();
    final TextField text = new TextField();
    final Grid<SurveyResults.AnswerRow> answers = new Grid<>();

    private final transient SurveyResultsService results;
    private final SerializableSupplier<AnswerFilter> period;
    private final Map<String, String> themeNames = new HashMap<>();
    /** Set while several filters change at once, so the list is queried once. */
    private boolean settingFilters;

    /** {@code period} is the page's survey kind and time range, the filter every answer filter here narrows. */
    SurveyAnswersSection(SurveyResultsService results, CurrentUser user, List<CommentTheme> themeList, SurveyGroupWords words,
                         boolean manager, SerializableSupplier<AnswerFilter> period, SerializableSupplier<SurveyKind> kind) {
        this.results = results;
        this.period = period;
        themeList.forEach(t -> themeNames.put(t.getCode(), t.name(user.locale())));
        setPadding(false);
        for (SurveySplit s : SurveySplit.values()) {
            Select<String> d = new Select<>();
            d.setId("surveys-filter-" + s.name().toLowerCase(Locale.ROOT));
            d.setLabel(getTranslation(s.messageKey()));
            d.setItems(words.values(s, manager));
            d.setEmptySelectionAllowed(true);
            d.setEmptySelectionCaption(getTranslation("surveys.results.all"));
            d.setItemLabelGenerator(v -> words.groupName(s, v));
            // an agent's list is their own CSAT already
            d.setVisible(manager || s != SurveySplit.AGENT);
            d.addValueChangeListener(e -> refreshAnswers());
            dimensions.put(s, d);
        }
        answerCount.setId("surveys-answer-count");
        band.setId("surveys-band");
        band.setLabel(getTranslation("surveys.results.band"));
        band.setItems(ScoreBand.values());
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption(getTranslation("surveys.results.all"));
        band.setItemLabelGenerator(b -> b == null ? getTranslation("surveys.results.all") : getTranslation(b.messageKey(kind.get())));
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

        band.addValueChangeListener(e -> refreshAnswers());
        theme.addValueChangeListener(e -> refreshAnswers());
        withComment.addValueChangeListener(e -> refreshAnswers());
        text.addValueChangeListener(e -> refreshAnswers());

        HorizontalLayout answerFilters = new HorizontalLayout(band, theme, text, withComment);
        dimensions.values().forEach(answerFilters::add);
        answerFilters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        answerFilters.setWrap(true);
        add(new H3(getTranslation("surveys.results.answers-title")), answerFilters, answerCount, answers);
    }

    AnswerFilter filter() {
        AnswerFilter f = period.get();
        for (Map.Entry<SurveySplit, Select<String>> d : dimensions.entrySet()) {
            f = f.drill(d.getKey(), d.getValue().getValue());
        }
        return f.withBand(band.getValue()).withTheme(theme.getValue() == null ? null : theme.getValue().getCode())
                .withComments(withComment.getValue(), text.getValue());
    }

    /** Clears every dimension without querying (the page refreshes once afterwards). */
    void clearDimensions() {
        settingFilters = true;
        dimensions.values().forEach(d -> d.setValue(null));
        settingFilters = false;
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

    void refreshAnswers() {
        if (settingFilters) {
            return;
        }
        answerCount.setText(getTranslation("surveys.results.answer-count", results.countAnswers(filter())));
        answers.getDataProvider().refreshAll();
    }

    private String themeText(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return String.join(", ", Arrays.stream(codes.split(",")).map(c -> themeNames.getOrDefault(c, c)).toList());
    }
}
