package com.cxops.portal.surveys.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public survey page's own chain, before the staff (Vaadin) chain: no login, CSRF on (the forms carry the token),
 * no scripts allowed by the content security policy, not framed by other sites.
 */
@Configuration
class SurveyPageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain surveyPageFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SurveyPageController.PATH + "/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
                                        + "frame-ancestors 'none'; base-uri 'none'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
