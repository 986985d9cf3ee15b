package com.cxops.portal.base.ui;

import com.cxops.portal.base.CurrentUser;
import com.vaadin.flow.component.Component;

/**
 * A part of the home page ("My work") that a feature contributes: what needs the person now. Spring beans of
 * this type are shown below the greeting in {@link #order()}, each only to those {@link #visibleTo} admits.
 */
public interface HomeSection {

    /** A new component for one home page (called per page view, in the UI thread). */
    Component create();

    int order();

    boolean visibleTo(CurrentUser user);
}
