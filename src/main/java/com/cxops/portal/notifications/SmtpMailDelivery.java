package com.cxops.portal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through an SMTP server (Spring Mail). */
class SmtpMailDelivery implements MailDelivery {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailDelivery(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public OutboxStatus deliver(String to, String subject, String body, Attachment attachment) {
        if (attachment == null) {
            return deliver(to, subject, body);
        }
        validate(to);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            sender.send(message);
            return OutboxStatus.SENT;
        } catch (MailException e) {
            throw new MailDeliveryException(describe(e), isRejection(e), e);
        } catch (MessagingException e) {
            throw new MailDeliveryException(describe(e), false, e);
        }
    }

    private static void validate(String to) {
        try {
            new InternetAddress(to, true).validate();
        } catch (AddressException e) {
            throw new MailDeliveryException("Invalid address: " + e.getMessage(), true, e);
        }
    }

    @Override
    public OutboxStatus deliver(String to, String subject, String body) {
        validate(to);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return OutboxStatus.SENT;
        } catch (MailException e) {
            throw new MailDeliveryException(describe(e), isRejection(e), e);
        }
    }

    /**
     * A recipient refused for good by the server (SMTP 5xx on RCPT: JavaMail lists it as an invalid address) or an
     * address that does not parse is the address's fault; anything else (server away, 4xx) is transient.
     */
    static boolean isRejection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof jakarta.mail.MessagingException me && me.getNextException() != null && me.getNextException() != t.getCause()) {
                if (isRejection(me.getNextException())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < OutboxMail.ERROR_LENGTH; t = t.getCause()) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                if (!text.isEmpty()) {
                    text.append(" / ");
                }
                text.append(t.getMessage().strip());
            }
        }
        return text.isEmpty() ? e.getClass().getSimpleName() : text.toString();
    }
}
