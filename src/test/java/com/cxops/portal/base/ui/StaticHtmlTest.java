package com.cxops.portal.base.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaticHtmlTest {

    private static final String TYPED = "<img src=x onerror=\"alert('x')\"> & 退款 \"quoted\"";

    @Test
    void what_a_person_typed_stays_text_in_every_place_it_can_go() {
        StaticHtml.Writer w = new StaticHtml.Writer();
        w.open("div", "class", "cx-fact", "title", TYPED).element("span", TYPED, "id", "fact-x").link(TYPED, "complaints/1\"><script>").close("div");
        StaticHtml part = new StaticHtml("facts", "cx-facts", w);

        Document doc = Jsoup.parseBodyFragment(part.html());
        assertThat(doc.select("img, script")).isEmpty();
        Element div = doc.selectFirst("div.cx-fact");
        assertThat(div.attr("title")).isEqualTo(TYPED);
        assertThat(doc.getElementById("fact-x").text()).isEqualTo(TYPED);
        Element link = doc.selectFirst("a[router-link]");
        assertThat(link.text()).isEqualTo(TYPED);
        assertThat(link.attr("href")).isEqualTo("complaints/1\"><script>");
        assertThat(part.getId()).contains("facts");
        assertThat(part.getElement().getAttribute("class")).isEqualTo("cx-facts");
    }

    @Test
    void the_shared_escaping_keeps_a_text_inside_an_attribute_of_either_quote() {
        assertThat(StaticHtml.escape(null)).isEmpty();
        assertThat(StaticHtml.escape("Bob's <b>\"team\"</b> & co")).isEqualTo("Bob&#39;s &lt;b&gt;&quot;team&quot;&lt;/b&gt; &amp; co");
        Document svg = Jsoup.parseBodyFragment("<svg aria-label='" + StaticHtml.escape("Bob's x' onload='alert(1)") + "'></svg>");
        assertThat(svg.selectFirst("svg").attributes().size()).isEqualTo(1);
        assertThat(svg.selectFirst("svg").attr("aria-label")).isEqualTo("Bob's x' onload='alert(1)");
    }

    @Test
    void an_empty_value_leaves_its_attribute_out() {
        assertThat(new StaticHtml.Writer().element("span", "x", "class", "", "title", null).toString()).isEqualTo("<span>x</span>");
    }

    @Test
    void a_table_has_its_headers_and_a_cell_per_value_and_a_sentence_when_empty() {
        StaticHtml table = StaticHtml.table("t", List.of("Number", "Tier", "Subject"), List.of(List.of(
                StaticHtml.Cell.link("CX-1", "complaints/7"), StaticHtml.Cell.badge("Major", "error", "since 1 May"),
                StaticHtml.Cell.text("Parcel <late>").wrapping())), "None yet");
        Document doc = Jsoup.parseBodyFragment(table.html());
        assertThat(doc.select("th").eachText()).containsExactly("Number", "Tier", "Subject");
        assertThat(doc.select("tbody td").eachText()).containsExactly("CX-1", "Major", "Parcel <late>");
        assertThat(doc.selectFirst("td a[router-link]").attr("href")).isEqualTo("complaints/7");
        Element badge = doc.selectFirst("td span");
        assertThat(badge.className()).isEqualTo("cx-badge error");
        assertThat(badge.attr("title")).isEqualTo("since 1 May");
        assertThat(table.getElement().getAttribute("class")).isEqualTo("cx-table-box");
        assertThat(doc.select("td.cx-wrap").eachText()).as("only free text wraps").containsExactly("Parcel <late>");

        StaticHtml empty = StaticHtml.table("t", List.of("Number"), List.of(), "None yet");
        assertThat(Jsoup.parseBodyFragment(empty.html()).select("table")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(empty.html()).text()).isEqualTo("None yet");
    }
}
