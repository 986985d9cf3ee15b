package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.BadgeRenderer;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.complaints.ComplaintRow;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A complaint as a card for a phone-wide queue (UI.md: lists work at 375 px, a card per row): number, tier and SLA
 * badges on the first line, the subject, then customer and status. Rendered in the browser, no component per row.
 */
final class QueueCard {

    private QueueCard() {
    }

    static LitRenderer<ComplaintRow> renderer(ValueProvider<ComplaintRow, SlaBadge.Display> sla, ZoneId zone, Locale locale) {
        return LitRenderer.<ComplaintRow>of("<div class=\"cx-qcard\">"
                        + "<div class=\"cx-qcard-top\"><span class=\"cx-qcard-number\">${item.number}</span>"
                        + "<span class=\"${item.tierClass}\">${item.tier}</span>"
                        + "<span class=\"${item.slaClass}\" title=\"${item.slaTitle}\">${item.sla}</span></div>"
                        + "<div class=\"cx-qcard-subject\">${item.subject}</div>"
                        + "<div class=\"cx-qcard-meta\">${item.meta}</div></div>")
                .withProperty("number", ComplaintRow::number)
                .withProperty("tier", r -> Toasts.translate(r.tier().messageKey()))
                .withProperty("tierClass", r -> BadgeRenderer.classNames("x", Badges.tone(r.tier())))
                .withProperty("sla", r -> sla.apply(r).text())
                .withProperty("slaClass", r -> SlaBadge.classNames(sla.apply(r)))
                .withProperty("slaTitle", r -> SlaBadge.title(r.slaDueAt(), zone, locale))
                .withProperty("subject", ComplaintRow::subject)
                .withProperty("meta", r -> r.customerName() + " · " + Toasts.translate(r.status().messageKey()));
    }
}
