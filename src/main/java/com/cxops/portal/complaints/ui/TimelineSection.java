package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.StaticHtml;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.DetailChanges;
import com.cxops.portal.complaints.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;

/**
 * The complaint's history on its page, each step in words with when and who (customer-visible steps marked), and, for
 * those who may add notes, the note form.
 */
final class TimelineSection extends VerticalLayout {

    private final transient ComplaintText text;

    /**
     * @param workflow where a note goes, or null when the person may not add notes
     * @param reload   reloads the page after a note
     */
    TimelineSection(List<TimelineEntry> entries, ComplaintText text, ComplaintWorkflowService workflow, long complaintId,
                    Runnable reload) {
        this.text = text;
        setPadding(false);
        // one read-only element for the whole list (base/ui/StaticHtml): a long timeline keeps no node per line
        StaticHtml.Writer list = new StaticHtml.Writer();
        for (TimelineEntry e : entries) {
            list.open("div", "class", e.isCustomerVisible() ? "cx-timeline-entry customer-visible" : "cx-timeline-entry")
                    .element("span", text.when(e.getOccurredAt()) + " · " + text.name(e.getActor()), "class", "cx-timeline-meta")
                    .element("span", describe(e), "class", "cx-timeline-text");
            if (e.isCustomerVisible()) {
                list.element("span", getTranslation("complaint.customer-visible"), "class", "cx-badge primary");
            }
            list.close("div");
        }
        add(new H3(getTranslation("complaint.timeline")), new StaticHtml("timeline", "cx-timeline", list));
        if (workflow != null) {
            add(noteForm(workflow, complaintId, reload));
        }
    }

    String describe(TimelineEntry e) {
        return switch (e.getKind()) {
            case CREATED -> getTranslation("timeline.created");
            case STATUS -> getTranslation("timeline.status", status(e.getFromValue()), status(e.getToValue()));
            case TIER -> e.getFromValue() == null
                    ? getTranslation("timeline.tier.initial", getTranslation("tier." + e.getToValue()), ComplaintText.tierReason(e.getBody()))
                    : getTranslation("timeline.tier", getTranslation("tier." + e.getFromValue()), getTranslation("tier." + e.getToValue()),
                    ComplaintText.tierReason(e.getBody()));
            case ASSIGNMENT -> e.getToValue() == null ? getTranslation("timeline.unassigned") : getTranslation("timeline.assigned", text.name(e.getToValue()));
            case WATCHER -> getTranslation("timeline.watcher", text.name(e.getToValue()));
            case NOTE -> getTranslation(e.isCustomerVisible() ? "timeline.note.public" : "timeline.note.internal", e.getBody());
            case COMPENSATION -> getTranslation("timeline.compensation", e.getBody());
            case RCA -> getTranslation("timeline.rca", getTranslation("rca.dimension." + e.getToValue()), e.getBody());
            case EXECUTIVE_ACK -> getTranslation("timeline.exec-ack", text.name(e.getToValue()));
            case EDIT -> getTranslation("timeline.edit", DetailChanges.render(e.getBody(), (k, a) -> getTranslation(k, a)));
            case STATEMENT -> getTranslation("sla.statement.timeline", getTranslation("sla.statement.channel." + e.getToValue()), e.getBody());
        };
    }

    private String status(String code) {
        return code == null ? "—" : getTranslation("status." + code);
    }

    private Component noteForm(ComplaintWorkflowService workflow, long complaintId, Runnable reload) {
        TextArea note = new TextArea(getTranslation("complaint.note"));
        note.setId("note-text");
        note.setWidthFull();
        note.setMaxLength(TimelineEntry.BODY_MAX);
        Checkbox visible = new Checkbox(getTranslation("complaint.note.customer-visible"));
        visible.setId("note-visible");
        Button add = new Button(getTranslation("complaint.note.add"), e -> {
            try {
                workflow.addNote(complaintId, note.getValue(), visible.getValue());
                reload.run();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("note", note));
            }
        });
        add.setId("note-add");
        HorizontalLayout row = new HorizontalLayout(visible, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout form = new VerticalLayout(note, row);
        form.setPadding(false);
        return form;
    }
}
