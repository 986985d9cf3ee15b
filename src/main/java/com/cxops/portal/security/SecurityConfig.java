package com.cxops.portal.security;

import com.cxops.portal.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

@Configuration
// JSR-250 (@RolesAllowed) method security for the services comes from ServiceMethodSecurity, which leaves Vaadin
// components unproxied; @PreAuthorize and @PostAuthorize stay Spring Security's own
@EnableMethodSecurity(jsr250Enabled = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        // The portal's own static assets (frontend/ on the classpath) are public: the login page needs them.
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**").permitAll());
        // A registry of sessions, so that disabling an account ends its open sessions.
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry));
        http.with(vaadin(), v -> v.loginView(LoginView.class));
        return http.build();
    }

    /**
     * The one authentication provider of the portal. As a bean it replaces Spring's default one built from the
     * UserDetailsService, which would otherwise sit behind it as a fallback and bypass the throttle.
     */
    @Bean
    AuthenticationProvider authenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottleService throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
