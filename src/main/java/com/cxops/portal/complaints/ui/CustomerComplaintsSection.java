package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.ui.CustomerSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.Sort;

/** The customer 360 page's complaints: every complaint of the customer the viewer may read, newest first. */
@org.springframework.stereotype.Component
class CustomerComplaintsSection implements CustomerSection {

    private final ComplaintService service;
    private final CurrentUser user;

    CustomerComplaintsSection(ComplaintService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @Override
    public String titleKey() {
        return "customer.section.complaints";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean visibleTo(CurrentUser viewer) {
        return viewer.hasRole(Role.Names.AGENT) || viewer.hasRole(Role.Names.MANAGER)
                || viewer.hasRole(Role.Names.EXECUTIVE) || viewer.hasRole(Role.Names.VIP_MANAGER);
    }

    @Override
    public Component create(Customer customer) {
        Grid<ComplaintRow> grid = new Grid<>();
        grid.setId("customer-complaints");
        grid.addColumn(ComplaintRow::number).setHeader(grid.getTranslation("complaint.number")).setAutoWidth(true);
        grid.addColumn(Badges.tierColumn(ComplaintRow::tier)).setHeader(grid.getTranslation("complaint.tier")).setKey("tier").setAutoWidth(true);
        grid.addColumn(Badges.statusColumn(ComplaintRow::status)).setHeader(grid.getTranslation("complaint.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(ComplaintRow::subject).setHeader(grid.getTranslation("complaint.subject")).setFlexGrow(3);
        grid.addColumn(c -> Formats.dateTime(c.createdAt(), user.zone(), UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("complaint.created")).setAutoWidth(true);
        ComplaintFilter filter = new ComplaintFilter();
        filter.setCustomerId(customer.getId());
        grid.setItems(query -> service.page(filter, user.zone(), VaadinSpringDataHelpers.toSpringPageRequest(query)
                .withSort(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))).stream());
        grid.setEmptyStateText(grid.getTranslation("customer.section.complaints.empty"));
        grid.setHeight("18em");
        grid.addItemClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().id()));
        return grid;
    }
}
