package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.settings.ShopSettings;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;
import com.cxops.portal.surveys.Campaign;
import com.cxops.portal.surveys.CampaignForm;
import com.cxops.portal.surveys.CampaignKind;
import com.cxops.portal.surveys.CampaignService;
import com.cxops.portal.surveys.Reach;
import com.cxops.portal.surveys.SampleKind;
import com.cxops.portal.surveys.VipFilter;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * NPS campaigns: the segment, sample and send window, the reach with the reasons customers are left out before it
 * starts, and a progress bar while its invitations are created in the background.
 */
@Route("surveys/campaigns")
@Menu(order = 51, title = "surveys.menu.campaigns", icon = "vaadin:envelopes-o")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final Select<CampaignKind> kind = new Select<>();
    final MultiSelectComboBox<CustomerLayer> layers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<MembershipLevel> levels = new MultiSelectComboBox<>();
    final Select<VipFilter> vip = new Select<>();
    final IntegerField lastOrderDays = new IntegerField();
    final Select<SampleKind> sampleKind = new Select<>();
    final IntegerField sampleValue = new IntegerField();
    final DateTimePicker windowStart = FieldTexts.apply(new DateTimePicker());
    final DateTimePicker windowEnd = FieldTexts.apply(new DateTimePicker());
    final Button preview = new Button();
    final Button start = new Button();
    final Span reach = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Grid<Campaign> campaigns = new Grid<>();

    private final transient CampaignService service;
    private final transient CurrentUser user;
    private final ZoneId zone;

    public CampaignsView(CampaignService service, CurrentUser user, ShopSettings shop, Clock clock) {
        this.service = service;
        this.user = user;
        this.zone = shop.zone();
        name.setId("campaign-name");
        name.setLabel(getTranslation("surveys.campaign.name"));
        name.setRequired(true);
        name.setMaxLength(Campaign.NAME_MAX);
        kind.setId("campaign-kind");
        kind.setLabel(getTranslation("surveys.campaign.kind"));
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(CampaignKind.RELATIONSHIP);
        layers.setId("campaign-layers");
        layers.setLabel(getTranslation("surveys.campaign.layers"));
        layers.setItems(CustomerLayer.values());
        layers.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        levels.setId("campaign-levels");
        levels.setLabel(getTranslation("surveys.campaign.levels"));
        levels.setItems(MembershipLevel.values());
        levels.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        vip.setId("campaign-vip");
        vip.setLabel(getTranslation("surveys.campaign.vip"));
        vip.setItems(VipFilter.values());
        vip.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        vip.setValue(VipFilter.ANY);
        lastOrderDays.setId("campaign-last-order");
        lastOrderDays.setLabel(getTranslation("surveys.campaign.last-order"));
        lastOrderDays.setHelperText(getTranslation("surveys.campaign.last-order-help", CampaignForm.LAST_ORDER_DAYS_MAX));
        lastOrderDays.setMin(1);
        lastOrderDays.setMax(CampaignForm.LAST_ORDER_DAYS_MAX);
        FieldTexts.apply(lastOrderDays);
        sampleKind.setId("campaign-sample-kind");
        sampleKind.setLabel(getTranslation("surveys.campaign.sample"));
        sampleKind.setItems(SampleKind.values());
        sampleKind.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sampleKind.setValue(SampleKind.ALL);
        sampleValue.setId("campaign-sample-value");
        sampleValue.setLabel(getTranslation("surveys.campaign.sample-value"));
        sampleValue.setValue(100);
        sampleValue.setMin(1);
        FieldTexts.apply(sampleValue);
        sampleValue.setEnabled(false);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone).withSecond(0).withNano(0);
        windowStart.setId("campaign-window-start");
        windowStart.setLabel(getTranslation("surveys.campaign.window-start"));
        windowStart.setValue(now.plusHours(1));
        windowEnd.setId("campaign-window-end");
        windowEnd.setLabel(getTranslation("surveys.campaign.window-end"));
        windowEnd.setValue(now.plusDays(3));
        kind.addValueChangeListener(e -> layers.setEnabled(e.getValue() != CampaignKind.WIN_BACK));
        sampleKind.addValueChangeListener(e -> sampleValue.setEnabled(e.getValue() != SampleKind.ALL));

        preview.setId("campaign-preview");
        preview.setText(getTranslation("surveys.campaign.preview"));
        preview.addClickListener(e -> showReach());
        start.setId("campaign-start");
        start.setText(getTranslation("surveys.campaign.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startCampaign());
        reach.setId("campaign-reach");
        progress.setId("campaign-progress");
        progress.setVisible(false);
        progressText.setId("campaign-progress-text");

        FormLayout form = new FormLayout(name, kind, layers, levels, vip, lastOrderDays, sampleKind, sampleValue, windowStart, windowEnd);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));

        campaigns.setId("campaigns");
        campaigns.addColumn(Campaign::getName).setHeader(getTranslation("surveys.campaign.name")).setFlexGrow(2);
        campaigns.addColumn(c -> getTranslation(c.getKind().messageKey())).setHeader(getTranslation("surveys.campaign.kind")).setAutoWidth(true);
        campaigns.addColumn(c -> getTranslation(c.getStatus().messageKey())).setHeader(getTranslation("surveys.campaign.status")).setAutoWidth(true);
        campaigns.addColumn(c -> c.getInvited() + " / " + c.getEligible()).setHeader(getTranslation("surveys.campaign.invited")).setAutoWidth(true);
        campaigns.addColumn(c -> Formats.dateTime(c.getCreatedAt(), user.zone(), user.locale())).setHeader(getTranslation("surveys.campaign.created")).setAutoWidth(true);
        campaigns.setItems(q -> service.page(PageRequest.of(q.getPage(), q.getPageSize())).stream());
        campaigns.setEmptyStateText(getTranslation("surveys.campaign.empty"));
        campaigns.setHeight("16em");

        add(new H2(getTranslation("surveys.campaign.title")), form, new HorizontalLayout(preview, start), reach, progress,
                progressText, new H3(getTranslation("surveys.campaign.list")), campaigns);
    }

    CampaignForm form() {
        CampaignForm f = new CampaignForm();
        f.setName(name.getValue());
        f.setKind(kind.getValue());
        f.setLayers(layers.getValue().isEmpty() ? null : java.util.EnumSet.copyOf(layers.getValue()));
        f.setLevels(levels.getValue().isEmpty() ? null : java.util.EnumSet.copyOf(levels.getValue()));
        f.setVip(vip.getValue());
        f.setLastOrderDays(lastOrderDays.getValue());
        f.setSampleKind(sampleKind.getValue());
        f.setSampleValue(sampleValue.getValue() == null ? 0 : sampleValue.getValue());
        f.setWindowStart(windowStart.getValue() == null ? null : windowStart.getValue().atZone(zone).toInstant());
        f.setWindowEnd(windowEnd.getValue() == null ? null : windowEnd.getValue().atZone(zone).toInstant());
        return f;
    }

    void showReach() {
        Reach r = service.preview(form());
        reach.setText(getTranslation("surveys.campaign.reach", r.willInvite(), r.inSegment(), r.noEmail(), r.optedOut(), r.quietPeriod()));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "layers", layers, "windowStart", windowStart, "windowEnd", windowEnd,
                "sampleValue", sampleValue, "lastOrderDays", lastOrderDays);
    }

    void startCampaign() {
        UI ui = UI.getCurrent();
        try {
            fields().values().forEach(f -> f.setInvalid(false));
            CampaignService.Started started = service.start(form(), p -> ui.access(() -> {
                progress.setValue(p.fraction());
                progressText.setText(getTranslation(p.done() ? (p.failed() ? "surveys.campaign.failed" : "surveys.campaign.done")
                        : "surveys.campaign.progress", p.invited(), p.processed(), p.total()));
                if (p.done()) {
                    start.setEnabled(true);
                    campaigns.getDataProvider().refreshAll();
                }
            }));
            start.setEnabled(false);
            progress.setVisible(true);
            progress.setValue(0);
            progressText.setText(getTranslation("surveys.campaign.started"));
            campaigns.getDataProvider().refreshAll();
            Toasts.success(getTranslation("surveys.campaign.started"));
            started.campaignId();
        } catch (InvalidInputException e) {
            FormErrors.show(e, fields());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.campaign.title");
    }
}
