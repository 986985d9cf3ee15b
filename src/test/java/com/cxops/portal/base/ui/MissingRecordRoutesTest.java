package com.cxops.portal.base.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** An address of a record that does not exist says "not found", never "access denied" (which would mislead and leak). */
class MissingRecordRoutesTest extends KaribuTestBase {

    private void assertNotDenied(String route) {
        UI.getCurrent().navigate(route);
        assertThat(_find(AccessDeniedView.class)).as(route).isEmpty();
        String page = _find(H2.class).stream().map(H2::getText).reduce("", String::concat)
                + _find(com.vaadin.flow.component.html.Span.class).stream().map(s -> s.getText() == null ? "" : s.getText()).reduce("", String::concat)
                + _find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()).reduce("", String::concat);
        assertThat(page).as(route).containsAnyOf(t("error.not-found.title"), t("error.not-found"));
    }

    @Test
    void a_missing_complaint_task_or_customer_says_not_found_for_every_role() {
        for (Role role : new Role[]{Role.AGENT, Role.MANAGER, Role.VIP_MANAGER}) {
            loginNew(role);
            assertNotDenied("complaints/999999999");
            assertNotDenied("complaints/not-a-number");
            assertNotDenied("tasks/999999999");
            assertNotDenied("tasks/99999999999999999999999");
            assertNotDenied("customers/999999999");
            assertNotDenied("customers/99999999999999999999999");
            assertNotDenied("no-such-page");
        }
    }
}
