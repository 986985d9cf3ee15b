package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.StaticHtml;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.ui.ComplaintSection;
import com.cxops.portal.sla.PublicStatement;
import com.cxops.portal.sla.PublicStatementService;
import com.cxops.portal.sla.StatementChannel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The complaint page's public statements (public negative opinion: DOMAIN.md asks for a statement within 2 hours):
 * what was published where, by whom and when, and the action "Statement published" that records one and meets the
 * public-statement clock. Shown for complaints with public spread risk, or once a statement exists.
 */
@org.springframework.stereotype.Component
class StatementsSection implements ComplaintSection {

    private final PublicStatementService statements;
    private final ComplaintService complaints;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;

    StatementsSection(PublicStatementService statements, ComplaintService complaints, CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.statements = statements;
        this.complaints = complaints;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "sla.statement.title";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Component create(Complaint complaint) {
        Locale locale = UI.getCurrent().getLocale();
        List<PublicStatement> rows = statements.statementsOf(complaint.getId());

        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        boolean publicOpinion = complaint.getSpreadRisk() == SpreadRisk.PUBLIC_POST || complaint.getSpreadRisk() == SpreadRisk.MEDIA_VIRAL;
        if (!publicOpinion && rows.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        // a read-only table (base/ui/StaticHtml): a grid's state for a list of one or two lines costs ~40 KB per open page
        StaticHtml table = StaticHtml.table("sla-statements", List.of(i18n.translate(locale, "sla.statement.when"),
                        i18n.translate(locale, "sla.statement.channel"), i18n.translate(locale, "sla.statement.by"),
                        i18n.translate(locale, "sla.statement.content")),
                rows.stream().map(s -> List.of(StaticHtml.Cell.text(Formats.dateTime(s.getPublishedAt(), user.zone(), locale)),
                        StaticHtml.Cell.text(i18n.translate(locale, s.getChannel().messageKey())),
                        StaticHtml.Cell.text(s.getPublishedBy()),
                        StaticHtml.Cell.text(s.getLink() == null ? s.getText() : s.getLink() + (s.getText() == null ? "" : " – " + s.getText())).wrapping()))
                        .toList(), i18n.translate(locale, "sla.statement.none"));
        if (complaints.permissions(complaint.getId()).work()) {
            Button publish = new Button(i18n.translate(locale, "sla.statement.publish"), e -> open(complaint, locale));
            publish.setId("sla-statement-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(publish);
        }
        section.add(table);
        return section;
    }

    private void open(Complaint complaint, Locale locale) {
        Dialog dialog = new Dialog(i18n.translate(locale, "sla.statement.dialog"));
        Select<StatementChannel> channel = new Select<>();
        channel.setLabel(i18n.translate(locale, "sla.statement.channel"));
        channel.setItems(StatementChannel.values());
        channel.setItemLabelGenerator(c -> i18n.translate(locale, c.messageKey()));
        channel.setRequiredIndicatorVisible(true);
        channel.setId("sla-statement-channel");
        TextField link = new TextField(i18n.translate(locale, "sla.statement.link"));
        link.setMaxLength(PublicStatement.LINK_MAX);
        link.setHelperText(i18n.translate(locale, "sla.statement.link-help"));
        link.setId("sla-statement-link");
        TextArea text = new TextArea(i18n.translate(locale, "sla.statement.text"));
        text.setMaxLength(PublicStatement.TEXT_MAX);
        text.setId("sla-statement-text");
        TextField by = new TextField(i18n.translate(locale, "sla.statement.by"));
        by.setMaxLength(PublicStatement.PUBLISHED_BY_MAX);
        by.setRequiredIndicatorVisible(true);
        by.setValue(user.displayName());
        by.setId("sla-statement-by");
        DateTimePicker when = FieldTexts.apply(new DateTimePicker(i18n.translate(locale, "sla.statement.when")));
        when.setRequiredIndicatorVisible(true);
        when.setLocale(locale);
        when.setValue(LocalDateTime.ofInstant(clock.instant(), user.zone()).withSecond(0).withNano(0));
        when.setId("sla-statement-when");
        FormLayout form = new FormLayout(channel, by, when, link, text);
        form.setColspan(text, 2);
        dialog.add(form);
        Button save = new Button(i18n.translate(locale, "sla.statement.save"), e -> {
            Map<String, HasValidation> fields = Map.of("channel", channel, "link", link, "text", text, "publishedBy", by, "publishedAt", when);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                statements.publish(complaint.getId(), new PublicStatementService.StatementForm(channel.getValue(), link.getValue(),
                        text.getValue(), by.getValue(), when.getValue() == null ? null : when.getValue().atZone(user.zone()).toInstant()));
                Toasts.success(i18n.translate(locale, "sla.statement.saved"));
                dialog.close();
                UI.getCurrent().getPage().reload();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, fields);
            }
        });
        save.setId("sla-statement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(i18n.translate(locale, "action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
