package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.RootCauseService;
import com.cxops.portal.complaints.TeamService;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.util.Comparator;
import java.util.List;

/**
 * One complaint, composed of sections: the header with the key facts, the actions the person may take, the sections
 * other features contribute ({@link ComplaintSection}), the timeline with notes, compensation, the root-cause
 * analysis (major complaints) and the customer's other complaints. The page reads the complaint once
 * ({@link ComplaintService#details}) and builds every section again after a change.
 */
@Route("complaints/:id")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.VIP_MANAGER})
public class ComplaintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many of the customer's other complaints the page lists (the customer page lists them all). */
    static final int OTHER_COMPLAINTS = 20;

    private final transient ComplaintService service;
    private final transient ComplaintWorkflowService workflow;
    private final transient ComplaintActions.Services actionServices;
    private final transient RootCauseService rca;
    private final transient TeamService teams;
    private final transient StaffDirectory staff;
    private final transient CurrentUser user;
    private final transient SettingsService settings;
    private final transient List<ComplaintSection> sections;
    private long id;
    private Complaint complaint;
    private ComplaintService.Details details;

    public ComplaintView(ComplaintService service, ComplaintIntakeService intake, ComplaintWorkflowService workflow,
                         ComplaintAssignmentService assignment, RootCauseService rca, CustomerService customers, TeamService teams,
                         StaffDirectory staff, CurrentUser user, SettingsService settings, List<ComplaintSection> sections) {
        this.service = service;
        this.workflow = workflow;
        this.actionServices = new ComplaintActions.Services(service, intake, workflow, assignment, customers, teams);
        this.rca = rca;
        this.teams = teams;
        this.staff = staff;
        this.user = user;
        this.settings = settings;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ComplaintSection::order)).toList();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            details = service.details(id, OTHER_COMPLAINTS);
        } catch (NumberFormatException | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        show();
    }

    /** Reloads the complaint (after an action, or when someone else changed it) and shows it again. */
    void render() {
        details = service.details(id, OTHER_COMPLAINTS);
        show();
    }

    private void show() {
        removeAll();
        complaint = details.complaint();
        ComplaintService.Permissions can = details.can();
        boolean closed = complaint.getStatus() == ComplaintStatus.CLOSED;
        ComplaintText text = new ComplaintText(staff, user);
        add(new ComplaintHeader(complaint, text, staff, teams, user), new ComplaintActions(actionServices, complaint, can, user, this::render));
        if (closed) {
            Span readOnly = new Span(getTranslation("complaint.closed-read-only"));
            readOnly.setId("complaint-read-only");
            readOnly.addClassNames("cx-callout", "success");
            add(readOnly);
        }
        for (ComplaintSection section : sections) {
            add(new H3(getTranslation(section.titleKey())), section.create(complaint));
        }
        add(new TimelineSection(details.timeline(), text, can.note() ? workflow : null, id, this::render));
        add(new CompensationSection(complaint, details.compensations(), text, user, can.work() && !closed ? workflow : null,
                settings.get("complaints.default-currency"), this::render));
        if (complaint.getTier() == Tier.MAJOR) {
            add(new RootCauseSection(rca, staff, user, id, can.work() && !closed, this::render));
        }
        add(new OtherComplaintsSection(details.otherComplaints(), text));
    }

    @Override
    public String getPageTitle() {
        return (complaint == null ? getTranslation("menu.complaints") : complaint.getNumber()) + " | " + getTranslation("app.name");
    }
}
