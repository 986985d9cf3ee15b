package com.cxops.portal.sla.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.sla.SlaSelfCheck;
import com.cxops.portal.sla.SlaTargetKind;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SlaDataCheckViewTest extends KaribuTestBase {

    @Test
    void an_administrator_sees_the_differences_of_a_check_with_words_not_codes() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/sla-check");
        SlaDataCheckView view = _get(SlaDataCheckView.class);
        _setValue(_get(DatePicker.class, s -> s.withId("sla-check-from")), LocalDate.of(2001, 1, 2));
        _setValue(_get(DatePicker.class, s -> s.withId("sla-check-to")), LocalDate.of(2001, 1, 1));
        view.start();
        assertThat(_get(DatePicker.class, s -> s.withId("sla-check-to")).isInvalid()).isTrue();

        view.show(new SlaSelfCheck.Report(3, 7, List.of(new SlaSelfCheck.Difference(42, "CX-2001-000042", SlaTargetKind.FIRST_RESPONSE,
                "dueAt", "2001-01-01T02:00:00Z", "2001-01-01T03:00:00Z")), false));
        assertThat(GridKt._size(view.differences)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.differences, 0, "target")).isEqualTo("First response");
        assertThat(GridKt._getFormatted(view.differences, 0, "field")).isEqualTo("Due");
        assertThat(view.summary.getText()).isEqualTo("3 complaints and 7 targets checked: 1 differences.");
    }
}
