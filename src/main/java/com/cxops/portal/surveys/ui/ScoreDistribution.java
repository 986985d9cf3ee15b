package com.cxops.portal.surveys.ui;

import com.cxops.portal.surveys.SurveyKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** How many answers gave each score, as a row of bars: unhappy scores red, promoters (or happy) green. */
class ScoreDistribution extends Div {

    ScoreDistribution() {
        setId("surveys-distribution");
        getStyle().set("display", "flex").set("gap", "2px").set("align-items", "flex-end").set("height", "80px");
    }

    void show(SurveyKind k, long[] d) {
        removeAll();
        long max = 1;
        for (long c : d) {
            max = Math.max(max, c);
        }
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
            add(col);
        }
    }
}
