package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.HomeSection;
import com.cxops.portal.base.ui.HomeSectionBuilder;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.Instant;

/** Home "My work": the person's open complaints, soonest due first (UI.md), for agents and managers who work them. */
@org.springframework.stereotype.Component
class MyComplaintsHomeSection implements HomeSection {

    private final ComplaintService service;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;

    MyComplaintsHomeSection(ComplaintService service, CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.service = service;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Component create() {
        long me = user.id().orElse(-1L);
        Grid<ComplaintRow> grid = new Grid<>();
        grid.addColumn(ComplaintRow::number).setHeader(t("complaint.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(ComplaintRow::subject).setHeader(t("complaint.subject")).setKey("subject").setFlexGrow(2);
        grid.addColumn(c -> t(c.status().messageKey())).setHeader(t("complaint.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(SlaBadge.<ComplaintRow>renderer(c -> {
            Instant paused = c.status() == ComplaintStatus.WAITING_CUSTOMER ? c.waitingSince() : null;
            return SlaBadge.display(c.slaDueAt(), c.slaWarnAt(), paused, clock.instant(), user.zone(), user.locale(), i18n);
        }, ComplaintRow::slaDueAt, user.zone(), user.locale())).setHeader(t("complaint.sla-due")).setKey("slaDue").setAutoWidth(true);
        grid.setItems(query -> service.page(ComplaintFilter.myOpen(me), user.zone(), PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(Sort.Order.asc("slaDueSort"), Sort.Order.asc("id")))).stream());
        return HomeSectionBuilder.of("my-complaints", t("home.my-complaints"), grid)
                .emptyText(t("home.my-complaints.empty"))
                .height("18em")
                .opens(c -> "complaints/" + c.id())
                .build();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean visibleTo(CurrentUser u) {
        return u.hasRole(Role.Names.AGENT) || u.hasRole(Role.Names.MANAGER);
    }

    private String t(String key) {
        return i18n.translate(user.locale(), key);
    }
}
