package com.cxops.portal.surveys.ui;

import com.cxops.portal.surveys.ScoreResult;
import com.vaadin.flow.component.Component;

import java.util.Locale;

/** A score as people read it: "42 ± 6" (NPS) or "85 % ± 4", or "small sample" with the number, or "no answers". */
final class ScoreText {

    private ScoreText() {
    }

    static String of(Component c, ScoreResult r, boolean percent) {
        if (!r.hasScore()) {
            return c.getTranslation("surveys.results.no-answers");
        }
        String value = r.rounded() + (percent ? " %" : "");
        if (r.smallSample()) {
            return c.getTranslation("surveys.results.small-sample", value, r.answers());
        }
        return c.getTranslation("surveys.results.score", value, r.roundedMargin());
    }

    static String rate(Component c, double rate) {
        return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.0f %%", rate);
    }
}
