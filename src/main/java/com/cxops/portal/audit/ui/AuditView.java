package com.cxops.portal.audit.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.audit.AuditEntry;
import com.cxops.portal.audit.AuditFilter;
import com.cxops.portal.audit.AuditService;
import com.cxops.portal.audit.AuditText;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.ActorNames;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The audit trail, newest first; lazy, with filters by person, action, record and time range (in the viewer's zone).
 * People, actions and record types are shown in words in the viewer's language (the stored code is the tooltip); so
 * are the details written as a message (the English text stored when it happened is their tooltip); older entries
 * show the text they were written with.
 */
@Route("admin/audit")
@Menu(order = 92, title = "menu.admin.audit", icon = "vaadin:records")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<String> actor = new ComboBox<>();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> recordType = new ComboBox<>();
    final TextField recordId = new TextField();
    final DatePicker from = FieldTexts.apply(new DatePicker());
    final DatePicker to = FieldTexts.apply(new DatePicker());
    final Grid<AuditEntry> grid = new Grid<>();

    public AuditView(AuditService audit, CurrentUser currentUser, StaffDirectory staff, TranslationProvider translations,
                     AuditText details) {
        setSizeFull();
        ActorNames names = new ActorNames(staff);
        AuditLabels labels = new AuditLabels(translations, getLocale());
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        // everyone who appears in the trail, by the start of their sign-in name, shown by name
        actor.setItems(query -> audit.actors(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        actor.setItemLabelGenerator(names::name);
        actor.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(labels::action);
        action.setClearButtonVisible(true);
        recordType.setId("audit-record-type");
        recordType.setLabel(getTranslation("audit.record-type"));
        recordType.setItems(audit.recordTypes());
        recordType.setItemLabelGenerator(labels::recordType);
        recordType.setClearButtonVisible(true);
        recordId.setId("audit-record-id");
        recordId.setLabel(getTranslation("audit.record-id"));
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        recordId.setValueChangeMode(ValueChangeMode.LAZY);
        recordId.setClearButtonVisible(true);
        recordId.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        recordType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("audit-grid");
        grid.addColumn(a -> Formats.dateTime(a.getOccurredAt(), currentUser.zone(), getLocale()))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(a -> names.name(a.getActor())).setHeader(getTranslation("audit.actor")).setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::getActor);
        grid.addColumn(a -> labels.action(a.getAction())).setHeader(getTranslation("audit.action")).setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::getAction);
        grid.addColumn(a -> a.getRecordType() == null ? ""
                        : labels.recordType(a.getRecordType()) + " " + (a.getRecordId() == null ? "" : a.getRecordId()))
                .setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(a -> details.details(a, getLocale(), currentUser.zone())).setHeader(getTranslation("audit.details"))
                .setFlexGrow(3).setTooltipGenerator(AuditEntry::getDetails);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> audit.search(filter(currentUser),
                VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(
                        Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id")))).stream());

        HorizontalLayout filters = new HorizontalLayout(actor, action, recordType, recordId, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("menu.admin.audit")), filters, grid);
    }

    private AuditFilter filter(CurrentUser currentUser) {
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(currentUser.zone()).toInstant();
        LocalDate end = to.getValue();
        Instant stop = end == null ? null : end.plusDays(1).atStartOfDay(currentUser.zone()).toInstant();
        return new AuditFilter(actor.getValue(), action.getValue(), recordType.getValue(), recordId.getValue(), start, stop);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.audit") + " | " + getTranslation("app.name");
    }
}
