package com.cxops.portal.notifications;

import com.cxops.portal.SpringTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.TriggerTask;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With scheduling on (as in production), the mail sender is scheduled and runs under its job lock. Its own
 * context is closed afterwards so the job never runs beside the other tests.
 */
@TestPropertySource(properties = "portal.scheduling.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SchedulingWiringTest extends SpringTestBase {

    @Autowired
    MailSenderJob job;
    @Autowired
    List<ScheduledTaskHolder> holders;

    @Test
    void mail_sender_is_scheduled_and_locked() {
        assertThat(AopUtils.isAopProxy(job)).as("ShedLock proxies the job").isTrue();
        assertThat(holders.stream().flatMap(h -> h.getScheduledTasks().stream()).map(t -> t.getTask()))
                .anyMatch(task -> task instanceof TriggerTask);
    }
}
