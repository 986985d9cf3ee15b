package com.cxops.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's piece of the shell header (e.g. the notification bell). Each UI gets its own component instance.
 * Lower order stands further left.
 */
public interface HeaderContributor {

    Component create();

    default int order() {
        return 0;
    }
}
