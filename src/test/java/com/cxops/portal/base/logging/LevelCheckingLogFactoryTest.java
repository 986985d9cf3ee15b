package com.cxops.portal.base.logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LevelCheckingLogFactoryTest {

    @Test
    void spring_s_logs_come_from_the_level_checking_factory() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog("org.springframework.security.Anything")).isInstanceOf(LevelCheckingLogFactory.Slf4jLog.class);
    }

    @Test
    void a_message_of_a_disabled_level_is_never_rendered_and_an_enabled_one_is() {
        Log log = LogFactory.getLog("com.cxops.portal.base.logging.probe");
        AtomicInteger rendered = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                rendered.incrementAndGet();
                return "expensive";
            }
        };
        assertThat(log.isTraceEnabled()).isFalse();
        log.trace(message);
        log.trace(message, new IllegalStateException());
        assertThat(rendered).hasValue(0);
        assertThat(log.isErrorEnabled()).isTrue();
        log.error(message);
        assertThat(rendered).hasValue(1);
    }
}
