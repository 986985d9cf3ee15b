package com.cxops.portal.notifications;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/** Lets tests of other features send chosen outbox mail through an SMTP server of the test (GreenMail). */
public final class SmtpTestDelivery {

    private SmtpTestDelivery() {
    }

    /** Sends this outbox mail now if it is due, through SMTP on 127.0.0.1:port; true when delivered. */
    public static boolean send(MailSenderJob job, long mailId, int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(props);
        return job.send(mailId, new SmtpMailDelivery(sender, "portal@test.example"));
    }
}
