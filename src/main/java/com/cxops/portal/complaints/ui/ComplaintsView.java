package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.base.ui.RefreshOnReentry;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintQueueService;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.customers.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The complaint queue: filters, built-in views, saved personal filters, tier badges, intake and bulk assignment. */
@Route("complaints")
@Menu(order = 10, title = "menu.complaints", icon = "vaadin:comment-ellipsis")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.VIP_MANAGER})
public class ComplaintsView extends VerticalLayout implements HasDynamicTitle, RefreshOnReentry {

    /** Below this window width the queue is a list of cards; below {@link #WIDE} the minor columns stay hidden. */
    static final int NARROW = 700;
    static final int WIDE = 1600;

    private final transient ComplaintService service;
    private final transient ComplaintQueueService queueService;
    private final transient CurrentUser user;
    private final transient StaffDirectory staff;
    private final transient TranslationProvider i18n;
    private final transient Clock clock;
    private final Map<Long, String> staffNames = new HashMap<>();

    final Grid<ComplaintRow> grid = new Grid<>();
    final QueueFilterBar filters;
    final Button bulkAssign = new Button();
    final Span count = new Span();
    final HorizontalLayout views = new HorizontalLayout();
    private Grid.Column<ComplaintRow> card;
    private final List<Grid.Column<ComplaintRow>> tableColumns = new ArrayList<>();
    private final List<Grid.Column<ComplaintRow>> minorColumns = new ArrayList<>();
    private boolean narrow;
    private com.vaadin.flow.shared.Registration resize;

    public ComplaintsView(ComplaintService service, ComplaintIntakeService intake, ComplaintAssignmentService assignment,
                          ComplaintQueueService queueService, TeamService teams, CustomerService customers, StaffDirectory staff,
                          CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.service = service;
        this.queueService = queueService;
        this.user = user;
        this.staff = staff;
        this.i18n = i18n;
        this.clock = clock;
        setSizeFull();
        filters = new QueueFilterBar(teams, assignment, staff, queueService, this::refresh);
        filters.onFoldChanged(() -> views.setVisible(!narrow || filters.isMoreShown()));

        Button all = viewButton("view-all", "complaint.view.all", new ComplaintFilter());
        Button myOpen = viewButton("view-my-open", "complaint.view.my-open",
                ComplaintFilter.myOpen(user.id().orElse(-1L)));
        myOpen.setVisible(user.hasRole(Role.Names.AGENT) || user.hasRole(Role.Names.MANAGER));
        Button urgent = viewButton("view-unassigned-urgent", "complaint.view.unassigned-urgent", ComplaintFilter.unassignedUrgentAndMajor());
        Button waiting = viewButton("view-waiting", "complaint.view.waiting", ComplaintFilter.waitingOnCustomer());

        Button create = new Button(getTranslation("complaint.new"), VaadinIcon.PLUS.create(),
                e -> new IntakeDialog(intake, customers, teams.list(), user, id -> UI.getCurrent().navigate("complaints/" + id)).open());
        create.setId("complaint-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(user.hasRole(Role.Names.AGENT) || user.hasRole(Role.Names.MANAGER));

        boolean assigner = assignment.canAssign();
        bulkAssign.setText(getTranslation("complaint.bulk-assign"));
        bulkAssign.setId("bulk-assign");
        bulkAssign.setVisible(assigner);
        bulkAssign.setEnabled(false);
        bulkAssign.addClickListener(e -> QueueDialogs.bulkAssign(assignment, grid.getSelectedItems(), assignment.assignableStaff(), teams.list(), () -> {
            grid.deselectAll();
            refresh();
        }));

        grid.setId("complaints-grid");
        grid.addClassName("cx-queue-grid");
        if (assigner) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> bulkAssign.setEnabled(!e.getAllSelectedItems().isEmpty()));
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        table(grid.addColumn(ComplaintRow::number).setHeader(getTranslation("complaint.number")).setKey("number").setAutoWidth(true).setFlexGrow(0));
        table(grid.addColumn(Badges.tierColumn(ComplaintRow::tier)).setHeader(getTranslation("complaint.tier")).setKey("tier").setAutoWidth(true).setFlexGrow(0));
        table(grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("complaint.status")).setKey("status").setWidth("8.5em").setFlexGrow(0));
        table(grid.addColumn(ComplaintRow::subject).setHeader(getTranslation("complaint.subject")).setKey("subject").setFlexGrow(3).setWidth("8em"));
        table(grid.addColumn(ComplaintRow::customerName).setHeader(getTranslation("complaint.customer")).setKey("customer").setWidth("7em"));
        minorColumns.add(table(grid.addColumn(c -> getTranslation(c.category().messageKey())).setHeader(getTranslation("complaint.category")).setKey("category")));
        minorColumns.add(table(grid.addColumn(c -> getTranslation(c.channel().messageKey())).setHeader(getTranslation("complaint.channel")).setKey("channel")));
        table(grid.addColumn(c -> c.assigneeId() == null ? getTranslation("complaint.unassigned") : staffName(c.assigneeId()))
                .setHeader(getTranslation("complaint.assignee")).setKey("assignee").setWidth("7em"));
        var age = table(grid.addColumn(c -> Formats.relative(c.createdAt(), clock.instant(), user.zone(), user.locale(), i18n))
                .setHeader(getTranslation("complaint.age")).setKey("age").setSortProperty("createdAt").setWidth("6.5em").setFlexGrow(0));
        table(grid.addColumn(SlaBadge.renderer(this::slaDisplay, ComplaintRow::slaDueAt, user.zone(), user.locale()))
                .setHeader(getTranslation("complaint.sla-due")).setKey("slaDue").setSortProperty("slaDueSort").setWidth("10em").setFlexGrow(0));
        card = grid.addColumn(QueueCard.renderer(this::slaDisplay, user.zone(), user.locale()))
                .setHeader(getTranslation("menu.complaints")).setKey("card");
        card.setVisible(false);
        grid.setItems(query -> {
            Sort sort = ComplaintFilter.queueOrder(VaadinSpringDataHelpers.toSpringDataSort(query));
            return service.page(filters.filter(), user.zone(), PageRequest.of(query.getPage(), query.getPageSize(), sort)).stream();
        });
        grid.setSizeFull();
        grid.sort(List.of(new GridSortOrder<>(age, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().id()));
        grid.setEmptyStateText(getTranslation("complaint.queue.empty"));

        views.add(all, myOpen, urgent, waiting);
        views.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        views.setWrap(true);
        views.setSpacing(false);
        views.addClassName("cx-queue-views");
        H2 title = new H2(getTranslation("menu.complaints"));
        title.addClassName("cx-queue-title");
        count.setId("complaint-count");
        count.addClassName("cx-queue-count");
        HorizontalLayout actions = new HorizontalLayout(create, bulkAssign);
        actions.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(title, count, views, actions);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setWrap(true);
        header.addClassName("cx-queue-header");
        addClassName("cx-queue");
        setSpacing(false);
        add(header, filters, grid);
        setFlexGrow(1, grid);
        updateCount();
    }

    private Grid.Column<ComplaintRow> table(Grid.Column<ComplaintRow> column) {
        tableColumns.add(column);
        return column;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(d -> layoutFor(d.getWindowInnerWidth()));
        // on the UI's page, which outlives this view: removed on detach, or every visit of the queue would leave
        // its view (grid and rows) listening to the window for the rest of the session
        resize = page.addBrowserWindowResizeListener(e -> layoutFor(e.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    /** A card per complaint on a phone, the table on a laptop; the minor columns only where there is room. */
    void layoutFor(int windowWidth) {
        narrow = windowWidth > 0 && windowWidth < NARROW;
        card.setVisible(narrow);
        tableColumns.forEach(c -> c.setVisible(!narrow && (windowWidth >= WIDE || !minorColumns.contains(c))));
        grid.setAllRowsVisible(false);
        views.setVisible(!narrow || filters.isMoreShown());
        filters.setNarrow(narrow);
        grid.setThemeName("cx-cards", narrow);
    }

    boolean isCardLayout() {
        return narrow;
    }

    private void updateCount() {
        long n = queueService.count(filters.filter(), user.zone());
        count.setText(n > ComplaintQueueService.COUNT_CAP ? getTranslation("queue.count.more", ComplaintQueueService.COUNT_CAP)
                : getTranslation("queue.count", n));
    }

    private Button viewButton(String id, String key, ComplaintFilter preset) {
        Button b = new Button(getTranslation(key), e -> filters.apply(preset));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    @Override
    public void refreshOnReentry() {
        refresh();
    }

    /** UI.md SLA badge: time left (warning colour past the warning point), overdue, or paused while waiting. */
    SlaBadge.Display slaDisplay(ComplaintRow c) {
        Instant paused = c.status() == ComplaintStatus.WAITING_CUSTOMER ? c.waitingSince() : null;
        return SlaBadge.display(c.slaDueAt(), c.slaWarnAt(), paused, clock.instant(), user.zone(), user.locale(), i18n);
    }

    private String staffName(long id) {
        // the directory's cached display names (no query per assignee on the page)
        return staffNames.computeIfAbsent(id, k -> staff.displayName(k).orElse("#" + k));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.complaints") + " | " + getTranslation("app.name");
    }
}
