package com.cxops.portal.notifications;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailSenderTest extends SpringTestBase {

    @Autowired
    MailSenderJob job;
    @Autowired
    MailOutboxService outboxService;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    PlatformTransactionManager transactionManager;

    private OutboxMail queue(String email) {
        return new TransactionTemplate(transactionManager).execute(tx ->
                outboxService.queue(null, email, "Subject for " + email, "Body 你好", "TEST"));
    }

    private OutboxMail reload(OutboxMail mail) {
        return outbox.findById(mail.getId()).orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static SmtpMailDelivery smtpAt(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(props);
        return new SmtpMailDelivery(sender, "portal@test.example");
    }

    /** Runs the sender until none of these mails is due any more (other tests' mail may be queued too). */
    private void runUntilHandled(SmtpMailDelivery via, OutboxMail... mails) {
        for (int run = 0; run < 50; run++) {
            job.sendDue(via);
            Instant now = clock.instant();
            boolean anyDue = Arrays.stream(mails).map(this::reload)
                    .anyMatch(m -> m.getStatus() == OutboxStatus.PENDING && !m.getNextAttemptAt().isAfter(now));
            if (!anyDue) {
                return;
            }
        }
        throw new AssertionError("mails still due after 50 runs");
    }

    private static long received(GreenMail greenMail, String email) throws Exception {
        long count = 0;
        for (Message m : greenMail.getReceivedMessages()) {
            for (Address to : m.getAllRecipients()) {
                if (((InternetAddress) to).getAddress().equals(email)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void smtp_down_then_up_delivers_every_mail_exactly_once() throws Exception {
        clock.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        int port = freePort();
        SmtpMailDelivery smtp = smtpAt(port);
        String first = unique("a") + "@example.com";
        String second = unique("b") + "@example.com";
        OutboxMail a = queue(first);
        OutboxMail b = queue(second);

        runUntilHandled(smtp, a, b);
        assertThat(reload(a).getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(reload(a).getAttempts()).isEqualTo(1);
        assertThat(reload(a).getLastError()).isNotBlank();
        assertThat(reload(a).getNextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(30));
        job.sendDue(smtp);
        assertThat(reload(a).getAttempts()).as("not before its back-off").isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        runUntilHandled(smtp, a, b);
        assertThat(reload(a).getAttempts()).as("second failure").isEqualTo(2);
        assertThat(reload(a).getNextAttemptAt()).as("back-off doubles").isEqualTo(clock.instant().plusSeconds(120));

        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            clock.advance(Duration.ofSeconds(121));
            runUntilHandled(smtp, a, b);
            runUntilHandled(smtp, a, b);
            clock.advance(Duration.ofHours(2));
            job.sendDue(smtp);

            assertThat(reload(a).getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(reload(b).getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(reload(a).getLastError()).isNull();
            assertThat(received(greenMail, first)).isEqualTo(1);
            assertThat(received(greenMail, second)).isEqualTo(1);
            Message sent = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().equals("Subject for " + first);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst().orElseThrow();
            assertThat(((String) sent.getContent()).strip()).isEqualTo("Body 你好");
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void refused_address_keeps_its_error_is_retried_then_fails_and_an_admin_can_send_it_again() throws Exception {
        clock.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        GreenMail greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            SmtpMailDelivery smtp = smtpAt(greenMail.getSmtp().getPort());
            OutboxMail bad = queue("not an address@" + unique("x"));
            for (int attempt = 1; attempt <= 4; attempt++) {
                runUntilHandled(smtp, bad);
                assertThat(reload(bad).getStatus()).isEqualTo(OutboxStatus.PENDING);
                assertThat(reload(bad).getRejections()).isEqualTo(attempt);
                assertThat(reload(bad).getLastError()).contains("Invalid address");
                clock.advance(Duration.ofHours(2));
            }
            runUntilHandled(smtp, bad);
            assertThat(reload(bad).getStatus()).as("after 5 refusals").isEqualTo(OutboxStatus.FAILED);
            assertThat(reload(bad).getLastError()).contains("Invalid address");

            actAsNew(Role.AGENT);
            assertThatThrownBy(() -> outboxService.retry(bad.getId(), reload(bad).getVersion())).isInstanceOf(AccessDeniedException.class);

            actAsNew(Role.ADMIN);
            OutboxMail retried = outboxService.retry(bad.getId(), reload(bad).getVersion());
            assertThat(retried.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(retried.getAttempts()).isZero();
            assertThatThrownBy(() -> outboxService.retry(bad.getId(), reload(bad).getVersion()))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(outboxService.page(OutboxStatus.PENDING, org.springframework.data.domain.PageRequest.of(0, 1000)))
                    .extracting(OutboxMail::getId).contains(bad.getId());
        } finally {
            greenMail.stop();
        }
    }

    @Test
    void without_an_smtp_server_mail_is_written_to_the_log_and_marked_so() {
        clock.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        OutboxMail mail = queue(unique("log") + "@example.com");
        for (int run = 0; run < 50 && reload(mail).getStatus() == OutboxStatus.PENDING; run++) {
            job.sendDue();
        }
        assertThat(reload(mail).getStatus()).isEqualTo(OutboxStatus.SENT_TO_LOG);
        assertThat(reload(mail).getSentAt()).isEqualTo(clock.instant());
    }

    @Test
    void unexpected_failure_keeps_the_mail_with_its_error_for_a_later_attempt() {
        clock.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        OutboxMail mail = queue(unique("odd") + "@example.com");
        MailDelivery broken = (to, subject, body) -> {
            throw new IllegalStateException("template engine exploded");
        };
        for (int run = 0; run < 50 && reload(mail).getAttempts() == 0; run++) {
            job.sendDue(broken);
        }
        assertThat(reload(mail).getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(reload(mail).getLastError()).contains("template engine exploded");
        assertThat(reload(mail).getNextAttemptAt()).isAfter(clock.instant());
    }

    @Test
    void queueing_mail_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> outboxService.queue(null, "x@example.com", "s", "b", "TEST"))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void server_refusing_a_recipient_counts_as_a_rejection_but_a_server_away_does_not() throws Exception {
        SendFailedException refused = new SendFailedException("550 no such user", null, new Address[0],
                new Address[0], new Address[]{new InternetAddress("x@example.com")});
        assertThat(SmtpMailDelivery.isRejection(new MailSendException("failed", refused))).isTrue();
        assertThat(SmtpMailDelivery.isRejection(new MailSendException("Mail server connection failed",
                new jakarta.mail.MessagingException("Could not connect", new java.net.ConnectException())))).isFalse();
        assertThat(SmtpMailDelivery.isRejection(new MailSendException(Map.of()))).isFalse();
    }

    @Test
    void back_off_doubles_up_to_its_maximum() {
        assertThat(job.backOff(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(job.backOff(2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(job.backOff(6)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(job.backOff(7)).isEqualTo(Duration.ofSeconds(3600));
        assertThat(job.backOff(500)).isEqualTo(Duration.ofSeconds(3600));
    }

}
