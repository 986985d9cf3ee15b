package com.cxops.portal.operations;

import com.cxops.portal.base.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' endpoints: /actuator/health (and its liveness and readiness groups) is open, for load balancers,
 * and shows only the status; everything else under /actuator (metrics, Prometheus) needs an administrator, by HTTP
 * Basic so that a scraper can use it (through the login throttle like every login). Stateless: no session, no CSRF.
 */
@Configuration
class OperationsSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain operationsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.realmName("CX Ops Portal operations"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.Names.ADMIN));
        return http.build();
    }
}
