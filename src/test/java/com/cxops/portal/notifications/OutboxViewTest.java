package com.cxops.portal.notifications;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.notifications.ui.OutboxView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxViewTest extends KaribuTestBase {

    @Autowired
    OutboxRepository outbox;

    @Test
    void administrator_sees_failed_mail_with_its_error_and_sends_it_again() {
        OutboxMail mail = new OutboxMail(null, unique("bad") + "@example.com", "Subject", "Body", "TEST", Instant.now());
        mail.attemptFailed("550 5.1.1 mailbox unavailable", true, Instant.now(), 1);
        OutboxMail failed = outbox.saveAndFlush(mail);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);

        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = _get(OutboxView.class).getChildren().filter(Grid.class::isInstance).map(c -> (Grid<OutboxMail>) c)
                .findFirst().orElseThrow();
        assertThat(GridKt._findAll(grid)).extracting(OutboxMail::getId).contains(failed.getId());
        OutboxMail shown = GridKt._findAll(grid).stream().filter(m -> m.getId().equals(failed.getId())).findFirst().orElseThrow();
        assertThat(shown.getLastError()).isEqualTo("550 5.1.1 mailbox unavailable");

        int row = GridKt._findAll(grid).indexOf(shown);
        _click((Button) GridKt._getCellComponent(grid, row, "retry"));
        OutboxMail retried = outbox.findById(failed.getId()).orElseThrow();
        assertThat(retried.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.getAttempts()).isZero();
        assertThat(GridKt._findAll(grid)).extracting(OutboxMail::getId).doesNotContain(failed.getId());
    }
}
