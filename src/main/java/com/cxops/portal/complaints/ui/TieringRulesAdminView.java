package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.complaints.TieringRule;
import com.cxops.portal.complaints.TieringRuleForm;
import com.cxops.portal.complaints.TieringRuleService;
import com.cxops.portal.customers.CustomerLayer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators edit the ordered tiering rules; the highest matching tier wins, the order sets the reason text. */
@Route("admin/tiering-rules")
@Menu(order = 95, title = "menu.admin.tiering-rules", icon = "vaadin:flag")
@RolesAllowed(Role.Names.ADMIN)
public class TieringRulesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient TieringRuleService rules;
    private final transient CurrentUser user;
    final Grid<TieringRule> grid = new Grid<>();

    final TierTestPanel tester;

    public TieringRulesAdminView(TieringRuleService rules, CurrentUser user, com.cxops.portal.complaints.TextTieringService textTiering) {
        this.rules = rules;
        this.user = user;
        setSizeFull();
        Button add = new Button(getTranslation("rule.new"), VaadinIcon.PLUS.create(), e -> new Editor(null).open());
        add.setId("rule-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("rules-grid");
        grid.addColumn(TieringRule::getName).setHeader(getTranslation("rule.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(Badges.tierColumn(TieringRule::getTier)).setHeader(getTranslation("complaint.tier")).setKey("tier").setAutoWidth(true);
        grid.addColumn(this::conditions).setHeader(getTranslation("rule.conditions")).setKey("conditions").setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.isEnabled() ? "rule.enabled" : "rule.disabled")).setHeader(getTranslation("rule.state")).setKey("state");
        grid.addComponentColumn(r -> {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                rules.move(r.getId(), -1);
                refresh();
            });
            up.setTooltipText(getTranslation("rule.move-up"));
            up.setId("rule-up-" + r.getId());
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                rules.move(r.getId(), 1);
                refresh();
            });
            down.setTooltipText(getTranslation("rule.move-down"));
            down.setId("rule-down-" + r.getId());
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            return new HorizontalLayout(up, down);
        }).setHeader(getTranslation("rule.order")).setKey("order").setAutoWidth(true);
        grid.addItemClickListener(e -> new Editor(e.getItem()).open());
        refresh();
        tester = new TierTestPanel(textTiering);
        com.vaadin.flow.router.RouterLink corrections = new com.vaadin.flow.router.RouterLink(getTranslation("tiering.corrections.title"),
                TierCorrectionsView.class);
        corrections.setId("rule-corrections-link");
        add(new H2(getTranslation("menu.admin.tiering-rules")), new Paragraph(getTranslation("rule.intro")), new HorizontalLayout(add, corrections),
                grid, tester);
    }

    void refresh() {
        grid.setItems(rules.list());
    }

    String conditions(TieringRule r) {
        List<String> parts = new ArrayList<>();
        if (!r.getCategories().isEmpty()) {
            parts.add(getTranslation("complaint.category") + ": " + r.getCategories().stream().map(c -> getTranslation(c.messageKey())).collect(Collectors.joining(", ")));
        }
        if (!r.getChannels().isEmpty()) {
            parts.add(getTranslation("complaint.channel") + ": " + r.getChannels().stream().map(c -> getTranslation(c.messageKey())).collect(Collectors.joining(", ")));
        }
        if (!r.getSpreadRisks().isEmpty()) {
            parts.add(getTranslation("complaint.spread-risk") + ": " + r.getSpreadRisks().stream().map(c -> getTranslation(c.messageKey())).collect(Collectors.joining(", ")));
        }
        if (r.getMinAffected() != null) {
            parts.add(getTranslation("rule.min-affected.short", r.getMinAffected()));
        }
        if (!r.getLayers().isEmpty()) {
            parts.add(getTranslation("complaint.customer-layer") + ": " + r.getLayers().stream().map(c -> getTranslation(c.messageKey())).collect(Collectors.joining(", ")));
        }
        if (r.isVipOnly()) {
            parts.add(getTranslation("rule.vip-only"));
        }
        if (r.getKeywords() != null) {
            parts.add(getTranslation("rule.keywords") + ": " + r.getKeywords());
        }
        if (!r.allPhrases().isEmpty()) {
            List<String> phrases = r.allPhrases();
            String shown = String.join(", ", phrases.subList(0, Math.min(6, phrases.size()))) + (phrases.size() > 6 ? ", …" : "");
            parts.add(getTranslation("tiering.rule.text.short", shown));
        }
        if (r.getRepeatWithinDays() != null) {
            parts.add(getTranslation("rule.repeat.short", r.getRepeatWithinDays()));
        }
        if (r.getMinOrderAmount() != null) {
            parts.add(getTranslation("rule.min-order.short", r.getMinOrderAmount().toPlainString()));
        }
        return String.join(" · ", parts);
    }

    class Editor extends Dialog {
        final TextField name = new TextField(getTranslation("rule.name"));
        final Select<Tier> tier = new Select<>();
        final Checkbox enabled = new Checkbox(getTranslation("rule.enabled"));
        final MultiSelectComboBox<ComplaintCategory> categories = new MultiSelectComboBox<>(getTranslation("complaint.category"));
        final MultiSelectComboBox<ComplaintChannel> channels = new MultiSelectComboBox<>(getTranslation("complaint.channel"));
        final MultiSelectComboBox<SpreadRisk> spreads = new MultiSelectComboBox<>(getTranslation("complaint.spread-risk"));
        final IntegerField minAffected = new IntegerField(getTranslation("rule.min-affected"));
        final MultiSelectComboBox<CustomerLayer> layers = new MultiSelectComboBox<>(getTranslation("complaint.customer-layer"));
        final Checkbox vipOnly = new Checkbox(getTranslation("rule.vip-only"));
        final TextArea keywords = new TextArea(getTranslation("rule.keywords"));
        final IntegerField repeatDays = new IntegerField(getTranslation("rule.repeat"));
        final BigDecimalField minOrder = FieldTexts.apply(new BigDecimalField(getTranslation("rule.min-order")));
        final Select<com.cxops.portal.complaints.tiering.RuleFamily> family = new Select<>();
        final TextArea phrasesEn = new TextArea(getTranslation("tiering.rule.phrases-en"));
        final TextArea phrasesZh = new TextArea(getTranslation("tiering.rule.phrases-zh"));
        final TextArea exclusions = new TextArea(getTranslation("tiering.rule.exclusions"));
        final TextArea contexts = new TextArea(getTranslation("tiering.rule.contexts"));
        final Checkbox negatable = new Checkbox(getTranslation("tiering.rule.negatable"));
        final Button save = new Button(getTranslation("action.save"));

        Editor(TieringRule existing) {
            setId("rule-editor");
            setWidth("48em");
            setHeaderTitle(getTranslation(existing == null ? "rule.new" : "rule.edit"));
            TieringRuleForm form = existing == null ? new TieringRuleForm() : TieringRuleForm.of(existing);
            name.setId("rule-name");
            name.setValueChangeMode(ValueChangeMode.EAGER);
            tier.setId("rule-tier");
            tier.setLabel(getTranslation("complaint.tier"));
            tier.setItems(Tier.values());
            tier.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
            enabled.setId("rule-enabled");
            categories.setId("rule-categories");
            categories.setItems(ComplaintCategory.values());
            categories.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            channels.setId("rule-channels");
            channels.setItems(ComplaintChannel.values());
            channels.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            spreads.setId("rule-spread");
            spreads.setItems(SpreadRisk.values());
            spreads.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            minAffected.setId("rule-min-affected");
            FieldTexts.apply(minAffected);
            layers.setId("rule-layers");
            layers.setItems(CustomerLayer.values());
            layers.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            vipOnly.setId("rule-vip");
            keywords.setId("rule-keywords");
            keywords.setHelperText(getTranslation("tiering.rule.keywords.helper"));
            keywords.setValueChangeMode(ValueChangeMode.EAGER);
            repeatDays.setId("rule-repeat");
            FieldTexts.apply(repeatDays);
            family.setId("rule-family");
            family.setLabel(getTranslation("tiering.rule.family"));
            family.setItems(com.cxops.portal.complaints.tiering.RuleFamily.values());
            family.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.messageKey()));
            phrasesEn.setId("rule-phrases-en");
            phrasesEn.setHelperText(getTranslation("tiering.rule.phrases.helper"));
            phrasesZh.setId("rule-phrases-zh");
            exclusions.setId("rule-exclusions");
            exclusions.setHelperText(getTranslation("tiering.rule.exclusions.helper"));
            contexts.setId("rule-contexts");
            contexts.setHelperText(getTranslation("tiering.rule.contexts.helper"));
            negatable.setId("rule-negatable");
            for (TextArea area : List.of(phrasesEn, phrasesZh, exclusions, contexts)) {
                area.setValueChangeMode(ValueChangeMode.EAGER);
                area.setMaxHeight("10em");
            }
            minOrder.setId("rule-min-order");

            BeanValidationBinder<TieringRuleForm> binder = new BeanValidationBinder<>(TieringRuleForm.class);
            binder.forField(name).bind("name");
            binder.forField(tier).bind("tier");
            binder.forField(enabled).bind(TieringRuleForm::isEnabled, TieringRuleForm::setEnabled);
            binder.forField(categories).bind(TieringRuleForm::getCategories, (f, v) -> f.setCategories(v.isEmpty() ? EnumSet.noneOf(ComplaintCategory.class) : EnumSet.copyOf(v)));
            binder.forField(channels).bind(TieringRuleForm::getChannels, (f, v) -> f.setChannels(v.isEmpty() ? EnumSet.noneOf(ComplaintChannel.class) : EnumSet.copyOf(v)));
            binder.forField(spreads).bind(TieringRuleForm::getSpreadRisks, (f, v) -> f.setSpreadRisks(v.isEmpty() ? EnumSet.noneOf(SpreadRisk.class) : EnumSet.copyOf(v)));
            binder.forField(minAffected).bind("minAffected");
            binder.forField(layers).bind(TieringRuleForm::getLayers, (f, v) -> f.setLayers(v.isEmpty() ? EnumSet.noneOf(CustomerLayer.class) : EnumSet.copyOf(v)));
            binder.forField(vipOnly).bind(TieringRuleForm::isVipOnly, TieringRuleForm::setVipOnly);
            binder.forField(keywords).bind("keywords");
            binder.forField(repeatDays).bind("repeatWithinDays");
            binder.forField(minOrder).bind("minOrderAmount");
            binder.forField(family).bind(TieringRuleForm::getFamily, TieringRuleForm::setFamily);
            // the lists are shown one entry per line, however they are stored
            binder.forField(phrasesEn).withConverter(v -> v, TieringRulesAdminView::lines).bind("phrasesEn");
            binder.forField(phrasesZh).withConverter(v -> v, TieringRulesAdminView::lines).bind("phrasesZh");
            binder.forField(exclusions).withConverter(v -> v, TieringRulesAdminView::lines).bind("exclusions");
            binder.forField(contexts).withConverter(v -> v, TieringRulesAdminView::lines).bind("contextExclusions");
            binder.forField(negatable).bind(TieringRuleForm::isNegatable, TieringRuleForm::setNegatable);
            binder.setBean(form);
            save.setId("rule-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // UI.md: Save stays enabled; a click shows every wrong field beside it and saves nothing until all are right
            save.addClickListener(e -> {
                if (!binder.validate().isOk()) {
                    return;
                }
                try {
                    if (existing == null) {
                        rules.create(form);
                    } else {
                        rules.update(existing.getId(), form);
                    }
                    Toasts.success(getTranslation("rule.saved", form.getName().trim()));
                    close();
                    refresh();
                } catch (InvalidInputException ex) {
                    FormErrors.show(ex, Map.of("name", name, "tier", tier, "minAffected", minAffected, "repeatWithinDays", repeatDays,
                            "minOrderAmount", minOrder, "keywords", keywords, "phrasesEn", phrasesEn, "phrasesZh", phrasesZh,
                            "exclusions", exclusions, "contextExclusions", contexts));
                } catch (ConcurrentEditException ex) {
                    ConflictDialog.open(ex, user, () -> {
                        close();
                        refresh();
                    });
                }
            });
            Button cancel = new Button(getTranslation("action.cancel"), e -> close());
            if (existing != null) {
                Button delete = new Button(getTranslation("rule.delete"), e -> {
                    try {
                        rules.delete(existing.getId(), form.getVersion());
                        close();
                        refresh();
                    } catch (ConcurrentEditException ex) {
                        ConflictDialog.open(ex, user, () -> {
                            close();
                            refresh();
                        });
                    }
                });
                delete.setId("rule-delete");
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                getFooter().add(delete);
            }
            FormLayout layout = new FormLayout(name, tier, enabled, vipOnly, family, categories, channels, spreads, layers, minAffected,
                    repeatDays, minOrder, phrasesEn, phrasesZh, exclusions, contexts, negatable, keywords);
            for (com.vaadin.flow.component.Component wide : List.of(keywords, phrasesEn, phrasesZh, exclusions, contexts, negatable)) {
                layout.setColspan(wide, 2);
            }
            add(layout);
            getFooter().add(cancel, save);
        }
    }

    /** Stored lists are comma-separated; the editor shows one phrase a line. */
    static String lines(String stored) {
        return String.join("\n", com.cxops.portal.complaints.TieringEngine.splitKeywords(stored));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.tiering-rules") + " | " + getTranslation("app.name");
    }
}
