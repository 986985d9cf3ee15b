package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.base.ui.StaticHtml;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.stream.Collectors;

/** The top of the complaint page: number and subject, tier and status with the tier's reason, the key facts, the text. */
final class ComplaintHeader extends VerticalLayout {

    /** The key facts, one read-only element (base/ui/StaticHtml): about 45 state nodes fewer on every open complaint. */
    private final StaticHtml.Writer facts = new StaticHtml.Writer();

    ComplaintHeader(Complaint complaint, ComplaintText text, StaffDirectory staff, TeamService teams, CurrentUser user) {
        H2 title = new H2(complaint.getNumber() + " · " + complaint.getSubject());
        title.setId("complaint-title");
        Span tier = Badges.tier(complaint.getTier());
        tier.setId("complaint-tier");
        Span status = Badges.status(complaint.getStatus());
        status.setId("complaint-status");
        Span reason = new Span(ComplaintText.tierReason(complaint.getTierReason()));
        reason.setId("complaint-tier-reason");
        reason.addClassName("cx-user-roles");
        HorizontalLayout badges = new HorizontalLayout(tier, status, reason);
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        fact("complaint.customer", complaint.getCustomerName(), "fact-customer");
        if (complaint.getOrderExternalId() != null) {
            fact("complaint.order", complaint.getOrderExternalId() + " · " + Formats.number(complaint.getOrderAmount(), user.locale())
                    + " " + complaint.getOrderCurrency(), "fact-order");
        }
        fact("complaint.channel", getTranslation(complaint.getChannel().messageKey()), "fact-channel");
        fact("complaint.category", getTranslation(complaint.getCategory().messageKey()), "fact-category");
        fact("complaint.spread-risk", getTranslation(complaint.getSpreadRisk().messageKey()), "fact-spread");
        fact("complaint.affected", complaint.getAffectedCount() + (complaint.isAffectedInferred() ? " " + getTranslation("tiering.affected.inferred") : ""),
                "fact-affected");
        fact("complaint.created", text.when(complaint.getCreatedAt()) + " · " + text.name(complaint.getCreatedBy()), "fact-created");
        fact("complaint.assignee", complaint.getAssigneeId() == null ? getTranslation("complaint.unassigned")
                : staff.displayName(complaint.getAssigneeId()).orElse("?"), "fact-assignee");
        fact("complaint.team", complaint.getTeamId() == null ? "—"
                : teams.find(complaint.getTeamId()).map(Team::getName).orElse("?"), "fact-team");
        if (!complaint.getWatcherIds().isEmpty()) {
            fact("complaint.watchers", complaint.getWatcherIds().stream()
                    .map(w -> staff.displayName(w).orElse("?")).sorted()
                    .collect(Collectors.joining(", ")), "fact-watchers");
        }
        if (complaint.getSlaDueAt() != null) {
            fact("complaint.sla-due", text.when(complaint.getSlaDueAt())
                    + (complaint.isSlaBreached() ? " · " + getTranslation("complaint.sla-breached") : ""), "fact-sla");
        }
        if (complaint.getTier() == Tier.MAJOR) {
            fact("complaint.exec-ack", complaint.getExecutiveAckAt() == null ? getTranslation("complaint.exec-ack.pending")
                    : text.name(complaint.getExecutiveAckBy()) + " · " + text.when(complaint.getExecutiveAckAt()), "fact-exec-ack");
        }
        Div description = new Div();
        description.setText(complaint.getDescription());
        description.setId("complaint-description");
        description.getStyle().set("white-space", "pre-wrap");
        add(title, badges, new StaticHtml("complaint-facts", "cx-facts", facts), description);
    }

    private void fact(String labelKey, String value, String id) {
        facts.open("div", "class", "cx-fact").element("span", getTranslation(labelKey), "class", "cx-fact-label")
                .element("span", value, "id", id).close("div");
    }
}
