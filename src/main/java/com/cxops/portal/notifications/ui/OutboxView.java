package com.cxops.portal.notifications.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.notifications.MailOutboxService;
import com.cxops.portal.notifications.OutboxMail;
import com.cxops.portal.notifications.OutboxStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrators watch the mail outbox: failed mail with its error, and send it again. Shows failed mail first. */
@Route("admin/outbox")
@Menu(order = 96, title = "menu.admin.outbox", icon = "vaadin:envelopes")
@RolesAllowed(Role.Names.ADMIN)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Select<OutboxStatus> status = new Select<>();
    final Grid<OutboxMail> grid = new Grid<>();

    private final Map<Long, MailOutboxService.AttachmentInfo> attachments = new HashMap<>();
    private final MailOutboxService service;
    private final CurrentUser user;

    public OutboxView(MailOutboxService service, CurrentUser user) {
        this.service = service;
        this.user = user;
        setSizeFull();
        status.setId("outbox-status");
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(Arrays.asList(OutboxStatus.values()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.status.all") : getTranslation(s.messageKey()));
        status.setValue(OutboxStatus.FAILED);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("outbox-grid");
        grid.addComponentColumn(m -> {
            Span s = new Span(getTranslation(m.getStatus().messageKey()));
            s.addClassNames("cx-badge", switch (m.getStatus()) {
                case FAILED -> "error";
                case PENDING -> "warning";
                case SENT, SENT_TO_LOG -> "success";
            });
            return s;
        }).setHeader(getTranslation("outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::getEmail).setHeader(getTranslation("outbox.email")).setAutoWidth(true);
        grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
        grid.addColumn(m -> Formats.dateTime(m.getCreatedAt(), user.zone(), user.locale())).setHeader(getTranslation("outbox.created"));
        grid.addColumn(OutboxMail::getAttempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.getStatus() == OutboxStatus.PENDING ? Formats.dateTime(m.getNextAttemptAt(), user.zone(), user.locale()) : "")
                .setHeader(getTranslation("outbox.next-attempt"));
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("outbox.last-error")).setFlexGrow(1);
        grid.addComponentColumn(this::attachment).setHeader(getTranslation("outbox.attachment")).setKey("attachment").setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Button retry = new Button(getTranslation("outbox.retry"), e -> {
                try {
                    service.retry(m.getId(), m.getVersion());
                    Toasts.success(getTranslation("outbox.retried", m.getEmail()));
                } catch (InvalidInputException ex) {
                    FormErrors.show(ex, Map.of());
                } catch (ConcurrentEditException ex) {
                    ConflictDialog.open(ex, user, () -> grid.getDataProvider().refreshAll());
                }
                grid.getDataProvider().refreshAll();
            });
            retry.setId("outbox-retry-" + m.getId());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setVisible(m.getStatus() == OutboxStatus.FAILED);
            return retry;
        }).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> {
            List<OutboxMail> page = service.page(status.getValue(), PageRequest.of(query.getPage(), query.getPageSize(),
                    Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))).getContent();
            // name and size of the page's attachments in one read, not their bytes
            attachments.putAll(service.attachments(page));
            return page.stream();
        });
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        add(new H2(getTranslation("menu.admin.outbox")), status, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.outbox") + " | " + getTranslation("app.name");
    }

    /** The mail's attachment: its name and size, a link that downloads it (administrators only, audited). */
    private Component attachment(OutboxMail m) {
        MailOutboxService.AttachmentInfo a = attachments.get(m.getId());
        if (a == null) {
            return new Span();
        }
        String kb = Formats.number(BigDecimal.valueOf(a.sizeBytes()).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP), user.locale());
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            MailOutboxService.AttachmentFile f = service.downloadAttachment(m.getId());
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(), f.content().length);
        }), getTranslation("outbox.attachment.size", a.fileName(), kb));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", getTranslation("outbox.attachment.download", a.fileName()));
        link.setId("outbox-attachment-" + m.getId());
        return link;
    }
}
