package com.cxops.portal.complaints;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;

/** Shared fixtures for complaint tests: customers, staff, teams and complaints made through the services. */
public abstract class ComplaintTestSupport extends SpringTestBase {

    @Autowired
    protected ComplaintService service;
    @Autowired
    protected ComplaintIntakeService intakeService;
    @Autowired
    protected ComplaintWorkflowService workflow;
    @Autowired
    protected ComplaintAssignmentService assignment;
    @Autowired
    protected ComplaintSlaService slaService;
    @Autowired
    protected RootCauseService rca;
    @Autowired
    protected TeamService teams;
    @Autowired
    protected TestCustomers customers;

    /** The complaint's timeline, read as the complaint page reads it. */
    protected List<TimelineEntry> timeline(long complaintId) {
        return service.details(complaintId, 0).timeline();
    }

    protected long customer() {
        return customers.create(unique("Customer "));
    }

    protected long staffId(String username) {
        return testStaff.get(username).getId();
    }

    protected String newStaff(Role... roles) {
        String username = unique("s");
        testStaff.ensure(username, roles);
        return username;
    }

    protected long vipCustomer(Long managerId) {
        return customers.create(unique("VIP "), CustomerLayer.HIGH_NET_WORTH, false, managerId);
    }

    protected ComplaintForm form(long customerId, String subject) {
        ComplaintForm f = new ComplaintForm();
        f.setCustomerId(customerId);
        f.setChannel(ComplaintChannel.PHONE);
        f.setCategory(ComplaintCategory.PRODUCT_QUALITY);
        f.setSubject(subject);
        f.setDescription("The kettle stopped working after two days.");
        f.setSpreadRisk(SpreadRisk.PRIVATE);
        f.setAffectedCount(1);
        return f;
    }

    /** Logs a complaint as a fresh manager and restores the caller. */
    protected Complaint intake(ComplaintForm form) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.MANAGER);
        try {
            return intakeService.create(form);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    protected Complaint intake(long customerId) {
        return intake(form(customerId, unique("Broken kettle ")));
    }

    /** Creates a team as an admin, and restores the caller. */
    protected Team team(Long leadId, Long... members) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.ADMIN);
        try {
            TeamForm f = new TeamForm();
            f.setName(unique("Team "));
            f.setLeadId(leadId);
            f.setMemberIds(Set.of(members));
            return teams.create(f);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Runs as a fresh manager and restores the caller. */
    protected <T> T asManager(java.util.function.Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.MANAGER);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
