package com.cxops.portal.surveys;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.ComplaintTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Complaints to resolve, invitations to send, and the link a customer finds in their mail. */
public abstract class SurveyTestSupport extends ComplaintTestSupport {

    private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

    @Autowired
    protected InvitationService invitationService;
    @Autowired
    protected PublicSurveyService publicSurveys;
    @Autowired
    protected InvitationRepository invitations;
    @Autowired
    protected AnswerRepository answers;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected SettingsService settingsService;

    protected Complaint move(Complaint c, ComplaintStatus to) {
        return workflow.transition(c.getId(), to, c.getVersion());
    }

    /** Logs a complaint for the customer and works it to RESOLVED as a fresh manager. */
    protected Complaint resolvedComplaint(long customerId) {
        Complaint c = intake(customerId);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.MANAGER);
        try {
            return move(move(move(c, ComplaintStatus.ACKNOWLEDGED), ComplaintStatus.IN_PROGRESS), ComplaintStatus.RESOLVED);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    protected String email(long customerId) {
        return jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, customerId);
    }

    protected List<String> mailBodies(long customerId) {
        return jdbc.queryForList("SELECT body FROM mail_outbox WHERE email = ? AND source_type = 'SURVEY_INVITATION' ORDER BY id",
                String.class, email(customerId));
    }

    protected List<String> mailSubjects(long customerId) {
        return jdbc.queryForList("SELECT subject FROM mail_outbox WHERE email = ? AND source_type = 'SURVEY_INVITATION' ORDER BY id",
                String.class, email(customerId));
    }

    /** Sends every due invitation (all batches). */
    protected void sendDue() {
        while (tx.execute(s -> invitationService.sendDue()) > 0) {
            // next batch
        }
    }

    /** The survey link's token in the customer's latest invitation mail. */
    protected String tokenFromMail(long customerId) {
        List<String> bodies = mailBodies(customerId);
        Matcher m = LINK.matcher(bodies.getLast());
        if (!m.find()) {
            throw new AssertionError("no survey link in " + bodies.getLast());
        }
        return m.group(1);
    }

    /** An NPS invitation sent now to a new customer; returns its token. */
    protected String sentNps(long customerId) {
        tx.executeWithoutResult(s -> invitationService.scheduleNps(customerId, null, clock.instant()));
        sendDue();
        return tokenFromMail(customerId);
    }

    protected void setting(String key, String value) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        actAsNew(Role.ADMIN);
        try {
            settingsService.update(key, value, settingsService.list(key).stream()
                    .filter(x -> x.getKey().equals(key)).findFirst().orElseThrow().getVersion());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
