package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.RefreshOnReentry;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/** My tasks: the person's own open tasks, soonest due first, with overdue and due-today badges. */
@Route("tasks")
@Menu(order = 20, title = "tasks.menu.my", icon = "vaadin:tasks")
// agents too: the tasks they claim from their team pools are worked here (docs/concierge.md)
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER})
public class MyTasksView extends VerticalLayout implements HasDynamicTitle, RefreshOnReentry {

    final Grid<TaskRow> grid;

    public MyTasksView(TaskService tasks, CurrentUser user, TranslationProvider i18n, Clock clock) {
        setSizeFull();
        grid = TaskGrids.create("my-tasks-grid", UI.getCurrent().getLocale(), user.zone(), i18n, clock, false);
        grid.setItems(query -> tasks.myTasks(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("tasks.my.empty"));
        Button pool = new Button(getTranslation("tasks.pool.open"), e -> UI.getCurrent().navigate(PoolView.class));
        pool.setId("my-tasks-to-pool");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("tasks.my")), pool);
        header.setAlignItems(Alignment.BASELINE);
        add(header, grid);
    }

    @Override
    public void refreshOnReentry() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.my") + " | " + getTranslation("app.name");
    }
}
