package com.cxops.portal.reports.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.kpi.DrillRow;
import com.cxops.portal.base.kpi.PackKind;
import com.cxops.portal.reports.PackRow;
import com.cxops.portal.reports.PublishedPack;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The reports page: the pack of last month, drill-down to exactly the rows counted, publishing, action items. */
class ReportsViewTest extends KaribuTestBase {

    static final String NAME = "UI report customer";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        jdbc.update("DELETE FROM complaint WHERE customer_name = ?", NAME);
        jdbc.update("DELETE FROM customer WHERE name = ?", NAME);
        jdbc.update("INSERT INTO customer (external_id, name) VALUES (?, ?)", unique("U"), NAME);
        long c = jdbc.queryForObject("SELECT MAX(id) FROM customer WHERE name = ?", Long.class, NAME);
        for (String at : new String[]{"2015-03-01T00:00", "2015-03-20T12:00"}) {
            LocalDateTime utc = LocalDateTime.ofInstant(LocalDateTime.parse(at).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneOffset.UTC);
            jdbc.update("INSERT INTO complaint (number, customer_id, customer_name, channel, category, subject, description, spread_risk, "
                            + "tier, tier_reason, status, source, created_at, created_by) VALUES (?, ?, ?, 'APP', 'OTHER', 's', 'd', 'PRIVATE', 'NORMAL', 'r', 'NEW', 'PORTAL', ?, 'test')",
                    unique("CX-U-"), c, NAME, utc);
        }
        clock.set(Instant.parse("2015-04-10T04:00:00Z"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_manager_sees_last_months_pack_drills_into_a_figure_publishes_it_and_adds_an_action_item() {
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("reports");
        ReportsView view = _get(ReportsView.class);
        assertThat(view.kind.getValue()).isEqualTo(PackKind.MONTHLY);
        assertThat(view.period.getValue().label()).isEqualTo("2015-03");
        Grid<PackRow> grid = _get(Grid.class, s -> s.withId("reports-grid"));
        PackRow received = view.currentPack().rows().stream().filter(r -> r.kpi().id().equals("complaints.received") && r.overall())
                .findFirst().orElseThrow();
        assertThat(received.value().value()).isEqualByComparingTo("2");
        assertThat(GridKt._size(grid)).isGreaterThan(5);

        view.openDrill(received);
        Grid<DrillRow> drill = _get(Grid.class, s -> s.withId("drill-grid"));
        assertThat(GridKt._size(drill)).isEqualTo(2);
        assertThat(GridKt._get(drill, 0).name()).isEqualTo(NAME);

        _setValue(_get(TextArea.class, s -> s.withId("reports-note")), "Volumes fine; watch delivery.");
        _click(_get(Button.class, s -> s.withId("reports-publish")));
        Grid<PublishedPack> published = _get(Grid.class, s -> s.withId("reports-published"));
        assertThat(GridKt._get(published, 0).note()).isEqualTo("Volumes fine; watch delivery.");

        view.publishing.openPublished(GridKt._get(published, 0));
        Grid<PackRow> frozen = _get(Grid.class, s -> s.withId("published-grid"));
        assertThat(GridKt._size(frozen)).isGreaterThan(5);
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_executive_reads_the_quarterly_pack_without_publishing_or_target_editing() {
        loginNew(Role.EXECUTIVE);
        UI.getCurrent().navigate("reports");
        ReportsView view = _get(ReportsView.class);
        _setValue(_get(Select.class, s -> s.withId("reports-kind")), PackKind.QUARTERLY);
        assertThat(view.period.getValue().label()).isEqualTo("2015 Q1");
        assertThat(view.currentPack().rows()).anySatisfy(r -> assertThat(r.kpi().id()).isEqualTo("customers.repurchase-rate"));
        assertThat(view.publishing.publish.isAttached()).isFalse();
        // no action items for this quarter: the empty state says what to do, and there is no form to add one
        assertThat(view.actionItems.actionsEmpty.isVisible()).isTrue();
        assertThat(view.actionItems.actions.isVisible()).isFalse();
    }
}
