package com.cxops.portal.customers.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Customers at risk of churning, soonest to turn dormant first (DOMAIN.md: churn early warning). */
@Route("customers/at-risk")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class ChurnRiskView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Customer> grid = new Grid<>();

    public ChurnRiskView(CustomerService customers, CurrentUser currentUser) {
        setSizeFull();
        grid.setId("at-risk-grid");
        grid.addColumn(Customer::getName).setHeader(getTranslation("customer.name")).setFlexGrow(2);
        grid.addColumn(Customer::getExternalId).setHeader(getTranslation("customer.external-id"));
        grid.addColumn(c -> Formats.dateTime(c.getLastOrderAt(), currentUser.zone(), currentUser.locale()))
                .setHeader(getTranslation("customer.last-order"));
        grid.addColumn(c -> customers.daysToDormant(c).stream().mapToObj(d -> getTranslation("customers.days-to-dormant", d))
                .findFirst().orElse("")).setHeader(getTranslation("customers.days-to-dormant.header"));
        grid.addColumn(LayerChip.vipColumn(Customer::isVip)).setHeader(getTranslation("customer.vip")).setKey("vip");
        grid.setItems(query -> customers.atRisk(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> UI.getCurrent().navigate("customers/" + e.getItem().getId()));
        grid.setEmptyStateText(getTranslation("customers.at-risk.empty"));
        add(new H2(getTranslation("customers.at-risk")), new Paragraph(getTranslation("customers.at-risk.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.at-risk") + " | " + getTranslation("app.name");
    }
}
