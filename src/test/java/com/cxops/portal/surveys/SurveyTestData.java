package com.cxops.portal.surveys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper for tests outside the package (browser tests): an NPS invitation sent now, and its link's token. */
@Component
public class SurveyTestData {

    private final InvitationService invitations;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    SurveyTestData(InvitationService invitations, TransactionTemplate tx, JdbcTemplate jdbc) {
        this.invitations = invitations;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    public String sentNpsToken(long customerId) {
        tx.executeWithoutResult(s -> invitations.scheduleNps(customerId, null, java.time.Instant.now().minusSeconds(1)));
        while (tx.execute(s -> invitations.sendDue()) > 0) {
            // all batches
        }
        String email = jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, customerId);
        String body = jdbc.queryForList("SELECT body FROM mail_outbox WHERE email = ? ORDER BY id DESC", String.class, email).getFirst();
        Matcher m = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no survey link in " + body);
        }
        return m.group(1);
    }
}
