package com.cxops.portal.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.mail.javamail.JavaMailSender;


/**
 * SMTP comes from environment variables (see notifications-mail.properties). Without PORTAL_SMTP_HOST the portal
 * writes mail to the log instead of sending it. Also the job lock (ShedLock) shared by every scheduled job.
 */
@Configuration
@PropertySource("classpath:notifications-mail.properties")
class MailConfig {

    @Bean
    MailDelivery mailDelivery(@Value("${spring.mail.host:}") String host, @Value("${portal.mail.from}") String from,
                              ObjectProvider<JavaMailSender> sender) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (host == null || host.isBlank() || smtp == null) {
            return new LogMailDelivery();
        }
        return new SmtpMailDelivery(smtp, from);
    }

}
