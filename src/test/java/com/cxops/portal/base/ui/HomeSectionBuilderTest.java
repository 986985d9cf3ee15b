package com.cxops.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HomeSectionBuilderTest {

    @Test
    void a_section_is_a_titled_grid_named_by_its_key_with_what_goes_under_it() {
        Grid<String> grid = new Grid<>();
        Span all = new Span("All of them");
        VerticalLayout section = HomeSectionBuilder.of("my-things", "My things", grid)
                .emptyText("Nothing waits on you.").allRowsVisible().below(all).build();

        assertThat(section.getId()).contains("home-section-my-things");
        assertThat(grid.getId()).contains("home-my-things");
        List<Component> children = section.getChildren().toList();
        assertThat(children).hasSize(3);
        assertThat(children.get(0)).isInstanceOf(H3.class);
        assertThat(((H3) children.get(0)).getText()).isEqualTo("My things");
        assertThat(children.subList(1, 3)).containsExactly(grid, all);
        assertThat(grid.getEmptyStateText()).isEqualTo("Nothing waits on you.");
        assertThat(grid.isAllRowsVisible()).isTrue();
    }

    @Test
    void a_lazy_section_scrolls_within_a_fixed_height() {
        Grid<String> grid = new Grid<>();
        VerticalLayout section = HomeSectionBuilder.of("queue", "Queue", grid).height("16em").build();

        assertThat(grid.getHeight()).isEqualTo("16em");
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(section.getChildren().toList()).hasSize(2);
    }
}
