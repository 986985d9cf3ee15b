package com.cxops.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;

import java.util.List;

/**
 * A read-only part of a page (facts, a timeline, a short table) sent as one element whose content is HTML written
 * here, every text escaped. A component per line keeps a server-side state node with its features for every span
 * and text of every open page, and a grid keeps about 40 KB even for three rows: the complaint page's facts,
 * timeline and three small grids took about 110 state nodes and 100 KB of each person's session (docs/performance.md,
 * "Push-connected browser sessions"). Anything a person acts on stays a component; links to other screens carry
 * {@code router-link}, so the browser navigates without a reload.
 */
@Tag("div")
public final class StaticHtml extends Component implements HasSize {

    public StaticHtml(String id, String classNames, Writer content) {
        setId(id);
        if (classNames != null && !classNames.isEmpty()) {
            getElement().setAttribute("class", classNames);
        }
        getElement().setProperty("innerHTML", content.toString());
    }

    /**
     * A text made safe for HTML and SVG, in an element or in an attribute quoted with either quote ("" for null): the
     * one escaping of the portal's HTML written on the server (these parts, the survey trend and the review charts).
     */
    public static String escape(String text) {
        return text == null ? "" : new Writer().text(text).toString();
    }

    /** The HTML sent to the browser (what the tests read). */
    public String html() {
        return getElement().getProperty("innerHTML", "");
    }

    /**
     * A read-only table: a header row and rows of cells; {@code empty} (a sentence) instead when there is no row. The
     * table scrolls sideways inside its box on a narrow screen, as a grid does.
     */
    public static StaticHtml table(String id, List<String> headers, List<List<Cell>> rows, String empty) {
        Writer w = new Writer();
        if (rows.isEmpty()) {
            w.element("p", empty, "class", "cx-hint");
        } else {
            w.open("table", "class", "cx-table").open("thead").open("tr");
            headers.forEach(h -> w.element("th", h, "scope", "col"));
            w.close("tr").close("thead").open("tbody");
            for (List<Cell> row : rows) {
                w.open("tr");
                for (Cell cell : row) {
                    w.open("td", "class", cell.wraps() ? "cx-wrap" : null);
                    cell.write(w);
                    w.close("td");
                }
                w.close("tr");
            }
            w.close("tbody").close("table");
        }
        return new StaticHtml(id, "cx-table-box", w);
    }

    /**
     * One cell of {@link #table}: a text, a badge or a link to another screen. Cells stay on one line (the table
     * scrolls sideways on a narrow screen) except those that {@link #wrapping() wrap}, such as a subject.
     */
    public record Cell(String text, String classNames, String title, String route, boolean wraps) {

        public Cell(String text, String classNames, String title, String route) {
            this(text, classNames, title, route, false);
        }

        public static Cell text(String text) {
            return new Cell(text, null, null, null);
        }

        /** The same cell, its text wrapping over lines (free text: a subject, a statement). */
        public Cell wrapping() {
            return new Cell(text, classNames, title, route, true);
        }

        /** A badge of UI.md: its word with class {@code cx-badge} and the tone, and an optional hover text. */
        public static Cell badge(String text, String tone, String title) {
            return new Cell(text, BadgeRenderer.classNames(text, tone), title, null);
        }

        /** A link to a route of the portal (such as "complaints/12"), followed in the page like a menu entry. */
        public static Cell link(String text, String route) {
            return new Cell(text, null, null, route);
        }

        void write(Writer w) {
            if (route != null) {
                w.link(text, route);
            } else if (classNames != null && !classNames.isEmpty()) {
                w.element("span", text, "class", classNames, "title", title);
            } else {
                w.text(text);
            }
        }
    }

    /** Writes HTML: attribute values and texts are escaped, so nothing a person or customer typed becomes markup. */
    public static final class Writer {

        private final StringBuilder out = new StringBuilder(256);

        /** Opens an element; {@code attributes} are name and value in turn, a null or empty value left out. */
        public Writer open(String tag, String... attributes) {
            out.append('<').append(tag);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                String value = attributes[i + 1];
                if (value != null && !value.isEmpty()) {
                    out.append(' ').append(attributes[i]).append("=\"");
                    escape(value);
                    out.append('"');
                }
            }
            out.append('>');
            return this;
        }

        public Writer close(String tag) {
            out.append("</").append(tag).append('>');
            return this;
        }

        public Writer text(String text) {
            if (text != null) {
                escape(text);
            }
            return this;
        }

        /** An element with a text. */
        public Writer element(String tag, String text, String... attributes) {
            return open(tag, attributes).text(text).close(tag);
        }

        /** A link to a route of the portal, followed without reloading the page. */
        public Writer link(String text, String route) {
            out.append("<a router-link href=\"");
            escape(route);
            out.append("\">");
            return text(text).close("a");
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
