package com.cxops.portal.security;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.settings.SettingsService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Authentication events into the audit trail, and the idle-session timeout (a setting) applied at login.
 * Vaadin's heartbeats do not count as activity (vaadin.closeIdleSessions=true), so the timeout is real idleness.
 */
@Component
class AuthenticationEvents {

    private final AuditTrail audit;
    private final SettingsService settings;

    AuthenticationEvents(AuditTrail audit, SettingsService settings) {
        this.audit = audit;
        this.settings = settings;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "LOGIN_SUCCESS", "StaffMember",
                event.getAuthentication().getName(), (AuditDetails) null);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getSession(true).setMaxInactiveInterval(settings.getInt(SecuritySettings.IDLE_SESSION_MINUTES) * 60);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String action = event.getException() instanceof LoginThrottledException ? "LOGIN_REFUSED_LOCKED" : "LOGIN_FAILURE";
        String username = LoginThrottleService.normalize(event.getAuthentication().getName());
        audit.recordAs(username, action, "StaffMember", username, AuditDetails.of("audit.detail.label", AuditDetails.label("audit.detail.login." + event.getException().getClass().getSimpleName())));
    }
}
