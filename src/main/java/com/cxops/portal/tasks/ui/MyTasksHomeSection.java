package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.HomeSection;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Home "My work": the person's tasks due within the setting's hours (overdue first), with a link to all of them. */
@org.springframework.stereotype.Component
class MyTasksHomeSection implements HomeSection {

    static final int ROWS = 10;

    private final TaskService tasks;
    private final TaskSettings settings;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;

    MyTasksHomeSection(TaskService tasks, TaskSettings settings, CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.tasks = tasks;
        this.settings = settings;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Component create() {
        Locale locale = UI.getCurrent() == null ? user.locale() : UI.getCurrent().getLocale();
        Instant before = clock.instant().plus(Duration.ofHours(settings.dueSoonHours()));
        List<TaskRow> soon = tasks.myTasks(PageRequest.of(0, ROWS)).getContent().stream()
                .filter(r -> r.dueAt().isBefore(before)).toList();
        Grid<TaskRow> grid = TaskGrids.create("home-my-tasks", locale, user.zone(), i18n, clock, false);
        grid.setItems(soon);
        grid.setEmptyStateText(i18n.translate(locale, "tasks.home.empty"));
        grid.setAllRowsVisible(true);
        long count = tasks.countMyTasksDueBefore(before);
        Anchor all = new Anchor("tasks", i18n.translate(locale, "tasks.home.all", count));
        all.setId("home-my-tasks-all");
        // Agents see their follow-ups here only (UI.md); the task lists are for VIP managers and managers.
        all.setVisible(user.hasRole(Role.Names.VIP_MANAGER) || user.hasRole(Role.Names.MANAGER));
        VerticalLayout section = new VerticalLayout(new H3(i18n.translate(locale, "tasks.home.title", settings.dueSoonHours())), grid, all);
        section.setPadding(false);
        section.setId("home-section-my-tasks");
        return section;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public boolean visibleTo(CurrentUser u) {
        return u.hasRole(Role.Names.VIP_MANAGER) || u.hasRole(Role.Names.AGENT) || u.hasRole(Role.Names.MANAGER);
    }
}
