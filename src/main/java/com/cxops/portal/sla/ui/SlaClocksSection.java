package com.cxops.portal.sla.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ui.ComplaintSection;
import com.cxops.portal.sla.SlaClock;
import com.cxops.portal.sla.SlaClockReadService;
import com.cxops.portal.sla.SlaPause;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The complaint page's service-level clocks: each target with its state, due time and business time, and the pauses. */
@org.springframework.stereotype.Component
class SlaClocksSection implements ComplaintSection {

    private final SlaClockReadService clocks;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;

    SlaClocksSection(SlaClockReadService clocks, CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.clocks = clocks;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "sla.clocks.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(Complaint complaint) {
        Locale locale = UI.getCurrent().getLocale();
        Instant now = clock.instant();
        SlaClockReadService.ClocksAndPauses both = clocks.clocksAndPausesOf(complaint.getId());
        List<SlaClock> rows = both.clocks();
        List<SlaPause> pauses = both.pauses();

        Grid<SlaClock> grid = new Grid<>();
        grid.setId("sla-clocks");
        grid.addColumn(c -> i18n.translate(locale, c.getKind().messageKey())).setHeader(i18n.translate(locale, "sla.clocks.target")).setKey("target");
        grid.addComponentColumn(c -> state(c, now, locale)).setHeader(i18n.translate(locale, "sla.clocks.state")).setKey("state");
        grid.addColumn(c -> Formats.dateTime(c.getDueAt(), user.zone(), locale)).setHeader(i18n.translate(locale, "sla.clocks.due")).setKey("due");
        grid.addColumn(c -> Formats.dateTime(c.getStartedAt(), user.zone(), locale)).setHeader(i18n.translate(locale, "sla.clocks.started")).setKey("started");
        grid.addColumn(c -> c.getBusinessMinutes() == null ? "" : SlaBadge.duration(java.time.Duration.ofMinutes(c.getBusinessMinutes()), locale, i18n))
                .setHeader(i18n.translate(locale, "sla.clocks.business-time")).setKey("business");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(i18n.translate(locale, "sla.clocks.none"));

        VerticalLayout section = new VerticalLayout(grid);
        section.setPadding(false);
        if (!pauses.isEmpty()) {
            Span paused = new Span(i18n.translate(locale, "sla.clocks.pauses", pauses.stream()
                    .map(p -> Formats.dateTime(p.getStartedAt(), user.zone(), locale) + " – "
                            + (p.getEndedAt() == null ? i18n.translate(locale, "sla.clocks.pause-open") : Formats.dateTime(p.getEndedAt(), user.zone(), locale)))
                    .collect(Collectors.joining("; "))));
            paused.setId("sla-pauses");
            section.add(paused);
        }
        return section;
    }

    private Span state(SlaClock c, Instant now, Locale locale) {
        Span badge;
        if (c.getMetAt() != null) {
            badge = new Span(i18n.translate(locale, c.isBreached() ? "sla.clocks.met-late" : "sla.clocks.met",
                    Formats.dateTime(c.getMetAt(), user.zone(), locale)));
            badge.addClassNames("cx-badge", c.isBreached() ? "error" : "success");
            return badge;
        }
        if (c.getCancelledAt() != null) {
            badge = new Span(i18n.translate(locale, c.isBreached() ? "sla.clocks.cancelled-late" : "sla.clocks.cancelled",
                    Formats.dateTime(c.getCancelledAt(), user.zone(), locale)));
            badge.addClassNames("cx-badge", c.isBreached() ? "error" : "contrast");
            return badge;
        }
        SlaBadge.Display display = SlaBadge.display(c.getDueAt(), c.getWarnAt(), c.getPausedSince(), now, user.zone(), locale, i18n);
        return SlaBadge.create(display, c.getDueAt(), user.zone(), locale);
    }
}
