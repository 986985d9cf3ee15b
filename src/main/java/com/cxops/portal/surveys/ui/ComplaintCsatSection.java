package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ui.ComplaintSection;
import com.cxops.portal.surveys.Answer;
import com.cxops.portal.surveys.CustomerSurveyService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The complaint page shows the customer's CSAT answer about how it was handled. */
@org.springframework.stereotype.Component
class ComplaintCsatSection implements ComplaintSection {

    private final CustomerSurveyService surveys;
    private final CurrentUser user;

    ComplaintCsatSection(CustomerSurveyService surveys, CurrentUser user) {
        this.surveys = surveys;
        this.user = user;
    }

    @Override
    public String titleKey() {
        return "surveys.complaint.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(Complaint complaint) {
        Div box = new Div();
        box.setId("complaint-csat");
        List<Answer> answers = surveys.csatOf(complaint.getId());
        if (answers.isEmpty()) {
            box.add(new Span(box.getTranslation("surveys.complaint.none")));
            return box;
        }
        for (Answer a : answers) {
            Span score = new Span(box.getTranslation("surveys.complaint.score", a.getScore(),
                    Formats.dateTime(a.getAnsweredAt(), user.zone(), user.locale())));
            score.addClassNames("cx-badge", a.unhappy() ? "error" : a.getScore() >= 4 ? "success" : "neutral");
            box.add(new Div(score));
            if (a.getComment() != null) {
                box.add(new Paragraph(a.getComment()));
            }
        }
        return box;
    }
}
