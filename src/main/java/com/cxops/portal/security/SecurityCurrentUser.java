package com.cxops.portal.security;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Component
class SecurityCurrentUser implements CurrentUser {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final StaffProfileCache profiles;
    private final StaffService staffService;
    private final AuthenticationContext authenticationContext;
    private final AuditTrail audit;

    SecurityCurrentUser(StaffProfileCache profiles, StaffService staffService, AuthenticationContext authenticationContext,
                        AuditTrail audit) {
        this.profiles = profiles;
        this.staffService = staffService;
        this.authenticationContext = authenticationContext;
        this.audit = audit;
    }

    private Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? Optional.empty() : Optional.of(auth);
    }

    private Optional<StaffProfileCache.Profile> profile() {
        return authentication().flatMap(a -> profiles.get(a.getName()));
    }

    @Override
    public Optional<Long> id() {
        return profile().map(StaffProfileCache.Profile::id);
    }

    @Override
    public String username() {
        return authentication().map(Authentication::getName).orElse("");
    }

    @Override
    public String displayName() {
        return profile().map(StaffProfileCache.Profile::displayName).orElse(username());
    }

    @Override
    public Set<String> roles() {
        return authentication().map(a -> a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(r -> r.startsWith("ROLE_")).map(r -> r.substring(5)).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    @Override
    public ZoneId zone() {
        return profile().map(p -> StaffRules.isZone(p.timeZone()) ? ZoneId.of(p.timeZone()) : DEFAULT_ZONE).orElse(DEFAULT_ZONE);
    }

    @Override
    public Locale locale() {
        return profile().map(p -> TranslationProvider.fromTag(p.language())).orElse(TranslationProvider.ENGLISH);
    }

    @Override
    public void changeLanguage(Locale locale) {
        StaffProfileCache.Profile p = profile().orElseThrow();
        staffService.updateOwnPreferences(TranslationProvider.toTag(locale), p.timeZone());
    }

    @Override
    public void logout() {
        audit.record("LOGOUT", "StaffMember", username());
        authenticationContext.logout();
    }
}
