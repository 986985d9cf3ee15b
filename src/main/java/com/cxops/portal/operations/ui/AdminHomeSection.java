package com.cxops.portal.operations.ui;

import com.cxops.portal.audit.AuditEntry;
import com.cxops.portal.audit.AuditFilter;
import com.cxops.portal.audit.AuditService;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.HomeSection;
import com.cxops.portal.notifications.MailOutboxService;
import com.cxops.portal.sla.DutyRosterService;
import com.cxops.portal.sla.Interval;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Home "My work" for administrators: what needs them today — mails that could not be sent, times ahead with nobody
 * on duty for major complaints, and the settings changed lately (by whom), each with the way to its admin page.
 */
@org.springframework.stereotype.Component
class AdminHomeSection implements HomeSection {

    /** How far back "changed lately" reaches, and how many changes are listed. */
    static final Duration RECENT = Duration.ofDays(7);
    static final int RECENT_ROWS = 10;
    private static final int GAPS_LISTED = 3;

    private final MailOutboxService outbox;
    private final DutyRosterService roster;
    private final AuditService audit;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;

    AdminHomeSection(MailOutboxService outbox, DutyRosterService roster, AuditService audit, CurrentUser user,
                     TranslationProvider i18n, Clock clock) {
        this.outbox = outbox;
        this.roster = roster;
        this.audit = audit;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Component create() {
        VerticalLayout section = new VerticalLayout(new H3(t("home.admin")));
        section.setPadding(false);
        section.setId("home-section-admin");

        MailOutboxService.Backlog backlog = outbox.backlog();
        Span mails = new Span(backlog.failed() > 0 ? t("home.admin.mail-failed", backlog.failed(), backlog.pending())
                : t("home.admin.mail-ok", backlog.pending()));
        mails.setId("home-admin-mail");
        if (backlog.failed() > 0) {
            mails.addClassName("cx-form-error");
        }
        section.add(line(mails, "admin/outbox", "home.admin.open-outbox"));

        List<Interval> gaps = roster.gapsAhead();
        Span duty = new Span(gaps.isEmpty() ? t("home.admin.roster-ok", roster.lookaheadDays())
                : t("home.admin.roster-gaps", gaps.size(), roster.lookaheadDays(), gaps.stream().limit(GAPS_LISTED)
                .map(g -> Formats.dateTime(g.start(), user.zone(), user.locale()) + " – " + Formats.dateTime(g.end(), user.zone(), user.locale()))
                .reduce((a, b) -> a + "; " + b).orElse("")));
        duty.setId("home-admin-roster");
        if (!gaps.isEmpty()) {
            duty.addClassName("cx-form-error");
        }
        section.add(line(duty, "admin/duty-roster", "home.admin.open-roster"));

        Grid<AuditEntry> changes = new Grid<>();
        changes.setId("home-admin-settings");
        changes.addColumn(e -> Formats.dateTime(e.getOccurredAt(), user.zone(), user.locale()))
                .setHeader(t("home.admin.changed-at")).setKey("when").setAutoWidth(true);
        changes.addColumn(AuditEntry::getActor).setHeader(t("home.admin.changed-by")).setKey("who").setAutoWidth(true);
        changes.addColumn(e -> settingName(e.getRecordId())).setHeader(t("home.admin.setting")).setKey("setting");
        changes.addColumn(AuditEntry::getDetails).setHeader(t("home.admin.change")).setKey("change");
        changes.setItems(audit.search(new AuditFilter(null, "SETTING_CHANGED", "Setting", null,
                        clock.instant().minus(RECENT), null),
                PageRequest.of(0, RECENT_ROWS, Sort.by(Sort.Direction.DESC, "occurredAt"))).getContent());
        changes.setAllRowsVisible(true);
        changes.setEmptyStateText(t("home.admin.no-changes", RECENT.toDays()));
        section.add(new H3(t("home.admin.recent-settings", RECENT.toDays())), changes, new Anchor("admin/settings", t("home.admin.open-settings")));
        return section;
    }

    /** A setting's key with its description when the bundle has one ("setting.<key>"). */
    private String settingName(String key) {
        String description = i18n.translate(user.locale(), "setting." + key);
        return description.startsWith("!") ? key : description;
    }

    private Component line(Span text, String route, String linkKey) {
        VerticalLayout line = new VerticalLayout(text, new Anchor(route, t(linkKey)));
        line.setPadding(false);
        line.setSpacing(false);
        return line;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean visibleTo(CurrentUser u) {
        return u.hasRole(Role.Names.ADMIN);
    }

    private String t(String key, Object... params) {
        return i18n.translate(user.locale(), key, params);
    }
}
