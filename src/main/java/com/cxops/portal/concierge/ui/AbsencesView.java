package com.cxops.portal.concierge.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.concierge.Absence;
import com.cxops.portal.concierge.AbsenceForm;
import com.cxops.portal.concierge.AbsenceService;
import com.cxops.portal.concierge.HandOver;
import com.cxops.portal.concierge.HandOverService;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.tasks.ui.TaskGrids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Absences with a deputy: record one, see current ones, and the open tasks to hand over before leaving. */
@Route("concierge/absences")
@Menu(order = 24, title = "concierge.menu.absences", icon = "vaadin:airplane")
@RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
public class AbsencesView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<StaffDirectory.StaffContact> person = new ComboBox<>();
    final ComboBox<StaffDirectory.StaffContact> deputy = new ComboBox<>();
    final DatePicker startsOn = FieldTexts.apply(new DatePicker());
    final DatePicker endsOn = FieldTexts.apply(new DatePicker());
    final TextField note = new TextField();
    final Button save = new Button();
    final Grid<Absence> absences = new Grid<>();
    final Grid<TaskRow> handOver;
    private final AbsenceService service;
    private final CurrentUser user;
    private final StaffDirectory staff;
    private final HandOverService handOvers;

    public AbsencesView(AbsenceService service, HandOverService handOvers, TaskService tasks, CurrentUser user, StaffDirectory staff,
                        TranslationProvider i18n, Clock clock) {
        this.handOvers = handOvers;
        this.service = service;
        this.user = user;
        this.staff = staff;
        setSizeFull();
        Locale locale = UI.getCurrent().getLocale();
        List<StaffDirectory.StaffContact> vipManagers = staff.withRole(Role.VIP_MANAGER);
        boolean manager = user.hasRole(Role.Names.MANAGER);
        person.setId("absence-person");
        person.setLabel(getTranslation("concierge.absence.person"));
        person.setItems(vipManagers);
        person.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        person.setVisible(manager);
        deputy.setId("absence-deputy");
        deputy.setLabel(getTranslation("concierge.absence.deputy"));
        deputy.setRequiredIndicatorVisible(true);
        deputy.setItems(vipManagers);
        deputy.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        startsOn.setId("absence-from");
        startsOn.setLabel(getTranslation("concierge.absence.from"));
        startsOn.setRequiredIndicatorVisible(true);
        startsOn.setLocale(locale);
        endsOn.setId("absence-to");
        endsOn.setLabel(getTranslation("concierge.absence.to"));
        endsOn.setRequiredIndicatorVisible(true);
        endsOn.setLocale(locale);
        note.setId("absence-note");
        note.setLabel(getTranslation("concierge.absence.note"));
        note.setMaxLength(Absence.NOTE_MAX);
        save.setText(getTranslation("concierge.absence.save"));
        save.setId("absence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(person, deputy, startsOn, endsOn, note);

        absences.setId("absences-grid");
        absences.addColumn(a -> name(a.getStaffId())).setHeader(getTranslation("concierge.absence.person")).setKey("person");
        absences.addColumn(a -> name(a.getDeputyId())).setHeader(getTranslation("concierge.absence.deputy")).setKey("deputy");
        absences.addColumn(a -> Formats.date(a.getStartsOn(), locale) + " – " + Formats.date(a.getEndsOn(), locale))
                .setHeader(getTranslation("concierge.absence.dates")).setKey("dates").setAutoWidth(true);
        absences.addColumn(a -> a.getNote() == null ? "" : a.getNote()).setHeader(getTranslation("concierge.absence.note")).setKey("note");
        absences.addColumn(new ComponentRenderer<>(a -> {
            Button cancel = new Button(getTranslation("concierge.absence.cancel"), e -> cancel(a));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cancel.setVisible(manager || a.getStaffId() == user.id().orElse(-1L));
            return cancel;
        })).setKey("cancel").setAutoWidth(true).setFlexGrow(0);
        // the absent VIP manager hands over (and takes back) themselves; managers do it for anyone
        absences.addColumn(new ComponentRenderer<>(this::handOverButton)).setKey("handOver").setAutoWidth(true).setFlexGrow(0);
        absences.setEmptyStateText(getTranslation("concierge.absence.empty"));
        absences.setHeight("14em");
        absences.setItems(query -> service.current(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        handOver = TaskGrids.create("absence-hand-over", locale, user.zone(), i18n, clock, false);
        handOver.setEmptyStateText(getTranslation("concierge.absence.hand-over.empty"));
        handOver.setHeight("16em");
        long me = user.id().orElse(-1L);
        if (user.hasRole(Role.Names.VIP_MANAGER)) {
            handOver.setItems(query -> tasks.openOf(me, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        }
        add(new H2(getTranslation("concierge.absences")), form, save, absences);
        if (user.hasRole(Role.Names.VIP_MANAGER)) {
            add(new H3(getTranslation("concierge.absence.hand-over")), handOver);
        }
    }

    /** "Hand everything to the deputy", or "Hand back" once handed over (the absent person or a manager). */
    private Button handOverButton(Absence a) {
        Optional<HandOver> open = handOvers.open(a.getId());
        Button b = new Button(getTranslation(open.isPresent() ? "concierge.absence.hand-back" : "concierge.absence.hand-over-all"));
        b.setId("hand-over-" + a.getId());
        b.setVisible(handOvers.mayHandOver(a.getStaffId()));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClickListener(e -> {
            try {
                HandOver h = open.isPresent() ? handOvers.handBack(open.get().getId()) : handOvers.handOver(a.getId());
                Toasts.success(getTranslation(open.isPresent() ? "concierge.absence.handed-back" : "concierge.absence.handed-over",
                        h.ids(HandOver.Kind.CUSTOMER).size(), h.ids(HandOver.Kind.TASK).size()));
            } catch (InvalidInputException ex) {
                Toasts.error(ex.firstMessage(this::getTranslation));
            }
            absences.getDataProvider().refreshAll();
            handOver.getDataProvider().refreshAll();
        });
        return b;
    }

    private String name(long id) {
        return staff.displayName(id).orElse("");
    }

    void save() {
        AbsenceForm form = new AbsenceForm(person.isVisible() && person.getValue() != null ? person.getValue().id() : null,
                deputy.getValue() == null ? null : deputy.getValue().id(), startsOn.getValue(), endsOn.getValue(), note.getValue());
        try {
            service.record(form);
            Toasts.success(getTranslation("concierge.absence.saved"));
            deputy.clear();
            startsOn.clear();
            endsOn.clear();
            note.clear();
            absences.getDataProvider().refreshAll();
        } catch (InvalidInputException e) {
            FormErrors.show(e, Map.of("staffId", person, "deputyId", deputy, "startsOn", startsOn, "endsOn", endsOn, "note", note));
        }
    }

    private void cancel(Absence a) {
        try {
            service.cancel(a.getId(), a.getVersion());
            absences.getDataProvider().refreshAll();
        } catch (InvalidInputException e) {
            Toasts.error(e.firstMessage(this::getTranslation));
        } catch (ConcurrentEditException e) {
            ConflictDialog.open(e, user, () -> absences.getDataProvider().refreshAll());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("concierge.absences") + " | " + getTranslation("app.name");
    }
}
