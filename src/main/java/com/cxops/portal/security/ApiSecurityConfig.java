package com.cxops.portal.security;

import com.cxops.portal.base.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API's own security: stateless, no CSRF (no cookies are used), authenticated by API key only, checked
 * before the Vaadin chain. The OpenAPI description under /api/docs is public: it holds no data, and the shop's
 * developers need it without a staff login.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiKeyService keys) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/docs", "/api/docs/**").permitAll()
                        .anyRequest().hasRole(Role.Names.INTEGRATION))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) ->
                                unauthorized(response, "Send a valid API key in the X-API-Key header."))
                        .accessDeniedHandler((request, response, ex) -> problem(response, HttpServletResponse.SC_FORBIDDEN,
                                "Forbidden", "This API needs an integration's API key.")));
        return http.build();
    }

    static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
