package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.complaints.ActionRow;
import com.cxops.portal.complaints.ActionStatus;
import com.cxops.portal.complaints.RootCauseService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.LocalDate;

/** Corrective actions from root-cause analyses, overdue first and highlighted, tracked to done. */
@Route("corrective-actions")
@Menu(order = 15, title = "menu.corrective-actions", icon = "vaadin:tools")
@RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE})
public class CorrectiveActionsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ActionRow> grid = new Grid<>();
    final Checkbox openOnly = new Checkbox();

    public CorrectiveActionsView(RootCauseService rca, StaffDirectory staff, CurrentUser user, Clock clock) {
        setSizeFull();
        openOnly.setId("actions-open-only");
        openOnly.setLabel(getTranslation("actions.open-only"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        LocalDate today = LocalDate.now(clock.withZone(user.zone()));

        grid.setId("actions-grid");
        grid.addComponentColumn(r -> {
            Span due = new Span(Formats.date(r.action().getDueDate(), user.locale()));
            if (r.action().isOverdue(today)) {
                due.setText(getTranslation("actions.overdue", Formats.date(r.action().getDueDate(), user.locale())));
                due.addClassNames("cx-badge", "error");
            }
            return due;
        }).setHeader(getTranslation("rca.due")).setKey("due").setAutoWidth(true);
        grid.addColumn(r -> r.action().getWhat()).setHeader(getTranslation("rca.what")).setKey("what").setFlexGrow(2);
        grid.addColumn(r -> staff.find(r.action().getOwnerId()).map(StaffDirectory.StaffContact::displayName).orElse("?"))
                .setHeader(getTranslation("rca.owner")).setKey("owner");
        grid.addColumn(ActionRow::complaintNumber).setHeader(getTranslation("complaint.number")).setKey("complaint");
        grid.addColumn(r -> getTranslation(r.dimension().messageKey()) + ": " + r.finding()).setHeader(getTranslation("rca.finding")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Select<ActionStatus> status = new Select<>();
            status.setItems(ActionStatus.values());
            status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
            status.setValue(r.action().getStatus());
            status.setId("action-status-" + r.action().getId());
            status.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != r.action().getStatus()) {
                    try {
                        rca.setStatus(r.action().getId(), e.getValue(), r.action().getVersion());
                    } catch (ConcurrentEditException ex) {
                        ConflictDialog.open(ex, user, () -> grid.getDataProvider().refreshAll());
                    }
                    grid.getDataProvider().refreshAll();
                }
            });
            return status;
        }).setHeader(getTranslation("complaint.status")).setKey("status");
        grid.setPartNameGenerator(r -> r.action().isOverdue(today) ? "cx-overdue" : null);
        grid.setItems(query -> rca.overdueFirst(openOnly.getValue(), user.zone(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addItemDoubleClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().action().getComplaintId()));
        grid.setEmptyStateText(getTranslation("actions.empty"));
        add(new H2(getTranslation("menu.corrective-actions")), openOnly, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.corrective-actions") + " | " + getTranslation("app.name");
    }
}
