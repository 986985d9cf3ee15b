package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.complaints.TeamForm;
import com.cxops.portal.complaints.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators set up teams: name, lead and members (their complaint queues). */
@Route("admin/teams")
@Menu(order = 94, title = "menu.admin.teams", icon = "vaadin:group")
@RolesAllowed(Role.Names.ADMIN)
public class TeamsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient TeamService teams;
    private final transient StaffDirectory staff;
    private final transient CurrentUser user;
    final Grid<Team> grid = new Grid<>();

    public TeamsAdminView(TeamService teams, StaffDirectory staff, CurrentUser user) {
        this.teams = teams;
        this.staff = staff;
        this.user = user;
        setSizeFull();
        Button add = new Button(getTranslation("team.new"), VaadinIcon.PLUS.create(), e -> new Editor(null).open());
        add.setId("team-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("teams-grid");
        grid.addColumn(Team::getName).setHeader(getTranslation("team.name"));
        grid.addColumn(t -> t.getLeadId() == null ? "" : name(t.getLeadId())).setHeader(getTranslation("team.lead"));
        grid.addColumn(t -> t.getMemberIds().stream().map(this::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("team.members")).setFlexGrow(3);
        grid.addItemClickListener(e -> new Editor(e.getItem()).open());
        grid.setEmptyStateText(getTranslation("team.empty"));
        refresh();
        add(new H2(getTranslation("menu.admin.teams")), add, grid);
    }

    private void refresh() {
        grid.setItems(teams.list());
    }

    private String name(long id) {
        return staff.find(id).map(StaffDirectory.StaffContact::displayName).orElse("#" + id);
    }

    private List<StaffDirectory.StaffContact> people() {
        List<StaffDirectory.StaffContact> all = new ArrayList<>();
        for (Role r : List.of(Role.AGENT, Role.MANAGER, Role.VIP_MANAGER)) {
            staff.withRole(r).stream().filter(s -> all.stream().noneMatch(a -> a.id() == s.id())).forEach(all::add);
        }
        return all;
    }

    class Editor extends Dialog {
        final TextField name = new TextField(getTranslation("team.name"));
        final ComboBox<StaffDirectory.StaffContact> lead = new ComboBox<>(getTranslation("team.lead"));
        final MultiSelectComboBox<StaffDirectory.StaffContact> members = new MultiSelectComboBox<>(getTranslation("team.members"));
        final Button save = new Button(getTranslation("action.save"));

        Editor(Team existing) {
            setId("team-editor");
            setHeaderTitle(getTranslation(existing == null ? "team.new" : "team.edit"));
            TeamForm form = existing == null ? new TeamForm() : TeamForm.of(existing);
            List<StaffDirectory.StaffContact> people = people();
            name.setId("team-name");
            name.setValueChangeMode(ValueChangeMode.EAGER);
            lead.setId("team-lead");
            lead.setItems(people);
            lead.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
            lead.setClearButtonVisible(true);
            members.setId("team-members");
            members.setItems(people);
            members.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
            BeanValidationBinder<TeamForm> binder = new BeanValidationBinder<>(TeamForm.class);
            binder.forField(name).bind("name");
            binder.forField(lead).bind(f -> people.stream().filter(p -> Long.valueOf(p.id()).equals(f.getLeadId())).findFirst().orElse(null),
                    (f, v) -> f.setLeadId(v == null ? null : v.id()));
            binder.forField(members).bind(f -> people.stream().filter(p -> f.getMemberIds().contains(p.id())).collect(Collectors.toSet()),
                    (f, v) -> f.setMemberIds(v.stream().map(StaffDirectory.StaffContact::id).collect(Collectors.toSet())));
            binder.setBean(form);
            save.setId("team-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // UI.md: Save stays enabled; a click shows every wrong field beside it and saves nothing until all are right
            save.addClickListener(e -> {
                if (!binder.validate().isOk()) {
                    return;
                }
                try {
                    if (existing == null) {
                        teams.create(form);
                    } else {
                        teams.update(existing.getId(), form);
                    }
                    Toasts.success(getTranslation("team.saved", form.getName().trim()));
                    close();
                    refresh();
                } catch (InvalidInputException ex) {
                    FormErrors.show(ex, Map.of("name", name, "leadId", lead, "memberIds", members));
                } catch (ConcurrentEditException ex) {
                    ConflictDialog.open(ex, user, () -> {
                        close();
                        refresh();
                        teams.find(existing.getId()).ifPresent(t -> new Editor(t).open());
                    });
                }
            });
            add(new FormLayout(name, lead, members));
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.teams") + " | " + getTranslation("app.name");
    }
}
