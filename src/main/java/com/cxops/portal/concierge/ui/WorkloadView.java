package com.cxops.portal.concierge.ui;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.concierge.BookRow;
import com.cxops.portal.concierge.ConciergeService;
import com.cxops.portal.concierge.ManagerLoad;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Workload per VIP manager (book size, open, due this week, overdue), and rebalancing by moving customers. */
@Route("concierge/workload")
@Menu(order = 23, title = "concierge.menu.workload", icon = "vaadin:scale")
@RolesAllowed(Role.Names.MANAGER)
public class WorkloadView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ManagerLoad> loads = new Grid<>();
    final Grid<BookRow> book = new Grid<>();
    final ComboBox<StaffDirectory.StaffContact> target = new ComboBox<>();
    final Button move = new Button();
    private final ConciergeService concierge;

    public WorkloadView(ConciergeService concierge) {
        this.concierge = concierge;
        setSizeFull();
        loads.setId("workload-grid");
        loads.addColumn(ManagerLoad::name).setHeader(getTranslation("concierge.workload.manager")).setKey("name").setFlexGrow(2);
        loads.addColumn(l -> l.away() ? getTranslation("concierge.workload.away") : "").setHeader(getTranslation("concierge.workload.status"))
                .setKey("away").setAutoWidth(true);
        loads.addColumn(ManagerLoad::bookSize).setHeader(getTranslation("concierge.workload.book")).setKey("book").setAutoWidth(true);
        loads.addColumn(ManagerLoad::openTasks).setHeader(getTranslation("concierge.workload.open")).setKey("open").setAutoWidth(true);
        loads.addColumn(ManagerLoad::dueThisWeek).setHeader(getTranslation("concierge.workload.week")).setKey("week").setAutoWidth(true);
        loads.addColumn(ManagerLoad::overdue).setHeader(getTranslation("concierge.workload.overdue")).setKey("overdue").setAutoWidth(true);
        loads.setAllRowsVisible(true);
        loads.asSingleSelect().addValueChangeListener(e -> showBook());

        book.setId("workload-book");
        book.setSelectionMode(Grid.SelectionMode.MULTI);
        book.addColumn(BookRow::name).setHeader(getTranslation("concierge.book.customer")).setKey("name").setFlexGrow(2);
        book.addColumn(BookRow::openTasks).setHeader(getTranslation("concierge.book.open-tasks")).setKey("openTasks").setAutoWidth(true);
        book.setEmptyStateText(getTranslation("concierge.workload.pick"));
        book.setHeight("20em");

        target.setId("workload-target");
        target.setLabel(getTranslation("concierge.workload.move-to"));
        target.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        move.setText(getTranslation("concierge.workload.move"));
        move.setId("workload-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> move());
        HorizontalLayout moveBar = new HorizontalLayout(target, move);
        moveBar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("concierge.workload")), loads, new H3(getTranslation("concierge.workload.rebalance")), book, moveBar);
        refresh();
    }

    private void refresh() {
        List<ManagerLoad> list = concierge.workload();
        loads.setItems(list);
        target.setItems(concierge.books());
        showBook();
    }

    private void showBook() {
        ManagerLoad selected = loads.asSingleSelect().getValue();
        book.setItems(selected == null ? List.of() : concierge.book(selected.staffId()));
    }

    void move() {
        if (target.getValue() == null) {
            target.setErrorMessage(getTranslation("concierge.error.not-vip-manager"));
            target.setInvalid(true);
            return;
        }
        try {
            int tasks = concierge.moveCustomers(book.getSelectedItems().stream().map(BookRow::customerId).toList(), target.getValue().id());
            Toasts.success(getTranslation("concierge.workload.moved", tasks));
            ManagerLoad keep = loads.asSingleSelect().getValue();
            refresh();
            if (keep != null) {
                loads.getListDataView().getItems().filter(l -> l.staffId() == keep.staffId()).findFirst().ifPresent(loads::select);
            }
        } catch (InvalidInputException e) {
            Toasts.error(e.firstMessage(this::getTranslation));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("concierge.workload") + " | " + getTranslation("app.name");
    }
}
