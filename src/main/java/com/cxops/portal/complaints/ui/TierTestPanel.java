package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.complaints.TextTieringService;
import com.cxops.portal.complaints.TieringEngine;
import com.cxops.portal.complaints.tiering.TextCondition;
import com.cxops.portal.complaints.tiering.TierReason;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrators' "test a text" box: the tier the current rules give a sample text, and for every rule what it
 * matched, which of its phrases were cancelled and why, or the condition that did not hold.
 */
class TierTestPanel extends VerticalLayout {

    private final transient TextTieringService service;
    final TextArea text = new TextArea();
    final Button run = new Button();
    final Div result = new Div();
    final Grid<TieringEngine.Trace> traces = new Grid<>();

    TierTestPanel(TextTieringService service) {
        this.service = service;
        setId("tier-test");
        setPadding(false);
        text.setId("tier-test-text");
        text.setLabel(getTranslation("tiering.test.text"));
        text.setWidthFull();
        text.setMinHeight("6em");
        run.setText(getTranslation("tiering.test.run"));
        run.setId("tier-test-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> test());
        result.setId("tier-test-result");
        traces.setId("tier-test-traces");
        traces.addColumn(t -> t.rule().name()).setHeader(getTranslation("tiering.test.rule")).setKey("rule").setAutoWidth(true).setFlexGrow(0);
        traces.addColumn(this::outcome).setHeader(getTranslation("tiering.test.outcome")).setKey("outcome").setFlexGrow(1);
        traces.setAllRowsVisible(true);
        traces.setVisible(false);
        add(new H3(getTranslation("tiering.test.title")), new Paragraph(getTranslation("tiering.test.intro")), text, run, result, traces);
    }

    void test() {
        text.setInvalid(false);
        try {
            TextTieringService.TextTest t = service.test(text.getValue());
            result.removeAll();
            Span tier = Badges.tier(t.result().tier());
            tier.setId("tier-test-tier");
            Span reason = new Span(TierReason.render(t.result().reason(), (k, a) -> getTranslation(k, a)));
            reason.setId("tier-test-reason");
            HorizontalLayout line = new HorizontalLayout(new Span(getTranslation("tiering.test.result", "")), tier, reason);
            line.setAlignItems(Alignment.BASELINE);
            result.add(line);
            if (t.result().inferred() != null) {
                Paragraph count = new Paragraph(getTranslation("tiering.test.count", t.result().inferred().count(), t.result().inferred().words()));
                count.setId("tier-test-count");
                result.add(count);
            }
            if (!t.normalized().equals(text.getValue().strip()) && !t.normalized().isBlank()) {
                String shown = t.normalized().length() > 300 ? t.normalized().substring(0, 300) + "…" : t.normalized();
                Paragraph normalized = new Paragraph(getTranslation("tiering.test.normalized", shown));
                normalized.setId("tier-test-normalized");
                result.add(normalized);
            }
            traces.setItems(t.traces());
            traces.setVisible(true);
        } catch (InvalidInputException ex) {
            FormErrors.show(ex, Map.of("text", text));
        }
    }

    /** "matched: “lawyer”" or the reason it did not match, plus every cancelled phrase with why. */
    String outcome(TieringEngine.Trace t) {
        List<String> parts = new ArrayList<>();
        if (t.matched()) {
            List<String> what = new ArrayList<>();
            t.item().words().forEach(w -> what.add(getTranslation("tiering.reason.words", w)));
            if (what.isEmpty()) {
                what.add(TierReason.render(TierReason.encode(t.rule().tier().name(), List.of(t.item())), (k, a) -> getTranslation(k, a)));
            }
            parts.add(getTranslation("tiering.test.matched", String.join(getTranslation("tiering.reason.separator"), what)));
        } else {
            parts.add(getTranslation("tiering.test.failed." + t.failed()));
        }
        if (t.text() != null) {
            for (TextCondition.Cancelled c : t.text().cancelled()) {
                parts.add(getTranslation("tiering.test.cancelled." + c.why().name(), c.words(), c.by()));
            }
        }
        return String.join(" · ", parts);
    }
}
