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

    @Autowired
    MailOutboxService service;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void administrator_sees_a_mails_attachment_by_name_and_size_and_downloads_it_audited_which_an_agent_cannot() {
        byte[] workbook = new byte[3 * 1024 + 512];
        java.util.Arrays.fill(workbook, (byte) 7);
        // the outbox stores attachments only inside the transaction that queues their mail
        long attachment = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> service.attach("cx-ops-monthly-2043-02.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
        OutboxMail mail = new OutboxMail(null, unique("pack") + "@example.com", "Monthly pack", "Body", "TEST", Instant.now());
        mail.withAttachment(attachment);
        mail.attemptFailed("552 message too large", true, Instant.now(), 1);
        OutboxMail failed = outbox.saveAndFlush(mail);

        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = _get(OutboxView.class).getChildren().filter(Grid.class::isInstance).map(c -> (Grid<OutboxMail>) c)
                .findFirst().orElseThrow();
        int row = GridKt._findAll(grid).stream().map(OutboxMail::getId).toList().indexOf(failed.getId());
        assertThat(row).isNotNegative();
        com.vaadin.flow.component.html.Anchor link = (com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(grid, row, "attachment");
        assertThat(link.getText()).isEqualTo("cx-ops-monthly-2043-02.xlsx (3.5 KB)");
        assertThat(link.getHref()).isNotBlank();

        MailOutboxService.AttachmentFile file = service.downloadAttachment(failed.getId());
        assertThat(file.content()).isEqualTo(workbook);
        assertThat(file.fileName()).isEqualTo("cx-ops-monthly-2043-02.xlsx");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'MAIL_ATTACHMENT_DOWNLOADED' AND record_id = ?",
                Long.class, String.valueOf(failed.getId()))).isEqualTo(1);

        loginNew(Role.AGENT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.downloadAttachment(failed.getId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
