package com.cxops.portal.base;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduled jobs of every feature (SLA monitor, layer recomputation, mail sender, clean-ups), switched on once here.
 * ShedLock on the 'shedlock' table (V1) keeps each job to one node at a time, with times from the database clock.
 * Off when portal.scheduling.enabled=false (the tests), which then call the jobs directly.
 */
@Configuration
public class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Configuration
    @ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true")
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
    static class Enabled {
    }
}
