package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.ui.StaticHtml;
import com.cxops.portal.surveys.SurveyKind;
import com.cxops.portal.surveys.SurveyResults;

import java.util.List;
import java.util.Locale;

/**
 * The monthly trend as a server-rendered SVG (no chart library, no script): the score per month as a line with its
 * 95 % margin as a band; months with a small sample are drawn hollow and months without answers are left out.
 */
final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;

    private TrendChart() {
    }

    static String svg(SurveyKind kind, List<SurveyResults.Month> months, String title) {
        double min = kind == SurveyKind.NPS ? -100 : 0;
        double max = 100;
        int n = Math.max(1, months.size());
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("' style='width:100%;max-width:").append(WIDTH).append("px;height:auto' aria-label='").append(StaticHtml.escape(title)).append("'>");
        s.append("<title>").append(StaticHtml.escape(title)).append("</title>");
        for (double v = min; v <= max; v += 50) {
            double y = y(v, min, max, plotH);
            s.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#d5dae1' stroke-width='1'/>", LEFT, WIDTH - RIGHT, y, y));
            s.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' font-size='11' text-anchor='end' fill='#4a5260'>%d</text>", LEFT - 4, y + 4, (int) v));
        }
        StringBuilder line = new StringBuilder();
        StringBuilder band = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            SurveyResults.Month m = months.get(i);
            double x = LEFT + plotW * (i + 0.5) / n;
            String label = m.month().getMonthValue() + (m.month().getMonthValue() == 1 || i == 0 ? "/" + (m.month().getYear() % 100) : "");
            s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='11' text-anchor='middle' fill='#4a5260'>%s</text>", x, HEIGHT - 10, label));
            if (!m.score().hasScore()) {
                continue;
            }
            double y = y(m.score().score(), min, max, plotH);
            double hi = y(Math.min(max, m.score().score() + m.score().marginOfError()), min, max, plotH);
            double lo = y(Math.max(min, m.score().score() - m.score().marginOfError()), min, max, plotH);
            band.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='#0b5cd5' fill-opacity='0.12'/>",
                    x - plotW / n * 0.3, hi, plotW / n * 0.6, Math.max(1, lo - hi)));
            line.append(line.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='4' fill='%s' stroke='#0b5cd5' stroke-width='2'><title>%s: %d ± %d (n=%d)</title></circle>",
                    x, y, m.score().smallSample() ? "#fff" : "#0b5cd5", m.month(), m.score().rounded(), m.score().roundedMargin(), m.score().answers()));
        }
        s.append(band);
        if (!line.isEmpty()) {
            s.append("<path d='").append(line).append("' fill='none' stroke='#0b5cd5' stroke-width='2'/>");
        }
        s.append(dots).append("</svg>");
        return s.toString();
    }

    private static double y(double v, double min, double max, double plotH) {
        return TOP + plotH * (max - v) / (max - min);
    }
}
