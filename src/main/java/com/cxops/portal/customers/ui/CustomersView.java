package com.cxops.portal.customers.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerFilter;
import com.cxops.portal.customers.CustomerImport;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.CustomerService;
import com.cxops.portal.customers.LayerRecomputation;
import com.cxops.portal.customers.MembershipLevel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customers list: search, filters by layer, membership and account manager; VIP managers start on their own
 * book ("My book"). Managers recompute the layers from here, off the UI thread, with a progress bar.
 */
@Route("customers")
@Menu(order = 30, title = "menu.customers", icon = "vaadin:users")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final transient CustomerService customers;
    private final transient LayerRecomputation recomputation;
    private final transient CustomerImport importer;
    private final transient CurrentUser currentUser;
    private final transient Map<Long, StaffDirectory.StaffContact> managers;
    final Grid<Customer> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<CustomerLayer> layer = new Select<>();
    final Select<MembershipLevel> membership = new Select<>();
    final ComboBox<StaffDirectory.StaffContact> manager = new ComboBox<>();
    final Checkbox myBook = new Checkbox();
    final Button recompute = new Button();
    final Button importButton = new Button();
    final ProgressBar progress = new ProgressBar();

    public CustomersView(CustomerService customers, LayerRecomputation recomputation, CustomerImport importer,
                         CurrentUser currentUser) {
        this.customers = customers;
        this.recomputation = recomputation;
        this.importer = importer;
        this.currentUser = currentUser;
        this.managers = customers.accountManagers().stream()
                .collect(Collectors.toMap(StaffDirectory.StaffContact::id, Function.identity()));
        setSizeFull();

        search.setId("customer-search");
        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20em");

        layer.setId("customer-layer-filter");
        layer.setLabel(getTranslation("customer.layer"));
        layer.setItems(CustomerLayer.values());
        layer.setEmptySelectionAllowed(true);
        layer.setEmptySelectionCaption(getTranslation("customers.any"));
        layer.setItemLabelGenerator(l -> l == null ? getTranslation("customers.any") : getTranslation(l.messageKey()));

        membership.setId("customer-membership-filter");
        membership.setLabel(getTranslation("customer.membership"));
        membership.setItems(MembershipLevel.values());
        membership.setEmptySelectionAllowed(true);
        membership.setEmptySelectionCaption(getTranslation("customers.any"));
        membership.setItemLabelGenerator(m -> m == null ? getTranslation("customers.any") : getTranslation(m.messageKey()));

        manager.setId("customer-manager-filter");
        manager.setLabel(getTranslation("customer.account-manager"));
        manager.setItems(managers.values().stream().sorted(java.util.Comparator.comparing(StaffDirectory.StaffContact::displayName)).toList());
        manager.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        manager.setClearButtonVisible(true);

        myBook.setId("customer-my-book");
        myBook.setLabel(getTranslation("customers.my-book"));
        boolean vipManager = currentUser.hasRole(Role.Names.VIP_MANAGER) && currentUser.id().isPresent();
        myBook.setVisible(vipManager);
        myBook.setValue(vipManager);
        manager.setEnabled(!myBook.getValue());
        myBook.addValueChangeListener(e -> {
            manager.setEnabled(!e.getValue());
            grid.getDataProvider().refreshAll();
        });

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        layer.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        membership.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        manager.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("customer-grid");
        grid.addColumn(Customer::getName).setHeader(getTranslation("customer.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(Customer::getExternalId).setHeader(getTranslation("customer.external-id")).setSortProperty("externalId");
        grid.addColumn(LayerChip.column(Customer::getLayer)).setHeader(getTranslation("customer.layer")).setKey("layer");
        grid.addColumn(c -> getTranslation(c.getMembershipLevel().messageKey())).setHeader(getTranslation("customer.membership"));
        grid.addColumn(Customer::getEmail).setHeader(getTranslation("customer.email"));
        grid.addColumn(Customer::getPhone).setHeader(getTranslation("customer.phone"));
        grid.addColumn(c -> managerName(c.getAccountManagerId())).setHeader(getTranslation("customer.account-manager"));
        grid.setItems(query -> customers.page(filter(),
                VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(
                        VaadinSpringDataHelpers.toSpringDataSort(query).and(Sort.by("id")))).stream());
        grid.addItemClickListener(e -> UI.getCurrent().navigate("customers/" + e.getItem().getId()));
        grid.setEmptyStateText(getTranslation("customers.empty"));

        Button atRisk = new Button(getTranslation("customers.at-risk"), VaadinIcon.WARNING.create(),
                e -> UI.getCurrent().navigate(ChurnRiskView.class));
        atRisk.setId("customers-at-risk");

        recompute.setId("customers-recompute");
        recompute.setText(getTranslation("customers.recompute"));
        recompute.setIcon(VaadinIcon.REFRESH.create());
        recompute.addClickListener(e -> startRecompute());
        boolean manages = currentUser.hasRole(Role.Names.MANAGER) || currentUser.hasRole(Role.Names.ADMIN);
        recompute.setVisible(manages);
        importButton.setId("customers-import");
        importButton.setText(getTranslation("import.open"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.setVisible(manages);
        importButton.addClickListener(e -> new ImportDialog(importer, () -> grid.getDataProvider().refreshAll()).open());
        progress.setId("customers-recompute-progress");
        progress.setVisible(false);
        progress.setWidth("12em");

        HorizontalLayout filters = new HorizontalLayout(search, layer, membership, manager, myBook);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(atRisk, importButton, recompute, progress);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("menu.customers")), filters, actions, grid);
    }

    CustomerFilter filter() {
        Long managerId = myBook.getValue() ? currentUser.id().orElse(null)
                : manager.getValue() == null ? null : manager.getValue().id();
        return new CustomerFilter(search.getValue(), layer.getValue(), membership.getValue(), managerId);
    }

    private String managerName(Long id) {
        if (id == null) {
            return "";
        }
        StaffDirectory.StaffContact c = managers.get(id);
        return c == null ? "#" + id : c.displayName();
    }

    /** Runs on a worker thread with the person's security context; progress and result come back via UI.access (@Push). */
    private void startRecompute() {
        UI ui = UI.getCurrent();
        recompute.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        Runnable work = () -> {
            try {
                LayerRecomputation.Result result = recomputation.recomputeNow((done, total) ->
                        ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total)));
                ui.access(() -> {
                    finishRecompute();
                    if (result.ran()) {
                        Toasts.success(getTranslation("customers.recompute.done", result.customers(), result.changed()));
                    } else {
                        Toasts.error(getTranslation("customers.recompute.busy"));
                    }
                    grid.getDataProvider().refreshAll();
                });
            } catch (RuntimeException ex) {
                ui.access(() -> {
                    finishRecompute();
                    Toasts.error(getTranslation("customers.recompute.failed"));
                });
                throw ex;
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void finishRecompute() {
        recompute.setEnabled(true);
        progress.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.customers") + " | " + getTranslation("app.name");
    }
}
