package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.NarrowCards;
import com.cxops.portal.base.ui.RefreshOnReentry;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.tasks.TaskAssignmentService;
import com.cxops.portal.tasks.TaskPools;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskTakenException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.List;

/**
 * Pools to claim from: the concierge pool (VIP managers, managers) and the pools of the person's teams (agents too, e.g.
 * the customer-recovery team's survey follow-ups); two people claiming at once, one wins.
 */
@Route("tasks/pool")
@Menu(order = 21, title = "tasks.menu.pool", icon = "vaadin:inbox")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
public class PoolView extends VerticalLayout implements HasDynamicTitle, RefreshOnReentry {

    final ComboBox<TaskService.Pool> pool = new ComboBox<>();
    final Grid<TaskRow> grid;
    private final TaskService tasks;
    private final TaskAssignmentService assignment;

    public PoolView(TaskService tasks, TaskAssignmentService assignment, CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.tasks = tasks;
        this.assignment = assignment;
        setSizeFull();
        List<TaskService.Pool> pools = tasks.pools();
        pool.setId("pool-select");
        pool.setLabel(getTranslation("tasks.pool"));
        pool.setWidth("min(100%, 28em)");
        pool.setItems(pools);
        pool.setItemLabelGenerator(p -> TaskPools.CONCIERGE.equals(p.code()) ? getTranslation("tasks.pool.CONCIERGE")
                : getTranslation("tasks.pool.team", p.teamName()));
        grid = TaskGrids.create("pool-grid", UI.getCurrent().getLocale(), user.zone(), i18n, clock, false);
        // a Lit template, not a Button component per row: the page's 50 buttons cost no server-side components
        String claimText = getTranslation("tasks.claim");
        NarrowCards.keepBesideCards(grid.addColumn(LitRenderer.<TaskRow>of("<vaadin-button theme=\"small primary\" id=\"claim-${item.claimId}\" "
                        + "@click=\"${claim}\">${item.claimText}</vaadin-button>")
                .withProperty("claimId", TaskRow::id)
                .withProperty("claimText", row -> claimText)
                .withFunction("claim", this::claim)).setKey("claim").setAutoWidth(true).setFlexGrow(0));
        grid.setEmptyStateText(getTranslation(pools.isEmpty() ? "tasks.pool.none" : "tasks.pool.empty"));
        pool.setVisible(!pools.isEmpty());
        pool.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("tasks.pool.title")), pool, grid);
        if (!pools.isEmpty()) {
            pool.setValue(pools.get(0));
        }
    }

    @Override
    public void refreshOnReentry() {
        refresh();
    }

    private void refresh() {
        TaskService.Pool p = pool.getValue();
        if (p == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(query -> tasks.pool(p.code(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    void claim(TaskRow row) {
        try {
            assignment.claim(row.id());
            Toasts.success(getTranslation("tasks.claimed"));
        } catch (TaskTakenException e) {
            Toasts.error(getTranslation("tasks.error.claimed-by", e.getTakenBy()));
        } catch (InvalidInputException e) {
            Toasts.error(e.firstMessage(this::getTranslation));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.pool.title") + " | " + getTranslation("app.name");
    }
}
