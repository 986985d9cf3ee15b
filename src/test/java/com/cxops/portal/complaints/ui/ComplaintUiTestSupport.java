package com.cxops.portal.complaints.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintChannel;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintAssignmentService;
import com.cxops.portal.complaints.ComplaintIntakeService;
import com.cxops.portal.complaints.ComplaintService;
import com.cxops.portal.complaints.ComplaintWorkflowService;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.TimelineEntry;
import com.cxops.portal.customers.TestCustomers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/** Complaints made through the service (as a fresh manager) for the UI tests; the logged-in person is kept. */
abstract class ComplaintUiTestSupport extends KaribuTestBase {

    @Autowired
    protected ComplaintService service;
    @Autowired
    protected ComplaintIntakeService intakeService;
    @Autowired
    protected ComplaintWorkflowService workflow;
    @Autowired
    protected ComplaintAssignmentService assignment;
    @Autowired
    protected TestCustomers customers;

    /** The complaint's timeline, read as the complaint page reads it. */
    protected List<TimelineEntry> timeline(long complaintId) {
        return service.details(complaintId, 0).timeline();
    }

    protected Complaint complaint(String subject, SpreadRisk spread, ComplaintCategory category) {
        long customer = customers.create(unique("Customer "));
        return complaint(customer, subject, spread, category);
    }

    protected Complaint complaint(long customer, String subject, SpreadRisk spread, ComplaintCategory category) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.MANAGER);
        try {
            ComplaintForm f = new ComplaintForm();
            f.setCustomerId(customer);
            f.setChannel(ComplaintChannel.EMAIL);
            f.setCategory(category);
            f.setSubject(subject);
            f.setDescription("<b>bold</b> text stays text");
            f.setSpreadRisk(spread);
            f.setAffectedCount(1);
            return intakeService.create(f);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
