package com.cxops.portal.complaints.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Page;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue follows the window's width through a listener on the UI's page, which outlives the view: leaving the
 * queue must remove it, or every visit would keep its view (grid and rows) in the session.
 */
class QueueWindowListenerTest extends KaribuTestBase {

    @Test
    void visiting_the_queue_again_and_again_leaves_one_window_listener_not_one_per_visit() throws Exception {
        login(unique("agent"), Role.AGENT);
        UI.getCurrent().navigate("");
        int home = resizeListeners();
        UI.getCurrent().navigate("complaints");
        int once = resizeListeners();
        for (int i = 0; i < 3; i++) {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("complaints");
        }
        assertThat(resizeListeners()).isEqualTo(once).isPositive();
        UI.getCurrent().navigate("");
        assertThat(resizeListeners()).isEqualTo(home);
    }

    /** Vaadin keeps the page's resize listeners in a private list (no public count). */
    private static int resizeListeners() throws ReflectiveOperationException {
        Field f = Page.class.getDeclaredField("resizeListeners");
        f.setAccessible(true);
        List<?> listeners = (List<?>) f.get(UI.getCurrent().getPage());
        return listeners == null ? 0 : listeners.size();
    }
}
