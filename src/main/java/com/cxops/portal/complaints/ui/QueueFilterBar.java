package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.ui.LazyItems;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.ComplaintQueueService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.SavedFilter;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The queue's filter bar. UI.md: at 1366 x 768 a list shows at least 12 rows, so the everyday filters (search, status,
 * tier) stand in one row with the saved personal filters, and the rest fold away behind "More filters", which counts
 * the folded filters in use. Tells its owner when the filter changed (once for a whole saved filter or view).
 */
final class QueueFilterBar extends VerticalLayout {

    final MultiSelectComboBox<ComplaintStatus> status = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Tier> tier = new MultiSelectComboBox<>();
    final ComboBox<Team> team = new ComboBox<>();
    final ComboBox<StaffDirectory.StaffContact> assignee = new ComboBox<>();
    final Checkbox unassigned = new Checkbox();
    final ComboBox<ComplaintCategory> category = new ComboBox<>();
    final ComboBox<ComplaintChannel> channel = new ComboBox<>();
    final ComboBox<CustomerLayer> layer = new ComboBox<>();
    final DatePicker from = FieldTexts.apply(new DatePicker());
    final DatePicker to = FieldTexts.apply(new DatePicker());
    final TextField search = new TextField();
    final ComboBox<SavedFilter> saved = new ComboBox<>();
    final Button moreFilters = new Button();
    final HorizontalLayout more = new HorizontalLayout();
    private final HorizontalLayout savedFilters = new HorizontalLayout();
    private final transient TeamService teams;
    private final transient StaffDirectory staff;
    private final transient ComplaintQueueService queueService;
    private final transient Runnable changed;
    private transient Runnable foldChanged = () -> { };
    private boolean applying;
    private boolean narrow;

    /** @param changed runs after the person changed the filter (not while a whole filter is being put in) */
    QueueFilterBar(TeamService teams, ComplaintAssignmentService assignment, StaffDirectory staff, ComplaintQueueService queueService,
                   Runnable changed) {
        this.teams = teams;
        this.staff = staff;
        this.queueService = queueService;
        this.changed = changed;
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
        status.addValueChangeListener(e -> fieldChanged());
        tier.addValueChangeListener(e -> fieldChanged());
        team.addValueChangeListener(e -> fieldChanged());
        assignee.addValueChangeListener(e -> fieldChanged());
        unassigned.addValueChangeListener(e -> fieldChanged());
        category.addValueChangeListener(e -> fieldChanged());
        channel.addValueChangeListener(e -> fieldChanged());
        layer.addValueChangeListener(e -> fieldChanged());
        from.addValueChangeListener(e -> fieldChanged());
        to.addValueChangeListener(e -> fieldChanged());
        search.addValueChangeListener(e -> fieldChanged());

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
            }
        });
        deleteFilter.setId("delete-filter");
        deleteFilter.setTooltipText(getTranslation("complaint.delete-filter"));

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
        addClassName("cx-queue-filter-bar");
        setPadding(false);
        setSpacing(false);
        add(filters, more);
        updateMoreButton();
    }

    /** The filter the fields describe. */
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

    /** Puts a filter into the fields and tells the owner once; folded filters in use unfold. */
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
        fieldChanged();
    }

    /** Unfolds or folds the further filters; on a phone the saved filters fold with them. */
    void showMore(boolean show) {
        more.setVisible(show);
        savedFilters.setVisible(!narrow || show);
        updateMoreButton();
        foldChanged.run();
    }

    boolean isMoreShown() {
        return more.isVisible();
    }

    /** On a phone the saved filters stay folded until "More filters" is opened. */
    void setNarrow(boolean narrow) {
        this.narrow = narrow;
        savedFilters.setVisible(!narrow || more.isVisible());
    }

    /** Runs after the further filters folded or unfolded. */
    void onFoldChanged(Runnable listener) {
        this.foldChanged = listener;
    }

    private void fieldChanged() {
        if (!applying) {
            changed.run();
            updateMoreButton();
        }
    }

    /** "More filters (2)" tells that folded filters are active. */
    private void updateMoreButton() {
        if (more.isVisible()) {
            moreFilters.setText(getTranslation("queue.fewer-filters"));
            return;
        }
        long active = Stream.of(team.getValue(), assignee.getValue(), category.getValue(), channel.getValue(),
                layer.getValue(), from.getValue(), to.getValue()).filter(Objects::nonNull).count() + (unassigned.getValue() ? 1 : 0);
        moreFilters.setText(active == 0 ? getTranslation("queue.more-filters") : getTranslation("queue.more-filters.active", active));
    }

    private void reloadSaved() {
        saved.setItems(queueService.savedFilters());
    }
}
