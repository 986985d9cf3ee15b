package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.TextTieringService;
import com.cxops.portal.complaints.TierCorrection;
import com.cxops.portal.complaints.tiering.TieringSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * Learning from corrections: the phrases most often found in complaints whose tier people changed by hand, proposed
 * as rule additions or exclusions with one click to adopt, and the newest corrections themselves. Reached from the
 * tiering rules page (no menu entry of its own: it belongs to the rules).
 */
@Route("admin/tier-corrections")
@RolesAllowed(Role.Names.ADMIN)
public class TierCorrectionsView extends VerticalLayout implements HasDynamicTitle {

    private final transient TextTieringService service;
    private final transient CurrentUser user;
    private final transient SettingsService settings;
    final Grid<TextTieringService.Proposal> proposals = new Grid<>();
    final Grid<TierCorrection> recent = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Paragraph awaiting = new Paragraph();

    public TierCorrectionsView(TextTieringService service, CurrentUser user, SettingsService settings) {
        this.service = service;
        this.user = user;
        this.settings = settings;
        setSizeFull();
        proposals.setId("tier-proposals");
        proposals.addColumn(p -> getTranslation("tiering.corrections.kind." + p.kind().name())).setHeader(getTranslation("tiering.corrections.kind"))
                .setKey("kind").setAutoWidth(true);
        proposals.addColumn(TextTieringService.Proposal::phrase).setHeader(getTranslation("tiering.corrections.phrase")).setKey("phrase").setAutoWidth(true);
        proposals.addColumn(TextTieringService.Proposal::ruleName).setHeader(getTranslation("tiering.corrections.rule")).setKey("rule").setAutoWidth(true);
        proposals.addColumn(TextTieringService.Proposal::count).setHeader(getTranslation("tiering.corrections.count")).setKey("count").setAutoWidth(true);
        proposals.addColumn(TextTieringService.Proposal::example).setHeader(getTranslation("tiering.corrections.example")).setKey("example").setFlexGrow(1);
        proposals.addComponentColumn(p -> {
            Button adopt = new Button(getTranslation("tiering.corrections.adopt"), e -> adopt(p));
            adopt.setId("adopt-" + p.kind().name().toLowerCase() + "-" + p.ruleId() + "-" + Integer.toHexString(p.phrase().hashCode()));
            adopt.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return adopt;
        }).setKey("adopt").setAutoWidth(true).setFlexGrow(0);
        proposals.setAllRowsVisible(true);
        empty.setId("tier-proposals-empty");
        awaiting.setId("tier-corrections-awaiting");
        awaiting.addClassName("cx-hint");
        recent.setId("tier-corrections");
        recent.addColumn(c -> Formats.dateTime(c.getUpdatedAt(), user.zone(), user.locale())).setHeader(getTranslation("tiering.corrections.when"))
                .setKey("when").setAutoWidth(true);
        recent.addColumn(Badges.tierColumn(TierCorrection::getTierGiven)).setHeader(getTranslation("tiering.corrections.given")).setKey("given").setAutoWidth(true);
        recent.addColumn(Badges.tierColumn(TierCorrection::getTierChosen)).setHeader(getTranslation("tiering.corrections.chosen")).setKey("chosen").setAutoWidth(true);
        recent.addColumn(TierCorrection::getWhy).setHeader(getTranslation("tiering.corrections.why")).setKey("why").setAutoWidth(true);
        recent.addColumn(c -> c.getText().length() > 160 ? c.getText().substring(0, 160) + "…" : c.getText())
                .setHeader(getTranslation("tiering.corrections.text")).setKey("text").setFlexGrow(1);
        add(new H2(getTranslation("tiering.corrections.title")), new Paragraph(getTranslation("tiering.corrections.intro")),
                new H3(getTranslation("tiering.corrections.proposals")), awaiting, empty, proposals,
                new H3(getTranslation("tiering.corrections.recent")), recent);
        refresh();
    }

    void refresh() {
        List<TextTieringService.Proposal> list = service.proposals();
        proposals.setItems(list);
        proposals.setVisible(!list.isEmpty());
        empty.setText(getTranslation("tiering.corrections.none", settings.getInt(TieringSettings.PROPOSAL_MIN_COUNT)));
        empty.setVisible(list.isEmpty());
        int waiting = service.correctionsAwaitingAnalysis();
        awaiting.setText(getTranslation("tiering.corrections.awaiting", waiting));
        awaiting.setVisible(waiting > 0);
        recent.setItems(service.recentCorrections(100));
    }

    void adopt(TextTieringService.Proposal p) {
        try {
            service.adopt(p);
            Toasts.success(getTranslation("tiering.corrections.adopted", p.phrase(), p.ruleName()));
            refresh();
        } catch (InvalidInputException ex) {
            Toasts.error(ex.firstMessage(this::getTranslation));
            refresh();
        } catch (ConcurrentEditException ex) {
            ConflictDialog.open(ex, user, this::refresh);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tiering.corrections.title") + " | " + getTranslation("app.name");
    }
}
