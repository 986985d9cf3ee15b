package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.LazyItems;
import com.cxops.portal.base.ui.Notifications;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.ComplaintQueueService;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SavedFilter;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The complaint queue: filters, built-in views, saved personal filters, tier badges, intake and bulk assignment. */
@Route("complaints")
@Menu(order = 10, title = "menu.complaints", icon = "vaadin:comment-ellipsis")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.VIP_MANAGER})
public class ComplaintsView extends VerticalLayout implements HasDynamicTitle {

    /** Below this window width the queue is a list of cards; below {@link #WIDE} the minor columns stay hidden. */
    static final int NARROW = 700;
    static final int WIDE = 1600;

    private final transient ComplaintService service;
    private final transient ComplaintIntakeService intake;
    private final transient ComplaintAssignmentService assignment;
    private final transient ComplaintQueueService queueService;
    private final transient CurrentUser user;
    private final transient StaffDirectory staff;
    private final transient TeamService teams;
    private final transient TranslationProvider i18n;
    private final transient Clock clock;
    private final Map<Long, String> staffNames = new HashMap<>();

    final Grid<ComplaintRow> grid = new Grid<>();
    final MultiSelectComboBox<ComplaintStatus> status = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Tier> tier = new MultiSelectComboBox<>();
    final ComboBox<Team> team = new ComboBox<>();
    final ComboBox<StaffDirectory.StaffContact> assignee = new ComboBox<>();
    final com.vaadin.flow.component.checkbox.Checkbox unassigned = new com.vaadin.flow.component.checkbox.Checkbox();
    final ComboBox<ComplaintCategory> category = new ComboBox<>();
    final ComboBox<ComplaintChannel> channel = new ComboBox<>();
    final ComboBox<CustomerLayer> layer = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField search = new TextField();
    final ComboBox<SavedFilter> saved = new ComboBox<>();
    final Button bulkAssign = new Button();
    final Span count = new Span();
    final Button moreFilters = new Button();
    final HorizontalLayout more = new HorizontalLayout();
    final HorizontalLayout views = new HorizontalLayout();
    private final HorizontalLayout savedFilters = new HorizontalLayout();
    private Grid.Column<ComplaintRow> card;
    private final List<Grid.Column<ComplaintRow>> tableColumns = new java.util.ArrayList<>();
    private final List<Grid.Column<ComplaintRow>> minorColumns = new java.util.ArrayList<>();
    private boolean applying;
    private boolean narrow;

    public ComplaintsView(ComplaintService service, ComplaintIntakeService intake, ComplaintAssignmentService assignment,
                          ComplaintQueueService queueService, TeamService teams, CustomerService customers, StaffDirectory staff,
                          CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.service = service;
        this.intake = intake;
        this.assignment = assignment;
        this.queueService = queueService;
        this.user = user;
        this.staff = staff;
        this.i18n = i18n;
        this.clock = clock;
        this.teams = teams;
        setSizeFull();

        status.setId("filter-status");
        status.setPlaceholder(getTranslation("queue.filter.status"));
        status.setAriaLabel(getTranslation("complaint.status"));
        status.setWidth("12em");
        status.setItems(ComplaintStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        tier.setId("filter-tier");
        tier.setPlaceholder(getTranslation("queue.filter.tier"));
        tier.setAriaLabel(getTranslation("complaint.tier"));
        tier.setWidth("10em");
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        team.setId("filter-team");
        team.setLabel(getTranslation("complaint.team"));
        LazyItems.of(team, teams::list, Team::getName, Team::getId);
        team.setClearButtonVisible(true);
        assignee.setId("filter-assignee");
        assignee.setLabel(getTranslation("complaint.assignee"));
        LazyItems.of(assignee, assignment::assignableStaff, StaffDirectory.StaffContact::displayName, StaffDirectory.StaffContact::id);
        assignee.setClearButtonVisible(true);
        unassigned.setId("filter-unassigned");
        unassigned.setLabel(getTranslation("complaint.unassigned"));
        category.setId("filter-category");
        category.setLabel(getTranslation("complaint.category"));
        category.setItems(ComplaintCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setClearButtonVisible(true);
        channel.setId("filter-channel");
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setItems(ComplaintChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setClearButtonVisible(true);
        layer.setId("filter-layer");
        layer.setLabel(getTranslation("complaint.customer-layer"));
        layer.setItems(CustomerLayer.values());
        layer.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        layer.setClearButtonVisible(true);
        from.setId("filter-from");
        from.setLabel(getTranslation("complaint.created-from"));
        to.setId("filter-to");
        to.setLabel(getTranslation("complaint.created-to"));
        search.setId("filter-text");
        search.setAriaLabel(getTranslation("complaint.search"));
        search.setWidth("14em");
        search.setPlaceholder(getTranslation("complaint.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        tier.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        unassigned.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        layer.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        Button all = viewButton("view-all", "complaint.view.all", new ComplaintFilter());
        Button myOpen = viewButton("view-my-open", "complaint.view.my-open",
                ComplaintFilter.myOpen(user.id().orElse(-1L)));
        myOpen.setVisible(user.hasRole(Role.Names.AGENT) || user.hasRole(Role.Names.MANAGER));
        Button urgent = viewButton("view-unassigned-urgent", "complaint.view.unassigned-urgent", ComplaintFilter.unassignedUrgentAndMajor());
        Button waiting = viewButton("view-waiting", "complaint.view.waiting", ComplaintFilter.waitingOnCustomer());

        saved.setId("saved-filters");
        saved.setPlaceholder(getTranslation("complaint.saved-filters"));
        saved.setItemLabelGenerator(SavedFilter::getName);
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(ComplaintFilter.parse(e.getValue().getDefinition()));
            }
        });
        reloadSaved();
        saved.setWidth("11em");
        Button saveFilter = new Button(VaadinIcon.BOOKMARK.create(), e -> QueueDialogs.saveFilter(queueService, this::filter, this::reloadSaved));
        saveFilter.setId("save-filter");
        saveFilter.setTooltipText(getTranslation("complaint.save-filter"));
        saveFilter.setAriaLabel(getTranslation("complaint.save-filter"));
        Button deleteFilter = new Button(VaadinIcon.TRASH.create(), e -> {
            if (saved.getValue() != null) {
                queueService.deleteFilter(saved.getValue().getId());
                reloadSaved();
        saved.setWidth("11em");
            }
        });
        deleteFilter.setId("delete-filter");
        deleteFilter.setTooltipText(getTranslation("complaint.delete-filter"));

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
            return service.page(filter(), user.zone(), PageRequest.of(query.getPage(), query.getPageSize(), sort)).stream();
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
        // UI.md: at 1366 x 768 a list shows at least 12 rows, so the everyday filters stand in one row and the rest
        // fold away behind "More filters"
        team.setWidth("12em");
        assignee.setWidth("12em");
        more.add(team, assignee, unassigned, category, channel, layer, from, to);
        more.setWrap(true);
        more.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        more.setId("more-filter-fields");
        more.setVisible(false);
        moreFilters.setId("more-filters");
        moreFilters.setIcon(VaadinIcon.FILTER.create());
        moreFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreFilters.addClickListener(e -> showMore(!more.isVisible()));
        savedFilters.add(saved, saveFilter, deleteFilter);
        savedFilters.setSpacing(false);
        savedFilters.addClassName("cx-queue-saved");
        HorizontalLayout filters = new HorizontalLayout(search, status, tier, moreFilters, savedFilters);
        filters.addClassName("cx-queue-filters");
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
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
        add(header, filters, more, grid);
        setFlexGrow(1, grid);
        updateMoreButton();
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
        page.addBrowserWindowResizeListener(e -> layoutFor(e.getWidth()));
    }

    /** A card per complaint on a phone, the table on a laptop; the minor columns only where there is room. */
    void layoutFor(int windowWidth) {
        narrow = windowWidth > 0 && windowWidth < NARROW;
        card.setVisible(narrow);
        tableColumns.forEach(c -> c.setVisible(!narrow && (windowWidth >= WIDE || !minorColumns.contains(c))));
        grid.setAllRowsVisible(false);
        views.setVisible(!narrow || more.isVisible());
        savedFilters.setVisible(!narrow || more.isVisible());
        grid.setThemeName("cx-cards", narrow);
    }

    boolean isCardLayout() {
        return narrow;
    }

    void showMore(boolean show) {
        more.setVisible(show);
        views.setVisible(!narrow || show);
        savedFilters.setVisible(!narrow || show);
        updateMoreButton();
    }

    /** "More filters (2)" tells that folded filters are active. */
    private void updateMoreButton() {
        if (more.isVisible()) {
            moreFilters.setText(getTranslation("queue.fewer-filters"));
            return;
        }
        long active = java.util.stream.Stream.of(team.getValue(), assignee.getValue(), category.getValue(), channel.getValue(),
                layer.getValue(), from.getValue(), to.getValue()).filter(java.util.Objects::nonNull).count() + (unassigned.getValue() ? 1 : 0);
        moreFilters.setText(active == 0 ? getTranslation("queue.more-filters") : getTranslation("queue.more-filters.active", active));
    }

    private void updateCount() {
        long n = queueService.count(filter(), user.zone());
        count.setText(n > ComplaintQueueService.COUNT_CAP ? getTranslation("queue.count.more", ComplaintQueueService.COUNT_CAP)
                : getTranslation("queue.count", n));
    }

    private Button viewButton(String id, String key, ComplaintFilter preset) {
        Button b = new Button(getTranslation(key), e -> apply(preset));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    /** Puts a filter into the fields (one refresh at the end). */
    void apply(ComplaintFilter f) {
        applying = true;
        try {
            status.setValue(f.getStatuses());
            tier.setValue(f.getTiers());
            team.setValue(f.getTeamId() == null ? null : teams.find(f.getTeamId()).orElse(null));
            assignee.setValue(f.getAssigneeId() == null ? null : staff.find(f.getAssigneeId()).orElse(null));
            unassigned.setValue(f.isUnassigned());
            category.setValue(f.getCategory());
            channel.setValue(f.getChannel());
            layer.setValue(f.getLayer());
            from.setValue(f.getCreatedFrom());
            to.setValue(f.getCreatedTo());
            search.setValue(f.getText() == null ? "" : f.getText());
        } finally {
            applying = false;
        }
        if (f.getTeamId() != null || f.getCategory() != null || f.getChannel() != null || f.getLayer() != null
                || f.getCreatedFrom() != null || f.getCreatedTo() != null) {
            showMore(true);
        }
        refresh();
    }

    ComplaintFilter filter() {
        ComplaintFilter f = new ComplaintFilter();
        f.setStatuses(status.getValue().isEmpty() ? EnumSet.noneOf(ComplaintStatus.class) : EnumSet.copyOf(status.getValue()));
        f.setTiers(tier.getValue().isEmpty() ? EnumSet.noneOf(Tier.class) : EnumSet.copyOf(tier.getValue()));
        f.setTeamId(team.getValue() == null ? null : team.getValue().getId());
        f.setAssigneeId(assignee.getValue() == null ? null : assignee.getValue().id());
        f.setUnassigned(unassigned.getValue());
        f.setCategory(category.getValue());
        f.setChannel(channel.getValue());
        f.setLayer(layer.getValue());
        f.setCreatedFrom(from.getValue());
        f.setCreatedTo(to.getValue());
        f.setText(search.getValue());
        return f;
    }

    private void refresh() {
        if (!applying) {
            grid.getDataProvider().refreshAll();
            updateCount();
            updateMoreButton();
        }
    }

    /** UI.md SLA badge: time left (warning colour past the warning point), overdue, or paused while waiting. */
    SlaBadge.Display slaDisplay(ComplaintRow c) {
        Instant paused = c.status() == ComplaintStatus.WAITING_CUSTOMER ? c.waitingSince() : null;
        return SlaBadge.display(c.slaDueAt(), c.slaWarnAt(), paused, clock.instant(), user.zone(), user.locale(), i18n);
    }

    private String staffName(long id) {
        return staffNames.computeIfAbsent(id, k -> staff.find(k).map(StaffDirectory.StaffContact::displayName).orElse("#" + k));
    }

    private void reloadSaved() {
        saved.setItems(queueService.savedFilters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.complaints") + " | " + getTranslation("app.name");
    }
}
