package com.cxops.portal.tasks.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.tasks.TaskAssignmentService;
import com.cxops.portal.tasks.TaskEvent;
import com.cxops.portal.tasks.TaskOutcome;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskStatus;
import com.cxops.portal.tasks.TaskTakenException;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A task: its facts, the record it came from, what the person may do with it now, and its timeline. */
@Route("tasks/:id([0-9]+)")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskService tasks;
    private final TaskWorkflowService workflow;
    private final TaskAssignmentService assignment;
    private final CurrentUser user;
    private final StaffDirectory staff;
    private final TranslationProvider i18n;
    private final Clock clock;
    private final List<TaskSection> sections;
    private TaskRow task;

    final Select<TaskOutcome> outcome = new Select<>();
    final TextArea note = new TextArea();
    final Button start = new Button();
    final Button complete = new Button();
    final Button release = new Button();
    final Button claim = new Button();
    final Button cancel = new Button();
    final TextArea cancelReason = new TextArea();
    final ComboBox<StaffDirectory.StaffContact> reassignTo = new ComboBox<>();
    final Button reassign = new Button();

    public TaskView(TaskService tasks, TaskWorkflowService workflow, TaskAssignmentService assignment, CurrentUser user, StaffDirectory staff, TranslationProvider i18n, Clock clock,
                    List<TaskSection> sections) {
        this.sections = sections;
        this.tasks = tasks;
        this.workflow = workflow;
        this.assignment = assignment;
        this.user = user;
        this.staff = staff;
        this.i18n = i18n;
        this.clock = clock;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = event.getRouteParameters().getLong("id").orElse(-1L);
        } catch (IllegalArgumentException e) {
            id = -1L; // digits beyond a long: no such task
        }
        Optional<TaskRow> found = tasks.find(id);
        if (found.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found")));
            return;
        }
        show(found.get());
    }

    private Locale locale() {
        return UI.getCurrent().getLocale();
    }

    private void reload() {
        tasks.find(task.id()).ifPresentOrElse(this::show, () -> UI.getCurrent().navigate(MyTasksView.class));
    }

    void show(TaskRow t) {
        this.task = t;
        removeAll();
        H2 title = new H2(TaskTexts.title(t, i18n, locale()));
        title.setId("task-title");
        SlaBadge.Display due = TaskTexts.due(t, clock.instant(), user.zone(), locale(), i18n);
        Span badge = SlaBadge.create(due, t.dueAt(), user.zone(), locale());
        badge.setId("task-due-badge");
        Div facts = new Div();
        facts.setId("task-facts");
        facts.add(fact("tasks.type", t.typeName(locale())), fact("tasks.status", getTranslation(t.status().messageKey())),
                fact("tasks.priority", getTranslation(t.priority().messageKey())),
                fact("tasks.due", Formats.dateTime(t.dueAt(), user.zone(), locale())),
                fact("tasks.owner", t.ownerName() != null ? t.ownerName()
                        : t.pool() == null ? "" : getTranslation("tasks.in-pool")));
        if (t.customerId() != null) {
            facts.add(new Paragraph(new Span(getTranslation("tasks.customer") + ": "), new Anchor("customers/" + t.customerId(), t.customerName())));
        }
        if (t.source().type() != TaskSourceType.MANUAL) {
            String label = getTranslation(t.source().type().messageKey());
            facts.add(new Paragraph(new Span(getTranslation("tasks.source") + ": "), t.source().link() == null ? new Span(label)
                    : new Anchor(t.source().link(), label)));
        }
        if (t.outcomeName() != null) {
            facts.add(fact("tasks.outcome", t.outcomeName()));
        }
        add(new HorizontalLayout(title, badge), facts);
        for (TaskSection section : sections) {
            if (section.appliesTo(t)) {
                add(section.create(t, this::reload));
            }
        }
        addActions(t);
        add(timeline(t));
    }

    private Paragraph fact(String key, String value) {
        return new Paragraph(getTranslation(key) + ": " + (value == null ? "" : value));
    }

    private void addActions(TaskRow t) {
        if (!t.status().isOpen()) {
            return;
        }
        long me = user.id().orElse(-1L);
        boolean mine = t.ownerId() != null && t.ownerId() == me;
        boolean manager = user.hasRole(Role.Names.MANAGER);
        VerticalLayout actions = new VerticalLayout();
        actions.setPadding(false);
        actions.setId("task-actions");
        HorizontalLayout buttons = new HorizontalLayout();
        if (t.ownerId() == null) {
            claim.setText(getTranslation("tasks.claim"));
            claim.setId("task-claim");
            claim.addClickListener(e -> run(() -> assignment.claim(t.id()), Map.of()));
            buttons.add(claim);
        }
        if ((mine || manager) && t.status() == TaskStatus.OPEN && t.ownerId() != null) {
            start.setText(getTranslation("tasks.start"));
            start.setId("task-start");
            start.addClickListener(e -> run(() -> workflow.start(t.id(), t.version()), Map.of()));
            buttons.add(start);
        }
        if ((mine || manager) && t.ownerId() != null) {
            release.setText(getTranslation("tasks.release"));
            release.setId("task-release");
            release.addClickListener(e -> run(() -> assignment.release(t.id(), t.version()), Map.of()));
            buttons.add(release);
        }
        actions.add(buttons);
        if (mine || manager) {
            TaskType type = tasks.type(t.typeCode()).orElseThrow();
            outcome.setId("task-outcome");
            outcome.setLabel(getTranslation("tasks.outcome"));
            outcome.setRequiredIndicatorVisible(true);
            outcome.setItems(type.getOutcomes());
            outcome.setItemLabelGenerator(o -> o == null ? "" : o.name(locale()));
            note.setId("task-note");
            note.setLabel(getTranslation("tasks.note"));
            note.setMaxLength(com.cxops.portal.tasks.Task.TEXT_MAX);
            note.setWidthFull();
            complete.setText(getTranslation("tasks.complete"));
            complete.setId("task-complete");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            complete.addClickListener(e -> run(() -> workflow.complete(t.id(), t.version(),
                    outcome.getValue() == null ? null : outcome.getValue().getCode(), note.getValue()), Map.of("outcome", outcome, "note", note)));
            actions.add(new H3(getTranslation("tasks.complete.title")), outcome, note, complete);
            cancelReason.setId("task-cancel-reason");
            cancelReason.setLabel(getTranslation("tasks.cancel.reason"));
            cancelReason.setWidthFull();
            cancel.setText(getTranslation("tasks.cancel"));
            cancel.setId("task-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClickListener(e -> run(() -> workflow.cancel(t.id(), t.version(), cancelReason.getValue()), Map.of("reason", cancelReason)));
            actions.add(cancelReason, cancel);
        }
        if (manager || (mine && user.hasRole(Role.Names.VIP_MANAGER))) {
            reassignTo.setId("task-reassign-to");
            reassignTo.setLabel(getTranslation("tasks.reassign.to"));
            List<StaffDirectory.StaffContact> people = new java.util.ArrayList<>(staff.withRole(Role.VIP_MANAGER));
            staff.withRole(Role.AGENT).stream().filter(s -> people.stream().noneMatch(p -> p.id() == s.id())).forEach(people::add);
            reassignTo.setItems(people);
            reassignTo.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
            reassign.setText(getTranslation("tasks.reassign"));
            reassign.setId("task-reassign");
            reassign.addClickListener(e -> {
                if (reassignTo.getValue() == null) {
                    reassignTo.setErrorMessage(getTranslation("tasks.error.owner"));
                    reassignTo.setInvalid(true);
                    return;
                }
                run(() -> assignment.reassign(t.id(), t.version(), reassignTo.getValue().id()), Map.of("ownerId", reassignTo));
            });
            actions.add(new HorizontalLayout(reassignTo, reassign));
            ((HorizontalLayout) actions.getComponentAt(actions.getComponentCount() - 1)).setAlignItems(Alignment.BASELINE);
        }
        add(actions);
    }

    private void run(Runnable action, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            action.run();
            Toasts.success(getTranslation("tasks.saved"));
            reload();
        } catch (TaskTakenException e) {
            Toasts.error(getTranslation("tasks.error.claimed-by", e.getTakenBy()));
            reload();
        } catch (InvalidInputException e) {
            FormErrors.show(e, fields);
        } catch (ConcurrentEditException e) {
            ConflictDialog.open(e, user, this::reload);
        }
    }

    private VerticalLayout timeline(TaskRow t) {
        VerticalLayout list = new VerticalLayout();
        list.setId("task-timeline");
        list.setPadding(false);
        list.add(new H3(getTranslation("tasks.timeline")));
        for (TaskEvent e : tasks.timeline(t.id())) {
            String who = TaskService.SYSTEM.equals(e.getActor()) ? getTranslation("tasks.actor.system") : staff.displayName(e.getActor());
            list.add(new Paragraph(Formats.dateTime(e.getAt(), user.zone(), locale()) + " · " + who + " · "
                    + getTranslation(e.getKind().messageKey()) + (e.getDetail() == null || e.getKind() == TaskEvent.Kind.CREATED ? "" : ": " + e.getDetail())));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return (task == null ? getTranslation("tasks.my") : TaskTexts.title(task, i18n, locale())) + " | " + getTranslation("app.name");
    }
}
