package com.cxops.portal.complaints.ui;

import com.cxops.portal.complaints.TextTieringService;
import com.cxops.portal.complaints.tiering.CountInference;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;

import java.util.Optional;

/**
 * Under "customers affected" in the intake form: when the field is still 1 and the text names more ("几十个买家",
 * "200 orders", "整批"), a suggestion the agent confirms with one click; nothing changes without that click.
 */
class AffectedSuggestion extends HorizontalLayout {

    final Span text = new Span();
    final Button use = new Button();
    private final transient TextTieringService service;
    private final IntegerField affected;
    private int suggested;

    AffectedSuggestion(TextField subject, TextArea description, IntegerField affected) {
        this.service = VaadinService.getCurrent().getInstantiator().getOrCreate(TextTieringService.class);
        this.affected = affected;
        setId("intake-affected-suggestion");
        setAlignItems(Alignment.BASELINE);
        text.setId("intake-affected-suggestion-text");
        use.setId("intake-affected-use");
        use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        use.addClickListener(e -> {
            affected.setValue(suggested);
            setVisible(false);
        });
        add(text, use);
        setVisible(false);
        subject.addValueChangeListener(e -> update(subject.getValue(), description.getValue()));
        description.addValueChangeListener(e -> update(subject.getValue(), description.getValue()));
        affected.addValueChangeListener(e -> update(subject.getValue(), description.getValue()));
    }

    void update(String subject, String description) {
        Integer current = affected.getValue();
        Optional<CountInference.Inferred> i = current != null && current > 1 ? Optional.empty() : service.suggestAffected(subject, description);
        if (i.isEmpty()) {
            setVisible(false);
            return;
        }
        suggested = i.get().count();
        text.setText(getTranslation("tiering.suggest.affected", suggested, i.get().words()));
        use.setText(getTranslation("tiering.suggest.use", suggested));
        setVisible(true);
    }
}
