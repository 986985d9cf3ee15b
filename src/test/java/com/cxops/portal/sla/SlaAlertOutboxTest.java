package com.cxops.portal.sla;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.SpreadRisk;
import com.cxops.portal.notifications.NotificationTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost, nothing told twice: a warning or breach waits in sla_alert_pending from the commit of its
 * escalation until the transaction that tells its recipient, so a node killed in between leaves it to the next tick,
 * and two nodes telling the same rows tell them once.
 */
class SlaAlertOutboxTest extends SlaTestSupport {

    @Autowired
    SlaAlerts alerts;
    @Autowired
    PlatformTransactionManager transactions;

    int pending(long complaintId) {
        return jdbc.queryForObject("select count(*) from sla_alert_pending p join sla_escalation e on e.id = p.escalation_id "
                + "where e.complaint_id = ?", Integer.class, complaintId);
    }

    /** What a node killed after committing the breach of the first response, before telling anyone, leaves behind. */
    void breachCommittedButNotTold(Complaint c, Crew crew, Instant now) {
        SlaClock fr = clock(c.getId(), SlaTargetKind.FIRST_RESPONSE);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.update("insert into sla_escalation (complaint_id, kind, cycle, level, outcome, recipients, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                c.getId(), fr.getKind().name(), fr.getCycle(), SlaMonitor.WARNING, SlaMonitor.SKIPPED, "", at);
        jdbc.update("insert into sla_escalation (complaint_id, kind, cycle, level, outcome, recipients, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                c.getId(), fr.getKind().name(), fr.getCycle(), SlaMonitor.BREACH, SlaMonitor.SENT, crew.lead() + "," + crew.manager(), at);
        long id = jdbc.queryForObject("select id from sla_escalation where complaint_id = ? and kind = ? and level = ?", Long.class,
                c.getId(), fr.getKind().name(), SlaMonitor.BREACH);
        for (String to : new String[]{crew.lead(), crew.manager()}) {
            jdbc.update("insert into sla_alert_pending (escalation_id, recipient, created_at) values (?, ?, ?)", id, to, at);
        }
        jdbc.update("update sla_clock set breach_pending = false, warn_pending = false, breached = true, breached_at = due_at where id = ?", fr.getId());
    }

    @Test
    void alerts_of_a_tick_that_died_before_telling_are_told_once_by_the_next_tick() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-03-03T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);  // urgent: first response within 30 minutes
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1997-03-03T02:40:00Z"));
        breachCommittedButNotTold(c, crew, clock.instant());
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH, c.getId())).isZero();

        monitor.tick();
        monitor.tick();

        assertThat(escalations(c.getId())).containsExactly("FIRST_RESPONSE BREACH SENT 0", "FIRST_RESPONSE WARNING SKIPPED 0");
        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH, c.getId())).isEqualTo(1);
        assertThat(notifications(crew.manager(), NotificationTypes.SLA_BREACH, c.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select params from notification where recipient = ? and link = ?", String.class,
                crew.manager(), "complaints/" + c.getId())).contains(c.getNumber(), c.getSubject(), "Urgent", "First response");
        assertThat(pending(c.getId())).isZero();
    }

    @Test
    void a_normal_tick_tells_each_recipient_once_and_leaves_nothing_pending() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-03-04T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1997-03-04T02:40:00Z"));

        monitor.tick();
        monitor.tick();

        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH, c.getId())).isEqualTo(1);
        assertThat(notifications(crew.manager(), NotificationTypes.SLA_BREACH, c.getId())).isEqualTo(1);
        assertThat(pending(c.getId())).isZero();
    }

    @Test
    void two_nodes_sending_the_same_pending_alerts_tell_them_once() {
        Crew crew = crew();
        clock.set(Instant.parse("1997-03-05T02:00:00Z"));
        Complaint c = complaint(crew, SpreadRisk.PUBLIC_POST);
        actAsNew(Role.MANAGER);
        clock.set(Instant.parse("1997-03-05T02:40:00Z"));
        breachCommittedButNotTold(c, crew, clock.instant());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        SlaAlerts.Tick one = alerts.tick();
        SlaAlerts.Tick other = alerts.tick();
        Integer resumedByOne = tx.execute(s -> one.resume());
        Integer resumedByOther = tx.execute(s -> other.resume());
        assertThat(resumedByOne).isEqualTo(2);
        assertThat(resumedByOther).isEqualTo(2);

        one.send(send -> tx.executeWithoutResult(s -> send.run()));
        other.send(send -> tx.executeWithoutResult(s -> send.run()));

        assertThat(notifications(crew.lead(), NotificationTypes.SLA_BREACH, c.getId())).isEqualTo(1);
        assertThat(notifications(crew.manager(), NotificationTypes.SLA_BREACH, c.getId())).isEqualTo(1);
        assertThat(pending(c.getId())).isZero();
    }
}
