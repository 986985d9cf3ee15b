package com.cxops.portal.base.ui;

/**
 * A screen that reloads what it lists when the person opens it again from the menu while it is open (clicks
 * "Complaints" to see what came in): Vaadin keeps the route's view instance for a navigation to the route already
 * shown, so without this the click would show the same rows. {@link MainLayout} calls it.
 */
public interface RefreshOnReentry {

    void refreshOnReentry();
}
