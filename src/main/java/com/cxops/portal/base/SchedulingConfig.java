package com.cxops.portal.base;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * The lock row names the node that holds it (portal.node-name, by default the host name; give each node on one
     * host its own), so an operator can tell which node runs a job (docs/deployment.md).
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${portal.node-name:}") String nodeName) {
        JdbcTemplateLockProvider.Configuration.Builder builder = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime();
        if (!nodeName.isBlank()) {
            builder.withLockedByValue(nodeName.strip());
        }
        return new JdbcTemplateLockProvider(builder.build());
    }

    @Configuration
    @ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true")
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
    static class Enabled {
    }
}
