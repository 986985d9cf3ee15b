package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Notifications;
import com.cxops.portal.complaints.Compensation;
import com.cxops.portal.complaints.CompensationForm;
import com.cxops.portal.complaints.CompensationKind;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.RootCauseService;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TimelineEntry;
import com.cxops.portal.customers.CustomerService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One complaint: a header with the key facts and the actions the person may take, then the timeline with notes,
 * compensation, the root-cause analysis (major complaints) and the customer's other complaints.
 */
@Route("complaints/:id")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.VIP_MANAGER})
public class ComplaintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many of the customer's other complaints the page lists (the customer page lists them all). */
    static final int OTHER_COMPLAINTS = 20;

    private final transient ComplaintService service;
    private final transient ComplaintIntakeService intake;
    private final transient ComplaintWorkflowService workflow;
    private final transient ComplaintAssignmentService assignment;
    private final transient RootCauseService rca;
    private final transient CustomerService customers;
    private final transient TeamService teams;
    private final transient StaffDirectory staff;
    private final transient CurrentUser user;
    private final transient SettingsService settings;
    private final transient List<ComplaintSection> sections;
    private long id;
    private Complaint complaint;
    private ComplaintService.Details details;

    public ComplaintView(ComplaintService service, ComplaintIntakeService intake, ComplaintWorkflowService workflow,
                         ComplaintAssignmentService assignment, RootCauseService rca, CustomerService customers, TeamService teams,
                         StaffDirectory staff, CurrentUser user, SettingsService settings, List<ComplaintSection> sections) {
        this.service = service;
        this.intake = intake;
        this.workflow = workflow;
        this.assignment = assignment;
        this.rca = rca;
        this.customers = customers;
        this.teams = teams;
        this.staff = staff;
        this.user = user;
        this.settings = settings;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(ComplaintSection::order)).toList();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            details = service.details(id, OTHER_COMPLAINTS);
        } catch (NumberFormatException | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        show();
    }

    /** Reloads the complaint (after an action, or when someone else changed it) and shows it again. */
    void render() {
        details = service.details(id, OTHER_COMPLAINTS);
        show();
    }

    private void show() {
        removeAll();
        complaint = details.complaint();
        ComplaintService.Permissions can = details.can();
        add(header(can), actions(can));
        if (isClosed()) {
            Span readOnly = new Span(getTranslation("complaint.closed-read-only"));
            readOnly.setId("complaint-read-only");
            readOnly.addClassNames("cx-callout", "success");
            add(readOnly);
        }
        for (ComplaintSection section : sections) {
            add(new H3(getTranslation(section.titleKey())), section.create(complaint));
        }
        add(new H3(getTranslation("complaint.timeline")), timeline());
        if (can.note()) {
            add(noteForm());
        }
        add(compensation(can));
        if (complaint.getTier() == Tier.MAJOR) {
            add(new RootCauseSection(rca, staff, user, id, can.work() && !isClosed(), this::render));
        }
        add(otherComplaints());
    }

    private Component header(ComplaintService.Permissions can) {
        H2 title = new H2(complaint.getNumber() + " · " + complaint.getSubject());
        title.setId("complaint-title");
        Span tier = Badges.tier(complaint.getTier());
        tier.setId("complaint-tier");
        Span status = Badges.status(complaint.getStatus());
        status.setId("complaint-status");
        Span reason = new Span(localizedReason(complaint.getTierReason()));
        reason.setId("complaint-tier-reason");
        reason.addClassName("cx-user-roles");
        HorizontalLayout badges = new HorizontalLayout(tier, status, reason);
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Div facts = new Div();
        facts.addClassName("cx-facts");
        facts.setId("complaint-facts");
        fact(facts, "complaint.customer", complaint.getCustomerName(), "fact-customer");
        if (complaint.getOrderExternalId() != null) {
            fact(facts, "complaint.order", complaint.getOrderExternalId() + " · " + Formats.number(complaint.getOrderAmount(), user.locale())
                    + " " + complaint.getOrderCurrency(), "fact-order");
        }
        fact(facts, "complaint.channel", getTranslation(complaint.getChannel().messageKey()), "fact-channel");
        fact(facts, "complaint.category", getTranslation(complaint.getCategory().messageKey()), "fact-category");
        fact(facts, "complaint.spread-risk", getTranslation(complaint.getSpreadRisk().messageKey()), "fact-spread");
        fact(facts, "complaint.affected", complaint.getAffectedCount() + (complaint.isAffectedInferred() ? " " + getTranslation("tiering.affected.inferred") : ""),
                "fact-affected");
        fact(facts, "complaint.created", when(complaint.getCreatedAt()) + " · " + name(complaint.getCreatedBy()), "fact-created");
        fact(facts, "complaint.assignee", complaint.getAssigneeId() == null ? getTranslation("complaint.unassigned")
                : staff.displayName(complaint.getAssigneeId()).orElse("?"), "fact-assignee");
        fact(facts, "complaint.team", complaint.getTeamId() == null ? "—"
                : teams.find(complaint.getTeamId()).map(Team::getName).orElse("?"), "fact-team");
        if (!complaint.getWatcherIds().isEmpty()) {
            fact(facts, "complaint.watchers", complaint.getWatcherIds().stream()
                    .map(w -> staff.displayName(w).orElse("?")).sorted()
                    .collect(Collectors.joining(", ")), "fact-watchers");
        }
        if (complaint.getSlaDueAt() != null) {
            fact(facts, "complaint.sla-due", when(complaint.getSlaDueAt())
                    + (complaint.isSlaBreached() ? " · " + getTranslation("complaint.sla-breached") : ""), "fact-sla");
        }
        if (complaint.getTier() == Tier.MAJOR) {
            fact(facts, "complaint.exec-ack", complaint.getExecutiveAckAt() == null ? getTranslation("complaint.exec-ack.pending")
                    : name(complaint.getExecutiveAckBy()) + " · " + when(complaint.getExecutiveAckAt()), "fact-exec-ack");
        }
        Div description = new Div();
        description.setText(complaint.getDescription());
        description.setId("complaint-description");
        description.getStyle().set("white-space", "pre-wrap");
        return new VerticalLayout(title, badges, facts, description);
    }

    /**
     * The tier reason in the viewer's language: the trigger family and the words that matched (see TierReason),
     * without the tier word, which the badge or the timeline line already shows.
     */
    String localizedReason(String reason) {
        return com.cxops.portal.complaints.tiering.TierReason.renderWithoutTier(reason, (key, args) -> getTranslation(key, args));
    }

    private void fact(Div facts, String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("cx-fact-label");
        Span v = new Span(value);
        v.setId(id);
        Div row = new Div(label, v);
        row.addClassName("cx-fact");
        facts.add(row);
    }

    private Component actions(ComplaintService.Permissions can) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("complaint-actions");
        bar.setWrap(true);
        boolean closed = isClosed();
        if (can.take() && !closed) {
            bar.add(button("complaint-take", "complaint.take", () -> assignment.take(id), true));
        }
        if (can.work()) {
            var steps = workflow.nextSteps(id);
            for (ComplaintStatus next : steps.keySet()) {
                long version = complaint.getVersion();
                Button b = button("transition-" + next.name(), "complaint.to." + next.name(), () -> workflow.transition(id, next, version), false);
                // UI.md: an action that cannot succeed now is disabled, with the reason
                steps.get(next).ifPresent(key -> {
                    b.setEnabled(false);
                    b.setTooltipText(getTranslation(key));
                    Span why = new Span(getTranslation(key));
                    why.setId("transition-" + next.name() + "-reason");
                    why.addClassName("cx-action-reason");
                    bar.add(b, why);
                });
                if (b.getParent().isEmpty()) {
                    bar.add(b);
                }
            }
        }
        if (can.work() && !closed) {
            Button edit = new Button(getTranslation("complaint.edit"), e -> new IntakeDialog(intake, customers, teams.list(), user, complaint,
                    saved -> render()).open());
            edit.setId("complaint-edit");
            Button tier = new Button(getTranslation("complaint.change-tier"), e -> openChangeTier());
            tier.setId("complaint-change-tier");
            bar.add(edit, tier);
        }
        if (can.assign() && !closed) {
            Button assign = new Button(getTranslation("complaint.assign"), e -> openAssign());
            assign.setId("complaint-assign");
            bar.add(assign);
        }
        if (can.executiveAck()) {
            bar.add(button("complaint-exec-ack", "complaint.exec-ack.action", () -> workflow.acknowledgeAsExecutive(id), true));
        }
        Button copy = new Button(getTranslation("complaint.copy-summary"), e -> copySummary());
        copy.setId("complaint-copy-summary");
        bar.add(copy);
        return bar;
    }

    private Button button(String id, String key, Runnable action, boolean primary) {
        Button b = new Button(getTranslation(key), e -> act(action));
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** Runs an action and shows the result; refusals and conflicts are explained, and the page is reloaded. */
    private void act(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("complaint.done"));
            render();
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.getFieldErrors().values().iterator().next()));
        } catch (ConcurrentEditException e) {
            ConflictDialog.open(e, user, this::render);
        }
    }

    private Component timeline() {
        VerticalLayout list = new VerticalLayout();
        list.setId("timeline");
        list.setPadding(false);
        list.setSpacing(false);
        for (TimelineEntry e : details.timeline()) {
            Span meta = new Span(when(e.getOccurredAt()) + " · " + name(e.getActor()));
            meta.addClassName("cx-timeline-meta");
            Span text = new Span(describe(e));
            text.addClassName("cx-timeline-text");
            Div row = new Div(meta, text);
            row.addClassName("cx-timeline-entry");
            if (e.isCustomerVisible()) {
                row.addClassName("customer-visible");
                Span visible = new Span(getTranslation("complaint.customer-visible"));
                visible.addClassNames("cx-badge", "primary");
                row.add(visible);
            }
            list.add(row);
        }
        return list;
    }

    String describe(TimelineEntry e) {
        return switch (e.getKind()) {
            case CREATED -> getTranslation("timeline.created");
            case STATUS -> getTranslation("timeline.status", status(e.getFromValue()), status(e.getToValue()));
            case TIER -> e.getFromValue() == null ? getTranslation("timeline.tier.initial", getTranslation("tier." + e.getToValue()), localizedReason(e.getBody()))
                    : getTranslation("timeline.tier", getTranslation("tier." + e.getFromValue()), getTranslation("tier." + e.getToValue()), localizedReason(e.getBody()));
            case ASSIGNMENT -> e.getToValue() == null ? getTranslation("timeline.unassigned") : getTranslation("timeline.assigned", name(e.getToValue()));
            case WATCHER -> getTranslation("timeline.watcher", name(e.getToValue()));
            case NOTE -> getTranslation(e.isCustomerVisible() ? "timeline.note.public" : "timeline.note.internal", e.getBody());
            case COMPENSATION -> getTranslation("timeline.compensation", e.getBody());
            case RCA -> getTranslation("timeline.rca", getTranslation("rca.dimension." + e.getToValue()), e.getBody());
            case EXECUTIVE_ACK -> getTranslation("timeline.exec-ack", name(e.getToValue()));
            case EDIT -> getTranslation("timeline.edit", com.cxops.portal.complaints.DetailChanges.render(e.getBody(), (k, a) -> getTranslation(k, a)));
            case STATEMENT -> getTranslation("sla.statement.timeline", getTranslation("sla.statement.channel." + e.getToValue()), e.getBody());
        };
    }

    private String status(String code) {
        return code == null ? "—" : getTranslation("status." + code);
    }

    private Component noteForm() {
        TextArea text = new TextArea(getTranslation("complaint.note"));
        text.setId("note-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        Checkbox visible = new Checkbox(getTranslation("complaint.note.customer-visible"));
        visible.setId("note-visible");
        Button add = new Button(getTranslation("complaint.note.add"), e -> {
            try {
                workflow.addNote(id, text.getValue(), visible.getValue());
                render();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("note", text));
            }
        });
        add.setId("note-add");
        HorizontalLayout row = new HorizontalLayout(visible, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout form = new VerticalLayout(text, row);
        form.setPadding(false);
        return form;
    }

    private Component compensation(ComplaintService.Permissions can) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("complaint.compensation")));
        section.setPadding(false);
        section.setId("compensation-section");
        List<Compensation> given = details.compensations();
        if (!given.isEmpty()) {
            Grid<Compensation> grid = new Grid<>();
            grid.setId("compensation-grid");
            grid.addColumn(c -> getTranslation(c.getKind().messageKey())).setHeader(getTranslation("compensation.kind"));
            grid.addColumn(c -> c.getAmount() == null ? "" : Formats.number(c.getAmount(), user.locale())
                    + (c.getCurrency() == null ? "" : " " + c.getCurrency())).setHeader(getTranslation("compensation.amount"));
            grid.addColumn(Compensation::getReason).setHeader(getTranslation("compensation.reason")).setFlexGrow(2);
            grid.addColumn(c -> when(c.getCreatedAt()) + " · " + name(c.getCreatedBy())).setHeader(getTranslation("complaint.when-who"));
            grid.setItems(given);
            grid.setAllRowsVisible(true);
            section.add(grid);
        }
        if (!can.work() || isClosed()) {
            return section;
        }
        if (complaint.getCategory().isServiceFailure() && given.isEmpty()) {
            Span hint = new Span(getTranslation("compensation.suggestion", getTranslation(complaint.getCategory().messageKey())));
            hint.setId("compensation-suggestion");
            hint.addClassNames("cx-badge", "warning");
            section.add(hint);
        }
        CompensationForm form = new CompensationForm();
        Select<CompensationKind> kind = new Select<>();
        kind.setId("comp-kind");
        kind.setLabel(getTranslation("compensation.kind"));
        kind.setItems(CompensationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        kind.setValue(CompensationKind.COUPON);
        BigDecimalField amount = new BigDecimalField(getTranslation("compensation.amount"));
        amount.setId("comp-amount");
        TextField currency = new TextField(getTranslation("compensation.currency"));
        currency.setId("comp-currency");
        currency.setMaxLength(3);
        currency.setWidth("6em");
        currency.setValue(settings.get("complaints.default-currency"));
        TextField reason = new TextField(getTranslation("compensation.reason"));
        reason.setId("comp-reason");
        reason.setMaxLength(1000);
        reason.setWidth("24em");
        Button add = new Button(getTranslation("compensation.add"), e -> {
            form.setKind(kind.getValue());
            form.setAmount(amount.getValue());
            form.setCurrency(currency.getValue());
            form.setReason(reason.getValue());
            try {
                workflow.addCompensation(id, form);
                render();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("kind", kind, "amount", amount, "currency", currency, "reason", reason));
            }
        });
        add.setId("comp-add");
        HorizontalLayout row = new HorizontalLayout(kind, amount, currency, reason, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        section.add(row);
        return section;
    }

    private Component otherComplaints() {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("complaint.other-complaints")));
        section.setPadding(false);
        Grid<ComplaintRow> grid = new Grid<>();
        grid.setId("other-complaints");
        grid.addColumn(ComplaintRow::number).setHeader(getTranslation("complaint.number"));
        grid.addColumn(Badges.tierColumn(ComplaintRow::tier)).setHeader(getTranslation("complaint.tier")).setKey("tier");
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("complaint.status"));
        grid.addColumn(ComplaintRow::subject).setHeader(getTranslation("complaint.subject")).setFlexGrow(2);
        grid.addColumn(c -> when(c.createdAt())).setHeader(getTranslation("complaint.created"));
        grid.setItems(details.otherComplaints());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("complaint.other-complaints.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().id()));
        section.add(grid);
        return section;
    }

    private void openChangeTier() {
        Dialog d = new Dialog();
        d.setId("tier-dialog");
        d.setHeaderTitle(getTranslation("complaint.change-tier"));
        Select<Tier> tier = new Select<>();
        tier.setId("tier-select");
        tier.setLabel(getTranslation("complaint.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
        tier.setValue(complaint.getTier());
        TextField reason = new TextField(getTranslation("complaint.tier-reason"));
        reason.setId("tier-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        long version = complaint.getVersion();
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                workflow.changeTier(id, tier.getValue(), reason.getValue(), version);
                d.close();
                render();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("tier", tier, "reason", reason));
            } catch (ConcurrentEditException ex) {
                d.close();
                ConflictDialog.open(ex, user, this::render);
            }
        });
        ok.setId("tier-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setEnabled(false);
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> ok.setEnabled(!e.getValue().isBlank() && tier.getValue() != complaint.getTier()));
        tier.addValueChangeListener(e -> ok.setEnabled(!reason.getValue().isBlank() && e.getValue() != complaint.getTier()));
        d.add(new VerticalLayout(tier, reason));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void openAssign() {
        Dialog d = new Dialog();
        d.setId("assign-dialog");
        d.setHeaderTitle(getTranslation("complaint.assign"));
        ComboBox<StaffDirectory.StaffContact> who = new ComboBox<>(getTranslation("complaint.assignee"), assignment.assignableStaff());
        who.setId("assign-staff");
        who.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        who.setClearButtonVisible(true);
        ComboBox<Team> team = new ComboBox<>(getTranslation("complaint.team"), teams.list());
        team.setId("assign-team");
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        long version = complaint.getVersion();
        Button ok = new Button(getTranslation("complaint.assign"), e -> {
            d.close();
            act(() -> assignment.assign(id, who.getValue() == null ? null : who.getValue().id(),
                    team.getValue() == null ? null : team.getValue().getId(), version));
        });
        ok.setId("assign-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(who, team));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    /** Shows the customer-visible steps as text to copy, and puts it on the clipboard where the browser allows it. */
    private void copySummary() {
        String text = service.progressSummary(id, user.locale(), user.zone());
        Dialog d = new Dialog();
        d.setId("summary-dialog");
        d.setHeaderTitle(getTranslation("complaint.copy-summary"));
        TextArea area = new TextArea();
        area.setId("summary-text");
        area.setValue(text);
        area.setReadOnly(true);
        area.setWidth("40em");
        d.add(area);
        d.getFooter().add(new Button(getTranslation("complaint.dialog.close"), e -> d.close()));
        d.open();
        UI.getCurrent().getPage().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0).catch(() => {}); }", text);
    }

    private boolean isClosed() {
        return complaint.getStatus() == ComplaintStatus.CLOSED;
    }

    private String when(java.time.Instant instant) {
        return Formats.dateTime(instant, user.zone(), user.locale());
    }

    private String name(String username) {
        if (username == null) {
            return "";
        }
        if ("system".equals(username)) {
            return getTranslation("complaint.system");
        }
        return staff.displayName(username);
    }

    @Override
    public String getPageTitle() {
        return (complaint == null ? getTranslation("menu.complaints") : complaint.getNumber()) + " | " + getTranslation("app.name");
    }
}
