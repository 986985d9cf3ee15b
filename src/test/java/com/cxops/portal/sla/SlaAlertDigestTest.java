package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintForm;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.complaints.Team;
import com.cxops.portal.notifications.NotificationTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No alert floods (UI.md): many warnings and breaches for one person in one monitor tick become one digest
 * notification and one digest mail; executive alerts for major complaints never do; every single alert names the
 * complaint's subject, tier and what is due. The default threshold is more than 10 per person per tick.
 */
class SlaAlertDigestTest extends SlaTestSupport {

    @Autowired
    DutyRosterService roster;

    /** A team whose lead (agent) and manager get mail; the lead reads Chinese. */
    Crew mailCrew() {
        String lead = newStaffWithMail(Role.AGENT);
        String manager = newStaffWithMail(Role.MANAGER);
        jdbc.update("update staff_member set language = 'zh-CN' where username = ?", lead);
        Team t = team(staffId(lead), staffId(lead), staffId(manager));
        return new Crew(t, lead, manager, null);
    }

    Complaint complaint(Crew crew, SpreadRisk risk, String subject) {
        ComplaintForm f = form(customer(), subject);
        f.setSpreadRisk(risk);
        f.setTeamId(crew.team().getId());
        return intake(f);
    }

    List<Map<String, Object>> notificationsOf(String recipient) {
        return jdbc.queryForList("select type, message_key, params, link from notification where recipient = ? order by id", recipient);
    }

    List<Map<String, Object>> mailsOf(String recipient) {
        return jdbc.queryForList("select subject, body, source_type from mail_outbox where recipient = ? order by id", recipient);
    }

    @Test
    void twelve_breaches_for_one_person_in_one_tick_become_one_digest_notification_and_one_digest_mail() {
        Crew crew = mailCrew();
        clock.set(Instant.parse("1996-02-05T02:00:00Z"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(complaint(crew, SpreadRisk.PUBLIC_POST).getId());  // urgent: first response within 30 minutes
        }
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1996-02-05T02:40:00Z"));  // all twelve breached; the statements (2 h) not yet at 75 %

        SlaMonitor.TickResult result = monitor.tick();

        assertThat(result.breaches()).isGreaterThanOrEqualTo(12);
        assertThat(result.digests()).isPositive();
        for (long id : ids) {
            assertThat(escalations(id)).containsExactly("FIRST_RESPONSE BREACH SENT 0", "FIRST_RESPONSE WARNING SKIPPED 0");
        }
        List<Map<String, Object>> bell = notificationsOf(crew.lead());
        assertThat(bell).singleElement().satisfies(n -> {
            assertThat(n.get("type")).isEqualTo(NotificationTypes.SLA_BREACH);
            assertThat(n.get("message_key")).isEqualTo("notification.sla.digest");
            assertThat(n.get("link")).isEqualTo(SlaAlerts.AT_RISK_LINK);
            assertThat((String) n.get("params")).contains("12 条投诉超出了首次响应时限");
        });
        assertThat(mailsOf(crew.lead())).singleElement().satisfies(m -> {
            assertThat((String) m.get("subject")).contains("12 条投诉超出了首次响应时限");
            assertThat((String) m.get("body")).contains("sla/at-risk");
        });
        // the manager reads English
        assertThat(notificationsOf(crew.manager())).filteredOn(n -> SlaAlerts.AT_RISK_LINK.equals(n.get("link"))).singleElement()
                .satisfies(n -> assertThat((String) n.get("params")).contains("complaints breached their first response target"));
        assertThat(notificationsOf(crew.manager())).noneMatch(n -> ids.stream().anyMatch(id -> ("complaints/" + id).equals(n.get("link"))));
        assertThat(mailsOf(crew.manager())).filteredOn(m -> ((String) m.get("body")).contains("sla/at-risk")).hasSize(1);

        monitor.tick();  // nothing new: no second digest
        assertThat(notificationsOf(crew.lead())).hasSize(1);
    }

    @Test
    void a_few_alerts_go_one_by_one_and_each_names_the_subject_the_tier_and_what_is_due() {
        Crew crew = mailCrew();
        clock.set(Instant.parse("1996-02-06T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST, unique("Kettle leaks "));
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1996-02-06T02:40:00Z"));

        monitor.tick();

        assertThat(notificationsOf(crew.manager())).filteredOn(n -> ("complaints/" + c.getId()).equals(n.get("link"))).singleElement()
                .satisfies(n -> {
                    assertThat(n.get("message_key")).isEqualTo("notification.sla.breach-about");
                    assertThat((String) n.get("params")).contains(c.getNumber(), c.getSubject(), "Urgent", "First response");
                });
        assertThat(mailsOf(crew.lead())).singleElement().satisfies(m -> {
            assertThat((String) m.get("subject")).contains(c.getNumber(), c.getSubject(), "首次响应");
            assertThat((String) m.get("body")).contains("complaints/" + c.getId());
        });
    }

    @Test
    void executive_escalations_for_major_complaints_are_never_digested() {
        Crew crew = crew();
        String onDuty = newStaff(Role.EXECUTIVE);
        String next = newStaffWithMail(Role.EXECUTIVE);
        clock.set(Instant.parse("1996-02-07T01:00:00Z"));
        actAsNew(Role.ADMIN);
        roster.add(onDuty, Instant.parse("1996-02-07T00:00:00Z"), Instant.parse("1996-02-07T12:00:00Z"), null);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(complaint(crew, SpreadRisk.MEDIA_VIRAL).getId());
        }
        assertThat(notifications(onDuty, NotificationTypes.SLA_EXECUTIVE_ALERT)).isEqualTo(12);

        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1996-02-07T01:15:00Z"));  // every acknowledgement is due
        monitor.tick();

        for (long id : ids) {
            assertThat(notifications(next, NotificationTypes.SLA_EXECUTIVE_ESCALATION, id)).isEqualTo(1);
        }
        assertThat(notificationsOf(next)).noneMatch(n -> SlaAlerts.AT_RISK_LINK.equals(n.get("link")));
        assertThat(mails(next, NotificationTypes.SLA_EXECUTIVE_ESCALATION)).isGreaterThanOrEqualTo(12);
        assertThat(notificationsOf(next)).filteredOn(n -> ("complaints/" + ids.getFirst()).equals(n.get("link"))).singleElement()
                .satisfies(n -> assertThat((String) n.get("params")).contains("Kettle"));
    }
}
