package com.cxops.portal.concierge.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.concierge.RightsService;
import com.cxops.portal.concierge.VipRight;
import com.cxops.portal.concierge.VipRightUse;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.ui.TaskSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** On a service-request task: which VIP right it uses, whether delivering it needs approval, and the approval. */
@org.springframework.stereotype.Component
class RightApprovalSection implements TaskSection {

    private final RightsService rights;
    private final CurrentUser user;
    private final StaffDirectory staff;
    private final TranslationProvider i18n;

    RightApprovalSection(RightsService rights, CurrentUser user, StaffDirectory staff, TranslationProvider i18n) {
        this.rights = rights;
        this.user = user;
        this.staff = staff;
        this.i18n = i18n;
    }

    @Override
    public boolean appliesTo(TaskRow task) {
        return TaskType.SERVICE_REQUEST.equals(task.typeCode()) && rights.useOfTask(task.id()).isPresent();
    }

    @Override
    public Component create(TaskRow task, Runnable reload) {
        Locale locale = UI.getCurrent().getLocale();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("task-right");
        VipRightUse use = rights.useOfTask(task.id()).orElseThrow();
        Optional<VipRight> right = rights.catalogue().stream().filter(r -> r.getId().equals(use.getRightId())).findFirst();
        box.add(new Paragraph(i18n.translate(locale, "concierge.approval.right", right.map(r -> r.name(locale)).orElse(""))));
        if (use.isApproved()) {
            box.add(new Paragraph(i18n.translate(locale, "concierge.approval.approved", staff.displayName(use.getApprovedBy()),
                    use.getApprovalNote())));
        } else if (task.status().isOpen() && rights.needsApproval(task.id())) {
            Paragraph needed = new Paragraph(i18n.translate(locale, "concierge.approval.needed"));
            needed.setId("task-right-needs-approval");
            box.add(needed);
            if (user.hasRole(Role.Names.MANAGER)) {
                TextField note = new TextField(i18n.translate(locale, "concierge.approval.note"));
                note.setId("task-right-approval-note");
                note.setMaxLength(VipRightUse.APPROVAL_NOTE_MAX);
                Button approve = new Button(i18n.translate(locale, "concierge.approval.approve"));
                approve.setId("task-right-approve");
                approve.addClickListener(e -> {
                    try {
                        rights.approve(task.id(), note.getValue());
                        reload.run();
                    } catch (InvalidInputException ex) {
                        FormErrors.show(ex, Map.of("note", note));
                    }
                });
                box.add(note, approve);
            }
        }
        return box;
    }
}
