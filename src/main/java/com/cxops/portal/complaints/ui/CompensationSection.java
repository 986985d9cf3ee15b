package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.complaints.Compensation;
import com.cxops.portal.complaints.CompensationForm;
import com.cxops.portal.complaints.CompensationKind;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;

/**
 * The compensation given for a complaint, and, for those who work it while it is open, the form to record more
 * (with a hint when a service failure has none yet).
 */
final class CompensationSection extends VerticalLayout {

    /**
     * @param workflow        where compensation is recorded, or null when the person may not record it now
     * @param defaultCurrency the currency the form starts with (a setting)
     * @param reload          reloads the page after a change
     */
    CompensationSection(Complaint complaint, List<Compensation> given, ComplaintText text, CurrentUser user,
                        ComplaintWorkflowService workflow, String defaultCurrency, Runnable reload) {
        add(new H3(getTranslation("complaint.compensation")));
        setPadding(false);
        setId("compensation-section");
        if (!given.isEmpty()) {
            Grid<Compensation> grid = new Grid<>();
            grid.setId("compensation-grid");
            grid.addColumn(c -> getTranslation(c.getKind().messageKey())).setHeader(getTranslation("compensation.kind"));
            grid.addColumn(c -> c.getAmount() == null ? "" : Formats.number(c.getAmount(), user.locale())
                    + (c.getCurrency() == null ? "" : " " + c.getCurrency())).setHeader(getTranslation("compensation.amount"));
            grid.addColumn(Compensation::getReason).setHeader(getTranslation("compensation.reason")).setFlexGrow(2);
            grid.addColumn(c -> text.when(c.getCreatedAt()) + " · " + text.name(c.getCreatedBy())).setHeader(getTranslation("complaint.when-who"));
            grid.setItems(given);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        if (workflow == null) {
            return;
        }
        if (complaint.getCategory().isServiceFailure() && given.isEmpty()) {
            Span hint = new Span(getTranslation("compensation.suggestion", getTranslation(complaint.getCategory().messageKey())));
            hint.setId("compensation-suggestion");
            // a callout, not a badge: the sentence wraps on a phone
            hint.addClassNames("cx-callout", "warning");
            add(hint);
        }
        add(form(workflow, complaint.getId(), defaultCurrency, reload));
    }

    private HorizontalLayout form(ComplaintWorkflowService workflow, long complaintId, String defaultCurrency, Runnable reload) {
        CompensationForm form = new CompensationForm();
        Select<CompensationKind> kind = new Select<>();
        kind.setId("comp-kind");
        kind.setLabel(getTranslation("compensation.kind"));
        kind.setItems(CompensationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        kind.setValue(CompensationKind.COUPON);
        BigDecimalField amount = FieldTexts.apply(new BigDecimalField(getTranslation("compensation.amount")));
        amount.setId("comp-amount");
        TextField currency = new TextField(getTranslation("compensation.currency"));
        currency.setId("comp-currency");
        currency.setMaxLength(3);
        currency.setWidth("6em");
        currency.setValue(defaultCurrency);
        TextField reason = new TextField(getTranslation("compensation.reason"));
        reason.setId("comp-reason");
        reason.setMaxLength(Compensation.REASON_MAX);
        reason.setWidth("24em");
        reason.setMaxWidth("100%");
        Button add = new Button(getTranslation("compensation.add"), e -> {
            form.setKind(kind.getValue());
            form.setAmount(amount.getValue());
            form.setCurrency(currency.getValue());
            form.setReason(reason.getValue());
            try {
                workflow.addCompensation(complaintId, form);
                reload.run();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("kind", kind, "amount", amount, "currency", currency, "reason", reason));
            }
        });
        add.setId("comp-add");
        HorizontalLayout row = new HorizontalLayout(kind, amount, currency, reason, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
