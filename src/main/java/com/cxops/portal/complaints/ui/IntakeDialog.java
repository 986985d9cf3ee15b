package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.UnsavedInput;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.CustomerService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Logging a complaint (and, with an existing complaint, editing its details): customer lookup, optional order,
 * channel, category, subject, description, spread risk and customers affected. Save is enabled only when valid.
 */
class IntakeDialog extends Dialog {

    private final transient ComplaintIntakeService service;
    private final transient CurrentUser user;
    private final Complaint existing;
    private final transient LongConsumer saved;
    private final ComplaintForm form;
    private final BeanValidationBinder<ComplaintForm> binder = new BeanValidationBinder<>(ComplaintForm.class);
    final ComboBox<Customer> customer = new ComboBox<>();
    final TextField order = new TextField();
    final Select<ComplaintChannel> channel = new Select<>();
    final Select<ComplaintCategory> category = new Select<>();
    final TextField subject = new TextField();
    final TextArea description = new TextArea();
    final RadioButtonGroup<SpreadRisk> spread = new RadioButtonGroup<>();
    final IntegerField affected = new IntegerField();
    final ComboBox<Team> team = new ComboBox<>();
    final Button save = new Button();

    IntakeDialog(ComplaintIntakeService service, CustomerService customers, List<Team> teams, CurrentUser user, LongConsumer saved) {
        this(service, customers, teams, user, null, saved);
    }

    IntakeDialog(ComplaintIntakeService service, CustomerService customers, List<Team> teams, CurrentUser user, Complaint existing,
                 LongConsumer saved) {
        this.service = service;
        this.user = user;
        this.existing = existing;
        this.saved = saved;
        this.form = existing == null ? new ComplaintForm() : ComplaintForm.of(existing);
        setId("intake-dialog");
        setHeaderTitle(getTranslation(existing == null ? "complaint.new" : "complaint.edit"));
        setWidth("44em");

        customer.setId("intake-customer");
        customer.setLabel(getTranslation("complaint.customer"));
        customer.setPlaceholder(getTranslation("complaint.customer.placeholder"));
        CallbackDataProvider.FetchCallback<Customer, String> lookup = query ->
                customers.search(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name", "id"))).stream();
        customer.setItems(lookup);
        customer.setItemLabelGenerator(this::customerLabel);
        if (existing != null) {
            customers.find(existing.getCustomerId()).ifPresent(customer::setValue);
            customer.setReadOnly(true);
        }
        order.setId("intake-order");
        order.setLabel(getTranslation("complaint.order"));
        order.setHelperText(getTranslation("complaint.order.helper"));
        order.setMaxLength(Complaint.ORDER_MAX);
        channel.setId("intake-channel");
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setItems(ComplaintChannel.values());
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        category.setId("intake-category");
        category.setLabel(getTranslation("complaint.category"));
        category.setItems(ComplaintCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        subject.setId("intake-subject");
        subject.setLabel(getTranslation("complaint.subject"));
        subject.setValueChangeMode(ValueChangeMode.EAGER);
        subject.setRequiredIndicatorVisible(true);
        subject.setHelperText(getTranslation("form.at-most", Complaint.SUBJECT_MAX));
        description.setId("intake-description");
        description.setLabel(getTranslation("complaint.description"));
        description.setValueChangeMode(ValueChangeMode.EAGER);
        description.setRequiredIndicatorVisible(true);
        description.setHelperText(getTranslation("form.at-most", Complaint.DESCRIPTION_MAX));
        description.setMinHeight("8em");
        spread.setId("intake-spread");
        spread.setLabel(getTranslation("complaint.spread-risk"));
        spread.setItems(SpreadRisk.values());
        spread.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        affected.setId("intake-affected");
        affected.setLabel(getTranslation("complaint.affected"));
        int maxAffected = service.maxAffected();
        affected.setMin(1);
        affected.setMax(maxAffected);
        affected.setRequiredIndicatorVisible(true);
        // the field's own range check must say the same words as the form, never leave it red without text
        String range = getTranslation("intake.error.affected", maxAffected);
        affected.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage(range).setRequiredErrorMessage(range));
        affected.setStepButtonsVisible(true);
        team.setId("intake-team");
        team.setLabel(getTranslation("complaint.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        team.setVisible(existing == null);

        binder.forField(customer).asRequired(getTranslation("complaint.error.customer"))
                .bind(f -> null, (f, c) -> f.setCustomerId(c == null ? null : c.getId()));
        binder.forField(order).bind("orderExternalId");
        binder.forField(channel).bind("channel");
        binder.forField(category).bind("category");
        binder.forField(subject).bind("subject");
        binder.forField(description).bind("description");
        binder.forField(spread).bind("spreadRisk");
        binder.forField(affected).asRequired(getTranslation("intake.error.affected", maxAffected))
                .withValidator(v -> v >= 1 && v <= maxAffected, getTranslation("intake.error.affected", maxAffected))
                .bind(ComplaintForm::getAffectedCount, ComplaintForm::setAffectedCount);
        binder.forField(team).bind(f -> teams.stream().filter(t -> t.getId().equals(f.getTeamId())).findFirst().orElse(null),
                (f, t) -> f.setTeamId(t == null ? null : t.getId()));
        if (existing != null) {
            Customer current = customer.getValue();
            binder.setBean(form);
            customer.setValue(current);
            form.setCustomerId(existing.getCustomerId());
        } else {
            binder.setBean(form);
        }

        AffectedSuggestion suggestion = new AffectedSuggestion(subject, description, affected);
        FormLayout layout = new FormLayout(customer, order, channel, category, subject, description, spread, affected, suggestion, team);
        layout.setColspan(subject, 2);
        layout.setColspan(description, 2);
        layout.setColspan(spread, 2);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        UnsavedInput.guard(this, customer, order, channel, category, subject, description, spread, affected, team);
    }

    /**
     * UI.md: Save stays enabled; a click shows every missing or wrong field beside it, with the limit in the words,
     * and saves nothing until all are right.
     */
    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Complaint c = existing == null ? service.create(form) : service.update(existing.getId(), form);
            Toasts.success(getTranslation(existing == null ? "complaint.logged" : "complaint.saved", c.getNumber(),
                    getTranslation(c.getTier().messageKey())));
            close();
            saved.accept(c.getId());
        } catch (InvalidInputException ex) {
            Map<String, HasValidation> fields = Map.of("customerId", customer, "orderExternalId", order, "channel", channel,
                    "category", category, "subject", subject, "description", description, "spreadRisk", spread,
                    "affectedCount", affected, "teamId", team);
            FormErrors.show(ex, fields);
        } catch (ConcurrentEditException ex) {
            // Someone saved the complaint first: say who and when; reloading shows their version.
            ConflictDialog.open(ex, user, () -> {
                close();
                saved.accept(existing.getId());
            });
        }
    }

    /** Name, id, a masked contact and the layer: customers of the same name are told apart in the picker. */
    String customerLabel(Customer c) {
        StringBuilder label = new StringBuilder(c.getName()).append(" · ").append(c.getExternalId());
        if (!c.contactHint().isEmpty()) {
            label.append(" · ").append(c.contactHint());
        }
        if (c.getLayer() != null) {
            label.append(" · ").append(getTranslation(c.getLayer().messageKey()));
        }
        return c.isVip() ? label.append(" · VIP").toString() : label.toString();
    }
}
