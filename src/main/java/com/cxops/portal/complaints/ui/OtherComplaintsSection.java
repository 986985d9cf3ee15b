package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.StaticHtml;
import com.cxops.portal.complaints.ComplaintRow;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/**
 * The customer's other complaints the person may read, newest first; the number and subject open one. A read-only
 * table, not a grid: at most {@link ComplaintView#OTHER_COMPLAINTS} rows, and a grid's state costs about 40 KB of
 * every open complaint page (the customer page lists them all, in a grid).
 */
final class OtherComplaintsSection extends VerticalLayout {

    OtherComplaintsSection(List<ComplaintRow> others, ComplaintText text) {
        add(new H3(getTranslation("complaint.other-complaints")));
        setPadding(false);
        List<List<StaticHtml.Cell>> rows = others.stream().map(c -> List.of(
                StaticHtml.Cell.link(c.number(), "complaints/" + c.id()),
                StaticHtml.Cell.badge(getTranslation(c.tier().messageKey()), Badges.tone(c.tier()), null),
                StaticHtml.Cell.text(getTranslation(c.status().messageKey())),
                StaticHtml.Cell.link(c.subject(), "complaints/" + c.id()).wrapping(),
                StaticHtml.Cell.text(text.when(c.createdAt())))).toList();
        add(StaticHtml.table("other-complaints", List.of(getTranslation("complaint.number"), getTranslation("complaint.tier"),
                getTranslation("complaint.status"), getTranslation("complaint.subject"), getTranslation("complaint.created")),
                rows, getTranslation("complaint.other-complaints.empty")));
    }
}
