package com.cxops.portal.reports.ui;

import com.cxops.portal.base.ui.StaticHtml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG (no paid components, no npm): a sparkline, a line chart, bars and a heat map.
 * Every text is escaped; every chart is shown with its numbers as a table beside it by the view.
 */
final class SvgCharts {

    private SvgCharts() {
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** A small trend line; gaps (no data) break the line. Empty when fewer than two values exist. */
    static String sparkline(List<BigDecimal> values, int width, int height) {
        double[] range = range(values);
        if (range == null) {
            return "<span></span>";
        }
        StringBuilder sb = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' width='" + width + "' height='" + height
                + "' viewBox='0 0 " + width + " " + height + "'><polyline fill='none' stroke='var(--lumo-primary-color, #1676f3)' stroke-width='1.5' points='");
        int n = values.size();
        for (int i = 0; i < n; i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                continue;
            }
            double x = n == 1 ? width / 2.0 : 2 + (width - 4) * i / (double) (n - 1);
            double y = height - 2 - (height - 4) * (v.doubleValue() - range[0]) / (range[1] - range[0]);
            sb.append(num(x)).append(',').append(num(y)).append(' ');
        }
        return sb.append("'/></svg>").toString();
    }

    /** A line chart with axis labels below and the values as dots with their numbers. */
    static String line(String title, List<String> labels, List<BigDecimal> values) {
        int w = 560;
        int h = 220;
        int left = 40;
        int bottom = 30;
        double[] range = range(values);
        StringBuilder sb = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='" + StaticHtml.escape(title) + "' width='100%' "
                + "viewBox='0 0 " + w + " " + h + "' style='max-width:" + w + "px'><title>" + StaticHtml.escape(title) + "</title>");
        sb.append("<line x1='").append(left).append("' y1='").append(h - bottom).append("' x2='").append(w - 10).append("' y2='")
                .append(h - bottom).append("' stroke='#999'/>");
        int n = labels.size();
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? (left + w) / 2.0 : left + 10 + (w - left - 30) * i / (double) (n - 1);
            sb.append("<text x='").append(num(x)).append("' y='").append(h - 10).append("' font-size='10' text-anchor='middle'>")
                    .append(StaticHtml.escape(labels.get(i))).append("</text>");
            BigDecimal v = i < values.size() ? values.get(i) : null;
            if (v != null && range != null) {
                double y = 15 + (h - bottom - 25) * (1 - (v.doubleValue() - range[0]) / (range[1] - range[0]));
                pts.append(num(x)).append(',').append(num(y)).append(' ');
                sb.append("<circle cx='").append(num(x)).append("' cy='").append(num(y)).append("' r='3' fill='#1676f3'/>")
                        .append("<text x='").append(num(x)).append("' y='").append(num(y - 6)).append("' font-size='10' text-anchor='middle'>")
                        .append(StaticHtml.escape(v.stripTrailingZeros().toPlainString())).append("</text>");
            }
        }
        sb.append("<polyline fill='none' stroke='#1676f3' stroke-width='2' points='").append(pts).append("'/>");
        return sb.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, with the value written at the bar's end. */
    static String bars(String title, List<String> labels, List<BigDecimal> values) {
        int rowH = 22;
        int w = 420;
        int labelW = 130;
        int h = rowH * labels.size() + 10;
        double max = values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        StringBuilder sb = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='" + StaticHtml.escape(title) + "' width='100%' "
                + "viewBox='0 0 " + w + " " + h + "' style='max-width:" + w + "px'><title>" + StaticHtml.escape(title) + "</title>");
        for (int i = 0; i < labels.size(); i++) {
            int y = 5 + i * rowH;
            BigDecimal v = values.get(i);
            double len = v == null || max <= 0 ? 0 : (w - labelW - 60) * v.doubleValue() / max;
            sb.append("<text x='0' y='").append(y + 14).append("' font-size='11'>").append(StaticHtml.escape(labels.get(i))).append("</text>")
                    .append("<rect x='").append(labelW).append("' y='").append(y + 3).append("' width='").append(num(Math.max(0, len)))
                    .append("' height='14' fill='#1676f3'/>")
                    .append("<text x='").append(num(labelW + Math.max(0, len) + 4)).append("' y='").append(y + 14).append("' font-size='11'>")
                    .append(v == null ? "–" : StaticHtml.escape(v.stripTrailingZeros().toPlainString())).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** A heat map: rows × columns of counts, darker for more, each cell with its number. */
    static String heatMap(String title, List<String> rows, List<String> cols, long[][] counts) {
        int cell = 56;
        int labelW = 120;
        int top = 50;
        int w = labelW + cell * cols.size() + 5;
        int h = top + cell / 2 * rows.size() + 5;
        long max = 1;
        for (long[] r : counts) {
            for (long c : r) {
                max = Math.max(max, c);
            }
        }
        StringBuilder sb = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='" + StaticHtml.escape(title) + "' width='100%' "
                + "viewBox='0 0 " + w + " " + h + "' style='max-width:" + w + "px'><title>" + StaticHtml.escape(title) + "</title>");
        for (int j = 0; j < cols.size(); j++) {
            sb.append("<text x='").append(labelW + j * cell + cell / 2).append("' y='").append(top - 8)
                    .append("' font-size='10' text-anchor='middle'>").append(StaticHtml.escape(cols.get(j))).append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            int y = top + i * cell / 2;
            sb.append("<text x='0' y='").append(y + 18).append("' font-size='11'>").append(StaticHtml.escape(rows.get(i))).append("</text>");
            for (int j = 0; j < cols.size(); j++) {
                long c = counts[i][j];
                double alpha = c == 0 ? 0.04 : 0.15 + 0.85 * c / (double) max;
                sb.append("<rect x='").append(labelW + j * cell).append("' y='").append(y).append("' width='").append(cell - 2)
                        .append("' height='").append(cell / 2 - 2).append("' fill='rgb(22,118,243)' fill-opacity='").append(num(alpha)).append("'/>")
                        .append("<text x='").append(labelW + j * cell + cell / 2).append("' y='").append(y + 17)
                        .append("' font-size='11' text-anchor='middle' fill='").append(alpha > 0.6 ? "#fff" : "#222").append("'>").append(c).append("</text>");
            }
        }
        return sb.append("</svg>").toString();
    }

    private static double[] range(List<BigDecimal> values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int n = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        if (max == min) {
            max = min + 1;
            min = min - 1;
        }
        return new double[]{min, max};
    }
}
