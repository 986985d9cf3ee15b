package com.cxops.portal.customers.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerForm;
import com.cxops.portal.customers.CustomerOrder;
import com.cxops.portal.customers.CustomerRules;
import com.cxops.portal.customers.CustomerService;
import com.cxops.portal.customers.LayerChange;
import com.cxops.portal.customers.LayerDecision;
import com.cxops.portal.customers.MembershipLevel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customer 360 page: profile, layer with the reason the rules gave, RFM scores, orders, layer history, and the
 * sections other features contribute ({@link CustomerSection}). Managers edit the profile and the account manager.
 */
@Route("customers/:id([0-9]+)")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CustomerService customers;
    private final transient CurrentUser currentUser;
    private final transient List<CustomerSection> sections;
    private Customer customer;

    public CustomerView(CustomerService customers, CurrentUser currentUser, List<CustomerSection> sections) {
        this.customers = customers;
        this.currentUser = currentUser;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CustomerSection::order)).toList();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        } catch (NumberFormatException e) {
            id = -1; // digits beyond a long: no such customer
        }
        customer = customers.find(id).orElse(null);
        if (customer == null) {
            removeAll();
            Span missing = new Span(getTranslation("error.not-found"));
            missing.setId("customer-not-found");
            add(missing);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(customer.getName());
        title.setId("customer-name");
        HorizontalLayout header = new HorizontalLayout(title, LayerChip.of(customer.getLayer()));
        header.setId("customer-header");
        if (customer.isVip() && customer.getLayer() != com.cxops.portal.customers.CustomerLayer.HIGH_NET_WORTH) {
            header.add(LayerChip.vip());
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (currentUser.hasRole(Role.Names.MANAGER) || currentUser.hasRole(Role.Names.ADMIN)) {
            Button edit = new Button(getTranslation("customer.edit"), VaadinIcon.EDIT.create(), e -> new Editor().open());
            edit.setId("customer-edit");
            header.add(edit);
        }
        Span reason = new Span(reasonText(customer.getLayerReason()));
        reason.setId("customer-layer-reason");
        reason.addClassName("cx-customer-reason");
        Span rfm = new Span(getTranslation("customer.rfm", score(customer.getRfmRecency()), score(customer.getRfmFrequency()),
                score(customer.getRfmMonetary())));
        rfm.setId("customer-rfm");
        rfm.addClassName("cx-rfm");
        Div facts = new Div(reason, rfm);
        facts.addClassName("cx-customer-facts");
        add(header, facts, profile(), new H3(getTranslation("customer.orders")), orders(),
                new H3(getTranslation("customer.layer-history")), history());
        for (CustomerSection section : sections) {
            if (section.visibleTo(currentUser)) {
                add(new H3(getTranslation(section.titleKey())), section.create(customer));
            }
        }
    }

    /** "last order 163 days ago: at risk" from the stored key and parameters. */
    String reasonText(String encoded) {
        List<String> parts = LayerDecision.decodeReason(encoded);
        if (parts.isEmpty()) {
            return getTranslation("customer.layer.not-computed");
        }
        return getTranslation(parts.getFirst(), parts.subList(1, parts.size()).toArray());
    }

    private static String score(Integer s) {
        return s == null ? "-" : s.toString();
    }

    private Component profile() {
        FormLayout form = new FormLayout();
        form.setId("customer-profile");
        field(form, "customer.external-id", customer.getExternalId());
        field(form, "customer.email", customer.getEmail());
        field(form, "customer.phone", customer.getPhone());
        field(form, "customer.membership", getTranslation(customer.getMembershipLevel().messageKey()));
        field(form, "customer.registered-at", Formats.dateTime(customer.getRegisteredAt(), currentUser.zone(), currentUser.locale()));
        field(form, "customer.last-order", Formats.dateTime(customer.getLastOrderAt(), currentUser.zone(), currentUser.locale()));
        field(form, "customer.birthday", Formats.date(customer.getBirthday(), currentUser.locale()));
        field(form, "customer.anniversary", Formats.date(customer.getAnniversary(), currentUser.locale()));
        field(form, "customer.account-manager", customer.getAccountManagerId() == null ? ""
                : customers.accountManagers().stream().filter(m -> m.id() == customer.getAccountManagerId())
                .map(StaffDirectory.StaffContact::displayName).findFirst().orElse("#" + customer.getAccountManagerId()));
        field(form, "customer.survey-opt-out", getTranslation(customer.isSurveyOptOut() ? "customer.yes" : "customer.no"));
        if (customer.isManualVip()) {
            field(form, "customer.manual-vip-reason", customer.getManualVipReason());
        }
        field(form, "customer.notes", customer.getNotes());
        return form;
    }

    private void field(FormLayout form, String labelKey, String value) {
        Span v = new Span(value == null ? "" : value); // shop and staff text is shown as text, never as markup
        v.setId("customer-" + labelKey.substring("customer.".length()));
        form.addFormItem(v, getTranslation(labelKey));
    }

    private Component orders() {
        Grid<CustomerOrder> grid = new Grid<>();
        grid.setId("customer-orders");
        grid.addColumn(CustomerOrder::getExternalId).setHeader(getTranslation("order.external-id"));
        grid.addColumn(o -> Formats.dateTime(o.getPlacedAt(), currentUser.zone(), currentUser.locale())).setHeader(getTranslation("order.placed-at"));
        grid.addColumn(o -> Formats.number(o.getAmount(), currentUser.locale()) + " " + o.getCurrency()).setHeader(getTranslation("order.amount"));
        grid.addColumn(o -> getTranslation("order.status." + o.getStatus().name())).setHeader(getTranslation("order.status"));
        grid.addColumn(CustomerOrder::getCategory).setHeader(getTranslation("order.category"));
        long id = customer.getId();
        grid.setItems(query -> customers.orders(id, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("customer.orders.empty"));
        grid.setHeight("18em");
        return grid;
    }

    private Component history() {
        Grid<LayerChange> grid = new Grid<>();
        grid.setId("customer-layer-history");
        grid.addColumn(c -> Formats.dateTime(c.at(), currentUser.zone(), currentUser.locale())).setHeader(getTranslation("customer.layer-history.when"));
        grid.addColumn(c -> c.from() == null ? "" : getTranslation(c.from().messageKey())).setHeader(getTranslation("customer.layer-history.from"));
        grid.addColumn(c -> getTranslation(c.to().messageKey())).setHeader(getTranslation("customer.layer-history.to"));
        grid.addColumn(c -> reasonText(c.reason())).setHeader(getTranslation("customer.layer-history.reason")).setFlexGrow(3);
        long id = customer.getId();
        grid.setItems(query -> customers.layerHistory(id, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("customer.layer-history.empty"));
        grid.setHeight("14em");
        return grid;
    }

    /** The manager's edit dialog; Save is enabled only while the form is valid. */
    class Editor extends Dialog {
        final CustomerForm form = CustomerForm.of(customer);
        final BeanValidationBinder<CustomerForm> binder = new BeanValidationBinder<>(CustomerForm.class);
        final TextField name = new TextField(getTranslation("customer.name"));
        final EmailField email = new EmailField(getTranslation("customer.email"));
        final TextField phone = new TextField(getTranslation("customer.phone"));
        final DatePicker birthday = FieldTexts.apply(new DatePicker(getTranslation("customer.birthday")));
        final DatePicker anniversary = FieldTexts.apply(new DatePicker(getTranslation("customer.anniversary")));
        final Select<MembershipLevel> membership = new Select<>();
        final Checkbox surveyOptOut = new Checkbox(getTranslation("customer.survey-opt-out"));
        final Checkbox manualVip = new Checkbox(getTranslation("customer.manual-vip"));
        final TextField manualVipReason = new TextField(getTranslation("customer.manual-vip-reason"));
        final ComboBox<StaffDirectory.StaffContact> manager = new ComboBox<>(getTranslation("customer.account-manager"));
        final TextArea notes = new TextArea(getTranslation("customer.notes"));
        final Button save = new Button(getTranslation("action.save"));

        Editor() {
            setId("customer-editor");
            setHeaderTitle(getTranslation("customer.edit"));
            setWidth("40em");
            name.setId("customer-edit-name");
            email.setId("customer-edit-email");
            // the field's own pattern check runs before the Binder's; without its own message it turns red with no text
            email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("customer.error.email"))
                    .setMaxLengthErrorMessage(getTranslation("customer.error.email")));
            name.setRequiredIndicatorVisible(true);
            phone.setId("customer-edit-phone");
            membership.setId("customer-edit-membership");
            manualVip.setId("customer-edit-manual-vip");
            manualVipReason.setId("customer-edit-manual-vip-reason");
            manager.setId("customer-edit-manager");
            notes.setId("customer-edit-notes");
            save.setId("customer-save");
            for (var f : new com.vaadin.flow.data.value.HasValueChangeMode[]{name, email, phone, manualVipReason, notes}) {
                f.setValueChangeMode(ValueChangeMode.EAGER);
            }
            membership.setLabel(getTranslation("customer.membership"));
            membership.setItems(MembershipLevel.values());
            membership.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
            List<StaffDirectory.StaffContact> managers = customers.accountManagers();
            manager.setItems(managers);
            manager.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
            manager.setClearButtonVisible(true);

            binder.forField(name).bind("name");
            binder.forField(email).withValidator(CustomerRules::isEmailOrEmpty, getTranslation("customer.error.email"))
                    .bind(CustomerForm::getEmail, CustomerForm::setEmail);
            binder.forField(phone).withValidator(CustomerRules::isPhoneOrEmpty, getTranslation("customer.error.phone"))
                    .bind(CustomerForm::getPhone, CustomerForm::setPhone);
            binder.forField(birthday).bind(CustomerForm::getBirthday, CustomerForm::setBirthday);
            binder.forField(anniversary).bind(CustomerForm::getAnniversary, CustomerForm::setAnniversary);
            binder.forField(membership).bind("membershipLevel");
            binder.forField(surveyOptOut).bind(CustomerForm::isSurveyOptOut, CustomerForm::setSurveyOptOut);
            binder.forField(manualVip).bind(CustomerForm::isManualVip, CustomerForm::setManualVip);
            binder.forField(manualVipReason)
                    .withValidator(v -> !CustomerRules.vipReasonMissing(manualVip.getValue(), v), getTranslation("customer.error.vip-reason"))
                    .bind("manualVipReason");
            binder.forField(manager).bind(
                    f -> managers.stream().filter(m -> Objects.equals(m.id(), f.getAccountManagerId())).findFirst().orElse(null),
                    (f, m) -> f.setAccountManagerId(m == null ? null : m.id()));
            binder.forField(notes).bind("notes");
            binder.setBean(form);
            manualVip.addValueChangeListener(e -> binder.validate());

            add(new FormLayout(name, email, phone, membership, birthday, anniversary, manager, surveyOptOut, manualVip,
                    manualVipReason, notes));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // UI.md: Save stays enabled; a click shows every wrong field beside it and saves nothing until all are right
            save.addClickListener(e -> {
                if (binder.validate().isOk()) {
                    save();
                }
            });
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        void save() {
            try {
                customer = customers.update(customer.getId(), form);
                Toasts.success(getTranslation("customer.saved", customer.getName()));
                close();
                render();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.<String, HasValidation>of("name", name, "email", email, "phone", phone,
                        "membershipLevel", membership, "manualVipReason", manualVipReason, "accountManagerId", manager,
                        "notes", notes));
            } catch (ConcurrentEditException ex) {
                ConflictDialog.open(ex, currentUser, () -> {
                    close();
                    customer = customers.find(customer.getId()).orElse(customer);
                    render();
                    new Editor().open();
                });
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? getTranslation("menu.customers") : customer.getName()) + " | " + getTranslation("app.name");
    }
}
