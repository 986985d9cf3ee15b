package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintTestSupport;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/**
 * SLA test fixtures. Each test sets the clock to its own moment long before real time, so the monitor's ticks meet
 * only that test's clocks (tests share one database).
 */
abstract class SlaTestSupport extends ComplaintTestSupport {

    @Autowired
    SlaClockRepository clockRepository;
    @Autowired
    SlaMonitor monitor;
    @Autowired
    JdbcTemplate jdbc;

    /** A team with a lead (agent), a manager member and an agent member. */
    record Crew(Team team, String lead, String manager, String agent) {
    }

    Crew crew() {
        String lead = newStaff(Role.AGENT);
        String manager = newStaff(Role.MANAGER);
        String agent = newStaff(Role.AGENT);
        Team t = team(staffId(lead), staffId(lead), staffId(manager), staffId(agent));
        return new Crew(t, lead, manager, agent);
    }

    /** A complaint in the crew's team; spread risk decides the tier (private: normal, public post: urgent, media: major). */
    Complaint complaint(Crew crew, SpreadRisk risk) {
        ComplaintForm f = form(customer(), unique("Kettle "));
        f.setSpreadRisk(risk);
        f.setTeamId(crew.team().getId());
        return intake(f);
    }

    SlaClock clock(long complaintId, SlaTargetKind kind) {
        return clockRepository.findByComplaintIdAndKind(complaintId, kind).orElseThrow();
    }

    List<SlaTargetKind> kinds(long complaintId) {
        return clockRepository.findByComplaintIdOrderByIdAsc(complaintId).stream().map(SlaClock::getKind).sorted().toList();
    }

    Complaint move(long complaintId, ComplaintStatus to) {
        return asManager(() -> workflow.transition(complaintId, to, service.get(complaintId).getVersion()));
    }

    /** "KIND LEVEL OUTCOME cycle" per escalation row of the complaint, in a stable order. */
    List<String> escalations(long complaintId) {
        return jdbc.queryForList("select kind, level, outcome, cycle from sla_escalation where complaint_id = ? order by kind, cycle, level",
                complaintId).stream().map(r -> r.get("kind") + " " + r.get("level") + " " + r.get("outcome") + " " + r.get("cycle")).toList();
    }

    int notifications(String recipient, String type) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and type = ?", Integer.class, recipient, type);
    }

    /** Notifications of this type about this complaint (the link names it). */
    int notifications(String recipient, String type, long complaintId) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and type = ? and link = ?", Integer.class,
                recipient, type, "complaints/" + complaintId);
    }

    /** A staff member with a mail address, so notifications also go to the outbox. */
    String newStaffWithMail(Role... roles) {
        String username = newStaff(roles);
        jdbc.update("update staff_member set email = ? where username = ?", username + "@example.com", username);
        return username;
    }

    int mails(String recipient, String type) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and source_type = ?", Integer.class, recipient, type);
    }

    Instant summaryDue(long complaintId) {
        return asManager(() -> service.get(complaintId).getSlaDueAt());
    }
}
