package com.cxops.portal.sla.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.base.ui.StaticHtml;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ui.ComplaintSection;
import com.cxops.portal.sla.SlaClock;
import com.cxops.portal.sla.SlaClockReadService;
import com.cxops.portal.sla.SlaPause;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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

        List<String> headers = List.of(i18n.translate(locale, "sla.clocks.target"), i18n.translate(locale, "sla.clocks.state"),
                i18n.translate(locale, "sla.clocks.due"), i18n.translate(locale, "sla.clocks.started"),
                i18n.translate(locale, "sla.clocks.business-time"));
        List<List<StaticHtml.Cell>> cells = rows.stream().map(c -> List.of(
                StaticHtml.Cell.text(i18n.translate(locale, c.getKind().messageKey())),
                state(c, now, locale),
                StaticHtml.Cell.text(Formats.dateTime(c.getDueAt(), user.zone(), locale)),
                StaticHtml.Cell.text(Formats.dateTime(c.getStartedAt(), user.zone(), locale)),
                StaticHtml.Cell.text(c.getBusinessMinutes() == null ? ""
                        : SlaBadge.duration(java.time.Duration.ofMinutes(c.getBusinessMinutes()), locale, i18n)))).toList();
        StaticHtml table = StaticHtml.table("sla-clocks", headers, cells, i18n.translate(locale, "sla.clocks.none"));

        VerticalLayout section = new VerticalLayout(table);
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

    private StaticHtml.Cell state(SlaClock c, Instant now, Locale locale) {
        if (c.getMetAt() != null) {
            return StaticHtml.Cell.badge(i18n.translate(locale, c.isBreached() ? "sla.clocks.met-late" : "sla.clocks.met",
                    Formats.dateTime(c.getMetAt(), user.zone(), locale)), c.isBreached() ? "error" : "success", null);
        }
        if (c.getCancelledAt() != null) {
            return StaticHtml.Cell.badge(i18n.translate(locale, c.isBreached() ? "sla.clocks.cancelled-late" : "sla.clocks.cancelled",
                    Formats.dateTime(c.getCancelledAt(), user.zone(), locale)), c.isBreached() ? "error" : "contrast", null);
        }
        SlaBadge.Display display = SlaBadge.display(c.getDueAt(), c.getWarnAt(), c.getPausedSince(), now, user.zone(), locale, i18n);
        return new StaticHtml.Cell(display.text(), SlaBadge.classNames(display), SlaBadge.title(c.getDueAt(), user.zone(), locale), null);
    }
}
