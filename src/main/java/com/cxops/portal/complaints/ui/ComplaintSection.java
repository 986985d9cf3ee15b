package com.cxops.portal.complaints.ui;

import com.cxops.portal.complaints.Complaint;
import com.vaadin.flow.component.Component;

/**
 * A section of the complaint page contributed by another feature (e.g. the service-level clocks), so that complaints
 * never depend on it. Declare it as a Spring bean; the page shows the sections by {@link #order()} under their titles,
 * after the key facts and actions. The contributing service checks that the viewer may read the complaint.
 */
public interface ComplaintSection {

    /** Message key of the section title. */
    String titleKey();

    int order();

    Component create(Complaint complaint);
}
