package com.cxops.portal.complaints.ui;

import com.cxops.portal.complaints.ComplaintRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** The customer's other complaints the person may read, newest first; a click opens one. */
final class OtherComplaintsSection extends VerticalLayout {

    OtherComplaintsSection(List<ComplaintRow> others, ComplaintText text) {
        add(new H3(getTranslation("complaint.other-complaints")));
        setPadding(false);
        Grid<ComplaintRow> grid = new Grid<>();
        grid.setId("other-complaints");
        grid.addColumn(ComplaintRow::number).setHeader(getTranslation("complaint.number"));
        grid.addColumn(Badges.tierColumn(ComplaintRow::tier)).setHeader(getTranslation("complaint.tier")).setKey("tier");
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("complaint.status"));
        grid.addColumn(ComplaintRow::subject).setHeader(getTranslation("complaint.subject")).setFlexGrow(2);
        grid.addColumn(c -> text.when(c.createdAt())).setHeader(getTranslation("complaint.created"));
        grid.setItems(others);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("complaint.other-complaints.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().id()));
        add(grid);
    }
}
