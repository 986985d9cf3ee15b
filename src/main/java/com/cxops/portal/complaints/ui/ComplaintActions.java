package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.customers.CustomerService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.Map;
import java.util.Optional;

/**
 * The complaint page's action bar: take, the next workflow steps (a step that cannot succeed now is disabled and
 * says why beside it), edit, change tier, assign, the executive's acknowledgement and the progress summary to copy.
 * Only the actions the person may take are shown; the services check again.
 */
final class ComplaintActions extends HorizontalLayout {

    /** The services the actions call. */
    record Services(ComplaintService complaints, ComplaintIntakeService intake, ComplaintWorkflowService workflow,
                    ComplaintAssignmentService assignment, CustomerService customers, TeamService teams) {
    }

    private final transient CurrentUser user;
    private final transient Runnable reload;

    /** @param reload reloads the page after an action, or when someone else changed the complaint */
    ComplaintActions(Services services, Complaint complaint, ComplaintService.Permissions can, CurrentUser user, Runnable reload) {
        this.user = user;
        this.reload = reload;
        long id = complaint.getId();
        setId("complaint-actions");
        setWrap(true);
        boolean closed = complaint.getStatus() == ComplaintStatus.CLOSED;
        if (can.take() && !closed) {
            add(button("complaint-take", "complaint.take", () -> services.assignment().take(id), true));
        }
        if (can.work()) {
            Map<ComplaintStatus, Optional<String>> steps = services.workflow().nextSteps(id);
            for (ComplaintStatus next : steps.keySet()) {
                long version = complaint.getVersion();
                Button b = button("transition-" + next.name(), "complaint.to." + next.name(),
                        () -> services.workflow().transition(id, next, version), false);
                add(b);
                // UI.md: an action that cannot succeed now is disabled, with the reason
                steps.get(next).ifPresent(key -> {
                    b.setEnabled(false);
                    b.setTooltipText(getTranslation(key));
                    Span why = new Span(getTranslation(key));
                    why.setId("transition-" + next.name() + "-reason");
                    why.addClassName("cx-action-reason");
                    add(why);
                });
            }
        }
        if (can.work() && !closed) {
            Button edit = new Button(getTranslation("complaint.edit"), e -> new IntakeDialog(services.intake(), services.customers(),
                    services.teams().list(), user, complaint, saved -> reload.run()).open());
            edit.setId("complaint-edit");
            Button tier = new Button(getTranslation("complaint.change-tier"),
                    e -> ComplaintDialogs.changeTier(services.workflow(), complaint, user, reload));
            tier.setId("complaint-change-tier");
            add(edit, tier);
        }
        if (can.assign() && !closed) {
            Button assign = new Button(getTranslation("complaint.assign"),
                    e -> ComplaintDialogs.assign(services.assignment(), services.teams(), complaint, this::act));
            assign.setId("complaint-assign");
            add(assign);
        }
        if (can.executiveAck()) {
            add(button("complaint-exec-ack", "complaint.exec-ack.action", () -> services.workflow().acknowledgeAsExecutive(id), true));
        }
        Button copy = new Button(getTranslation("complaint.copy-summary"),
                e -> ComplaintDialogs.progressSummary(services.complaints().progressSummary(id, user.locale(), user.zone())));
        copy.setId("complaint-copy-summary");
        add(copy);
    }

    private Button button(String id, String key, Runnable action, boolean primary) {
        Button b = new Button(getTranslation(key), e -> act(action));
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** Runs an action and shows the result; refusals and conflicts are explained, and the page is reloaded. */
    private void act(Runnable action) {
        try {
            action.run();
            Toasts.success(getTranslation("complaint.done"));
            reload.run();
        } catch (InvalidInputException e) {
            Toasts.error(e.firstMessage(this::getTranslation));
        } catch (ConcurrentEditException e) {
            ConflictDialog.open(e, user, reload);
        }
    }
}
