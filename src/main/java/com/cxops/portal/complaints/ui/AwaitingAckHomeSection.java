package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.HomeSection;
import com.cxops.portal.base.ui.HomeSectionBuilder;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;

/**
 * The executive's home: open major complaints still waiting for an executive's acknowledgement, oldest first
 * (DOMAIN.md: the executive on duty acknowledges every major complaint).
 */
@org.springframework.stereotype.Component
class AwaitingAckHomeSection implements HomeSection {

    private final ComplaintService service;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;

    AwaitingAckHomeSection(ComplaintService service, CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.service = service;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Component create() {
        Grid<ComplaintRow> grid = new Grid<>();
        grid.addColumn(ComplaintRow::number).setHeader(t("complaint.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(ComplaintRow::subject).setHeader(t("complaint.subject")).setKey("subject").setFlexGrow(2);
        grid.addColumn(ComplaintRow::customerName).setHeader(t("complaint.customer")).setKey("customer");
        grid.addColumn(c -> Formats.relative(c.createdAt(), clock.instant(), user.zone(), user.locale(), i18n))
                .setHeader(t("complaint.age")).setKey("age").setAutoWidth(true);
        grid.setItems(query -> service.page(ComplaintFilter.awaitingExecutiveAck(), user.zone(), PageRequest.of(query.getPage(),
                query.getPageSize(), Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")))).stream());
        return HomeSectionBuilder.of("awaiting-ack", t("home.awaiting-ack"), grid)
                .emptyText(t("home.awaiting-ack.empty"))
                .height("16em")
                .opens(c -> "complaints/" + c.id())
                .build();
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean visibleTo(CurrentUser u) {
        return u.hasRole(Role.Names.EXECUTIVE);
    }

    private String t(String key) {
        return i18n.translate(user.locale(), key);
    }
}
