package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Map;
import java.util.function.Consumer;

/** The complaint page's dialogs: set the tier by hand, assign, and the progress summary to copy. */
final class ComplaintDialogs {

    private ComplaintDialogs() {
    }

    /** A new tier with the reason for it; Save is enabled once the tier differs and a reason is given. */
    static void changeTier(ComplaintWorkflowService workflow, Complaint complaint, CurrentUser user, Runnable reload) {
        Dialog d = new Dialog();
        d.setId("tier-dialog");
        d.setHeaderTitle(t("complaint.change-tier"));
        Select<Tier> tier = new Select<>();
        tier.setId("tier-select");
        tier.setLabel(t("complaint.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(x -> x == null ? "" : t(x.messageKey()));
        tier.setValue(complaint.getTier());
        TextField reason = new TextField(t("complaint.tier-reason"));
        reason.setId("tier-reason");
        reason.setMaxLength(Complaint.TIER_CHANGE_REASON_MAX);
        reason.setWidthFull();
        long version = complaint.getVersion();
        Button ok = new Button(t("action.save"), e -> {
            try {
                workflow.changeTier(complaint.getId(), tier.getValue(), reason.getValue(), version);
                d.close();
                reload.run();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("tier", tier, "reason", reason));
            } catch (ConcurrentEditException ex) {
                d.close();
                ConflictDialog.open(ex, user, reload);
            }
        });
        ok.setId("tier-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setEnabled(false);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> ok.setEnabled(!e.getValue().isBlank() && tier.getValue() != complaint.getTier()));
        tier.addValueChangeListener(e -> ok.setEnabled(!reason.getValue().isBlank() && e.getValue() != complaint.getTier()));
        d.add(new VerticalLayout(tier, reason));
        d.getFooter().add(new Button(t("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    /** Assigns (or, left empty, unassigns) the complaint, optionally to a team; {@code act} runs it and reports. */
    static void assign(ComplaintAssignmentService assignment, TeamService teams, Complaint complaint, Consumer<Runnable> act) {
        Dialog d = new Dialog();
        d.setId("assign-dialog");
        d.setHeaderTitle(t("complaint.assign"));
        ComboBox<StaffDirectory.StaffContact> who = new ComboBox<>(t("complaint.assignee"), assignment.assignableStaff());
        who.setId("assign-staff");
        who.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        who.setClearButtonVisible(true);
        ComboBox<Team> team = new ComboBox<>(t("complaint.team"), teams.list());
        team.setId("assign-team");
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        long version = complaint.getVersion();
        Button ok = new Button(t("complaint.assign"), e -> {
            d.close();
            act.accept(() -> assignment.assign(complaint.getId(), who.getValue() == null ? null : who.getValue().id(),
                    team.getValue() == null ? null : team.getValue().getId(), version));
        });
        ok.setId("assign-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(who, team));
        d.getFooter().add(new Button(t("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    /** Shows the customer-visible steps as text to copy, and puts it on the clipboard where the browser allows it. */
    static void progressSummary(String text) {
        Dialog d = new Dialog();
        d.setId("summary-dialog");
        d.setHeaderTitle(t("complaint.copy-summary"));
        TextArea area = new TextArea();
        area.setId("summary-text");
        area.setValue(text);
        area.setReadOnly(true);
        area.setWidth("40em");
        d.add(area);
        d.getFooter().add(new Button(t("complaint.dialog.close"), e -> d.close()));
        d.open();
        UI.getCurrent().getPage().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0).catch(() => {}); }", text);
    }

    private static String t(String key, Object... args) {
        return Toasts.translate(key, args);
    }
}
