package com.cxops.portal.concierge.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.concierge.ContactChannel;
import com.cxops.portal.concierge.ContactEntry;
import com.cxops.portal.concierge.ContactForm;
import com.cxops.portal.concierge.ContactService;
import com.cxops.portal.concierge.RightRequestForm;
import com.cxops.portal.concierge.RightUsage;
import com.cxops.portal.concierge.RightsService;
import com.cxops.portal.customers.Customer;
import com.cxops.portal.customers.ui.CustomerSection;
import com.cxops.portal.tasks.TaskRow;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.ui.TaskGrids;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Customer 360, concierge: rights used and left this year, open and done tasks, and the contact log. */
@org.springframework.stereotype.Component
class ConciergeCustomerSection implements CustomerSection {

    private final TaskService tasks;
    private final RightsService rights;
    private final ContactService contacts;
    private final CurrentUser user;
    private final TranslationProvider i18n;
    private final Clock clock;
    private final com.cxops.portal.base.settings.ShopSettings shop;

    ConciergeCustomerSection(TaskService tasks, RightsService rights, ContactService contacts, CurrentUser user,
                             TranslationProvider i18n, Clock clock, com.cxops.portal.base.settings.ShopSettings shop) {
        this.shop = shop;
        this.tasks = tasks;
        this.rights = rights;
        this.contacts = contacts;
        this.user = user;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "concierge.section.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(CurrentUser u) {
        return u.hasRole(Role.Names.VIP_MANAGER) || u.hasRole(Role.Names.MANAGER) || u.hasRole(Role.Names.EXECUTIVE);
    }

    @Override
    public Component create(Customer customer) {
        Locale locale = UI.getCurrent().getLocale();
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("concierge-section");
        boolean mayWork = user.hasRole(Role.Names.MANAGER) || user.hasRole(Role.Names.VIP_MANAGER);
        List<RightUsage> usage;
        try {
            usage = rights.usage(customer.getId());
        } catch (InvalidInputException e) {
            section.add(new Paragraph(t(locale, "concierge.section.not-your-customer")));
            return section;
        }
        Grid<RightUsage> rightsGrid = new Grid<>();
        rightsGrid.setId("concierge-rights");
        rightsGrid.addColumn(r -> r.name(locale)).setHeader(t(locale, "concierge.rights.right")).setFlexGrow(2);
        rightsGrid.addColumn(RightUsage::allowance).setHeader(t(locale, "concierge.rights.allowance")).setAutoWidth(true);
        rightsGrid.addColumn(RightUsage::used).setHeader(t(locale, "concierge.rights.used")).setAutoWidth(true);
        rightsGrid.addColumn(RightUsage::left).setHeader(t(locale, "concierge.rights.left")).setKey("left").setAutoWidth(true);
        Grid<TaskRow> taskGrid = TaskGrids.create("concierge-tasks", locale, user.zone(), i18n, clock, true);
        if (mayWork) {
            rightsGrid.addColumn(new ComponentRenderer<>(r -> {
                Button request = new Button(t(locale, "concierge.rights.request"), e -> request(customer, r, locale, taskGrid));
                request.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return request;
            })).setAutoWidth(true).setFlexGrow(0);
        }
        rightsGrid.setItems(usage);
        rightsGrid.setAllRowsVisible(true);
        rightsGrid.setEmptyStateText(t(locale, "concierge.rights.empty"));
        taskGrid.setItems(query -> tasks.ofCustomer(customer.getId(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        taskGrid.setEmptyStateText(t(locale, "concierge.section.no-tasks"));
        taskGrid.setHeight("16em");

        Grid<ContactEntry> contactGrid = new Grid<>();
        contactGrid.setId("concierge-contacts");
        contactGrid.addColumn(c -> Formats.dateTime(c.getContactedAt(), user.zone(), locale)).setHeader(t(locale, "concierge.contact.at")).setAutoWidth(true);
        contactGrid.addColumn(c -> t(locale, c.getChannel().messageKey())).setHeader(t(locale, "concierge.contact.channel")).setAutoWidth(true);
        contactGrid.addColumn(c -> c.getNote() == null ? "" : c.getNote()).setHeader(t(locale, "concierge.contact.note")).setFlexGrow(3);
        contactGrid.setItems(query -> contacts.ofCustomer(customer.getId(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        contactGrid.setEmptyStateText(t(locale, "concierge.contact.empty"));
        contactGrid.setHeight("14em");

        section.add(new H4(t(locale, "concierge.rights.title", clock.instant().atZone(shop.zone()).getYear())), rightsGrid,
                new H4(t(locale, "concierge.section.tasks")), taskGrid, new H4(t(locale, "concierge.contact.title")));
        if (mayWork) {
            section.add(contactForm(customer, locale, contactGrid));
        }
        section.add(contactGrid);
        return section;
    }

    private Component contactForm(Customer customer, Locale locale, Grid<ContactEntry> contactGrid) {
        Select<ContactChannel> channel = new Select<>();
        channel.setId("concierge-contact-channel");
        channel.setLabel(t(locale, "concierge.contact.channel"));
        channel.setItems(Arrays.stream(ContactChannel.values()).filter(c -> c != ContactChannel.TASK).toList());
        channel.setItemLabelGenerator(c -> c == null ? "" : t(locale, c.messageKey()));
        DateTimePicker at = FieldTexts.apply(new DateTimePicker(t(locale, "concierge.contact.at")));
        at.setId("concierge-contact-at");
        at.setLocale(locale);
        at.setValue(LocalDateTime.ofInstant(clock.instant(), user.zone()).withSecond(0).withNano(0));
        TextField note = new TextField(t(locale, "concierge.contact.note"));
        note.setId("concierge-contact-note");
        note.setMaxLength(ContactEntry.NOTE_MAX);
        Button log = new Button(t(locale, "concierge.contact.log"));
        log.setId("concierge-contact-log");
        log.addClickListener(e -> {
            try {
                contacts.log(new ContactForm(customer.getId(), channel.getValue(),
                        at.getValue() == null ? null : at.getValue().atZone(user.zone()).toInstant(), note.getValue()));
                note.clear();
                contactGrid.getDataProvider().refreshAll();
                Toasts.success(t(locale, "concierge.contact.logged"));
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, Map.of("channel", channel, "contactedAt", at, "note", note));
            }
        });
        HorizontalLayout form = new HorizontalLayout(channel, at, note, log);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void request(Customer customer, RightUsage right, Locale locale, Grid<TaskRow> taskGrid) {
        try {
            TaskRow row = rights.request(new RightRequestForm(customer.getId(), right.rightId(),
                    clock.instant().plus(Duration.ofHours(tasks.type("SERVICE_REQUEST").map(x -> x.getDefaultDueHours()).orElse(72))), null));
            taskGrid.getDataProvider().refreshAll();
            Toasts.success(t(locale, right.left() > 0 ? "concierge.rights.requested" : "concierge.rights.requested-beyond"));
            UI.getCurrent().navigate("tasks/" + row.id());
        } catch (InvalidInputException e) {
            Toasts.error(e.firstMessage((key, args) -> t(locale, key, args)));
        }
    }

    private String t(Locale locale, String key, Object... params) {
        return i18n.translate(locale, key, params);
    }
}
