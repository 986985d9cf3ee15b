package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.base.ui.UnsavedInput;
import com.cxops.portal.complaints.ComplaintFilter;
import com.cxops.portal.complaints.ComplaintQueueService;
import com.cxops.portal.complaints.ComplaintRow;
import com.cxops.portal.complaints.SavedFilter;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.Team;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The queue's two dialogs: save the current filters under a name, and assign the selected complaints. */
final class QueueDialogs {

    private QueueDialogs() {
    }

    static Dialog saveFilter(ComplaintQueueService service, Supplier<ComplaintFilter> filter, Runnable saved) {
        Dialog d = new Dialog();
        d.setId("save-filter-dialog");
        d.setHeaderTitle(t("complaint.save-filter"));
        TextField name = new TextField(t("complaint.filter-name"));
        name.setId("filter-name");
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(t("form.at-most", SavedFilter.NAME_MAX));
        Button ok = new Button(t("action.save"), e -> {
            try {
                service.saveFilter(name.getValue(), filter.get());
                saved.run();
                Toasts.success(t("complaint.filter-saved", name.getValue().trim()));
                d.close();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("name", name));
            }
        });
        ok.setId("filter-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(name);
        d.getFooter().add(new Button(t("action.cancel"), e -> d.close()), ok);
        UnsavedInput.guard(d, name);
        d.open();
        return d;
    }

    static Dialog bulkAssign(ComplaintAssignmentService service, Set<ComplaintRow> selected, List<StaffDirectory.StaffContact> workers,
                             List<Team> teams, Runnable done) {
        Dialog d = new Dialog();
        d.setId("bulk-assign-dialog");
        d.setHeaderTitle(t("queue.bulk.title", selected.size()));
        ComboBox<StaffDirectory.StaffContact> who = new ComboBox<>(t("complaint.assignee"), workers);
        who.setId("bulk-assignee");
        who.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        ComboBox<Team> toTeam = new ComboBox<>(t("complaint.team"), teams);
        toTeam.setItemLabelGenerator(Team::getName);
        toTeam.setClearButtonVisible(true);
        Button ok = new Button(t("complaint.assign"), e -> {
            try {
                int changed = service.bulkAssign(selected.stream().map(ComplaintRow::id).toList(),
                        who.getValue() == null ? null : who.getValue().id(), toTeam.getValue() == null ? null : toTeam.getValue().getId());
                Toasts.success(t("queue.bulk.result", changed, selected.size() - changed));
                done.run();
                d.close();
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("assignee", who, "team", toTeam));
            }
        });
        ok.setId("bulk-assign-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(who, toTeam));
        d.getFooter().add(new Button(t("action.cancel"), e -> d.close()), ok);
        UnsavedInput.guard(d, who, toTeam);
        d.open();
        return d;
    }

    private static String t(String key, Object... args) {
        return Toasts.translate(key, args);
    }
}
