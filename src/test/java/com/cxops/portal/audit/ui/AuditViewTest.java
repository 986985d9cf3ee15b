package com.cxops.portal.audit.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.audit.AuditEntry;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTestBase {

    @Autowired
    AuditTrail audit;

    @Test
    void manager_filters_the_trail_by_person_and_record() {
        String actor = unique("act");
        audit.recordAs(actor, "THING_CHANGED", "Thing", 41, "a -> b");
        audit.recordAs(actor, "THING_CHANGED", "Thing", 42, "b -> c");
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate(AuditView.class);
        _setValue(_get(TextField.class, s -> s.withId("audit-actor")), actor);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, s -> s.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).getRecordId()).isEqualTo("42");
        _setValue(_get(TextField.class, s -> s.withId("audit-record-id")), "41");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getDetails()).isEqualTo("a -> b");
    }
}
