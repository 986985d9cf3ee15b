package com.cxops.portal.complaints.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.TieringEngine;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The "test a text" box on the tiering rules page, the corrections report, and the intake form's count suggestion. */
class TextTieringViewsTest extends KaribuTestBase {

    @SuppressWarnings("unchecked")
    private Grid<TieringEngine.Trace> traces() {
        return _get(Grid.class, s -> s.withId("tier-test-traces"));
    }

    private String outcomeOf(String rule) {
        Grid<TieringEngine.Trace> grid = traces();
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._getFormatted(grid, i, "rule").equals(rule))
                .mapToObj(i -> GridKt._getFormatted(grid, i, "outcome")).findFirst().orElseThrow();
    }

    @Test
    void test_a_text_shows_which_rule_matched_which_words_and_why_others_did_not() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/tiering-rules");
        _setValue(_get(TextArea.class, s -> s.withId("tier-test-text")), "Your agent Sue was rude, and the smoke grey jacket arrived late. My lawyers will call.");
        _click(_get(Button.class, s -> s.withId("tier-test-run")));
        assertThat(_get(Span.class, s -> s.withId("tier-test-tier")).getText()).isEqualTo("Major");
        assertThat(_get(Span.class, s -> s.withId("tier-test-reason")).getText())
                .isEqualTo("Major: legal or regulator risk (“lawyers”)");
        assertThat(outcomeOf("legal or regulator (keywords)")).contains("matched: “lawyers”")
                .contains("“Sue” cancelled");
        assertThat(outcomeOf("safety (keywords)")).startsWith("none of its phrases is in the text")
                .contains("“smoke” cancelled by the exclusion “smoke grey”");
        assertThat(outcomeOf("VIP customer")).isEqualTo("not a VIP customer");
    }

    @Test
    void test_a_text_in_chinese_explains_in_chinese() {
        loginNew(Role.ADMIN);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("admin/tiering-rules");
        _setValue(_get(TextArea.class, s -> s.withId("tier-test-text")), "在社交媒体上看到的广告。我已经联系了記者。");
        _click(_get(Button.class, s -> s.withId("tier-test-run")));
        assertThat(_get(Span.class, s -> s.withId("tier-test-reason")).getText()).isEqualTo("重大: 媒体或网络扩散（“记者”）");
        assertThat(outcomeOf("public post (text)")).contains("被取消");
    }

    @Test
    void corrections_report_opens_from_the_tiering_rules_page() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/tiering-rules");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, s -> s.withId("rule-corrections-link")).getHref()).isEqualTo("admin/tier-corrections");
        UI.getCurrent().navigate("admin/tier-corrections");
        assertThat(_get(Grid.class, s -> s.withId("tier-corrections"))).isNotNull();
    }

    @Test
    void intake_form_suggests_the_count_the_text_names_and_the_agent_confirms_it() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("complaints");
        _click(_get(Button.class, s -> s.withId("complaint-new")));
        IntegerField affected = _get(IntegerField.class, s -> s.withId("intake-affected"));
        _setValue(affected, 1);
        _setValue(_get(TextField.class, s -> s.withId("intake-subject")), "Chargers");
        _setValue(_get(TextArea.class, s -> s.withId("intake-description")), "这一批货质量都有问题，几十个买家都在群里说了");
        HorizontalLayout suggestion = _get(HorizontalLayout.class, s -> s.withId("intake-affected-suggestion"));
        assertThat(suggestion.isVisible()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("intake-affected-suggestion-text")).getText()).contains("几十个买家").contains("20");
        assertThat(affected.getValue()).as("nothing changes without the agent's click").isEqualTo(1);
        _click(_get(Button.class, s -> s.withId("intake-affected-use")));
        assertThat(affected.getValue()).isEqualTo(20);
    }
}
