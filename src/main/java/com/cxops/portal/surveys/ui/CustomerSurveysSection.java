package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.ui.CustomerSection;
import com.cxops.portal.surveys.Answer;
import com.cxops.portal.surveys.CustomerSurveyService;
import com.cxops.portal.surveys.Invitation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Customer 360: survey language and opt-out, the latest invitations and answers. */
@org.springframework.stereotype.Component
class CustomerSurveysSection implements CustomerSection {

    private final CustomerSurveyService surveys;
    private final CurrentUser user;

    CustomerSurveysSection(CustomerSurveyService surveys, CurrentUser user) {
        this.surveys = surveys;
        this.user = user;
    }

    @Override
    public String titleKey() {
        return "surveys.customer.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public com.vaadin.flow.component.Component create(Customer customer) {
        CustomerSurveyService.History h = surveys.history(customer.getId());
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("customer-surveys");
        Span facts = new Span();
        facts.setId("customer-surveys-facts");
        facts.setText(layout.getTranslation("surveys.customer.language", layout.getTranslation("surveys.language." + h.language()))
                + " · " + layout.getTranslation(h.optedOut() ? "surveys.customer.opted-out" : "surveys.customer.not-opted-out"));
        Grid<Answer> answers = new Grid<>();
        answers.setId("customer-survey-answers");
        answers.addColumn(a -> Formats.dateTime(a.getAnsweredAt(), user.zone(), user.locale())).setHeader(layout.getTranslation("surveys.results.answered-at")).setAutoWidth(true);
        answers.addColumn(a -> layout.getTranslation(a.getKind().messageKey())).setHeader(layout.getTranslation("surveys.results.kind")).setAutoWidth(true);
        answers.addColumn(Answer::getScore).setHeader(layout.getTranslation("surveys.results.score-column")).setAutoWidth(true);
        answers.addColumn(a -> a.getComment() == null ? "" : a.getComment()).setHeader(layout.getTranslation("surveys.results.comment")).setFlexGrow(3);
        answers.setItems(h.answers());
        answers.setAllRowsVisible(true);
        answers.setEmptyStateText(layout.getTranslation("surveys.customer.no-answers"));
        Grid<Invitation> invitations = new Grid<>();
        invitations.setId("customer-survey-invitations");
        invitations.addColumn(i -> Formats.dateTime(i.getSentAt() != null ? i.getSentAt() : i.getSendAt(), user.zone(), user.locale()))
                .setHeader(layout.getTranslation("surveys.customer.when")).setAutoWidth(true);
        invitations.addColumn(i -> layout.getTranslation(i.getKind().messageKey())).setHeader(layout.getTranslation("surveys.results.kind")).setAutoWidth(true);
        invitations.addColumn(i -> layout.getTranslation(i.getStatus().messageKey())
                        + (i.getSkipReason() == null ? "" : " (" + layout.getTranslation(i.getSkipReason().messageKey()) + ")"))
                .setHeader(layout.getTranslation("surveys.customer.status")).setFlexGrow(2);
        invitations.setItems(h.invitations());
        invitations.setAllRowsVisible(true);
        invitations.setEmptyStateText(layout.getTranslation("surveys.customer.no-invitations"));
        layout.add(facts, new Span(layout.getTranslation("surveys.customer.answers")), answers,
                new Span(layout.getTranslation("surveys.customer.invitations")), invitations);
        return layout;
    }
}
