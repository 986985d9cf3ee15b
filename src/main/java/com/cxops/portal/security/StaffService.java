package com.cxops.portal.security;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditFields;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.access.AnyCaller;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import com.cxops.portal.base.validation.ConstraintMessages;
import jakarta.validation.Validator;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Staff accounts: administrators manage them; everyone changes their own password and preferences. */
@Service
@Transactional
public class StaffService {

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final SettingsService settings;
    private final SessionRegistry sessions;
    private final AuditTrail audit;
    private final Clock clock;
    private final StaffProfileCache profiles;
    /** StaffForm's constraints are checked with the password policy and StaffRules, so every wrong field shows at once. */
    private final Validator validator;

    StaffService(StaffRepository staff, PasswordEncoder encoder, SettingsService settings, SessionRegistry sessions,
                 AuditTrail audit, Clock clock, StaffProfileCache profiles, Validator validator) {
        this.staff = staff;
        this.encoder = encoder;
        this.settings = settings;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.profiles = profiles;
        this.validator = validator;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Slice<StaffMember> page(String text, Pageable pageable) {
        String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
        return staff.search(like, pageable);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public Optional<StaffMember> get(long id) {
        return staff.findById(id);
    }

    /** Enabled staff with a role, e.g. the account managers a VIP can be given. Any logged-in person may ask. */
    @AnyCaller
    @Transactional(readOnly = true)
    public List<StaffMember> withRole(Role role) {
        return staff.findEnabledByRole(role);
    }

    @AdminOnly
    public StaffMember create(StaffForm form, String password) {
        form.setUsername(form.getUsername() == null ? "" : form.getUsername().trim().toLowerCase());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ConstraintMessages.collect(validator.validate(form), errors);
        StaffRules.validate(form, true, errors);
        errors.addIf(staff.existsByUsername(form.getUsername()), "username", "staff.error.username-taken");
        passwordPolicy().check(form.getUsername(), password).ifPresent(key -> errors.add("password", key));
        errors.throwIfAny();
        StaffMember member = new StaffMember(form.getUsername(), clock.instant());
        apply(form, member);
        member.setPasswordHash(encoder.encode(password), clock.instant());
        member.touch(clock.instant(), actor());
        try {
            member = staff.saveAndFlush(member);
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("username", "staff.error.username-taken");
        }
        profiles.evict(member.getUsername());  // it may be remembered as nobody's
        audit.record("STAFF_CREATED", "StaffMember", member.getId(), describe(member).created("StaffMember"));
        return member;
    }

    @AdminOnly
    public StaffMember update(long id, StaffForm form) {
        StaffMember member = staff.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(member, form.getVersion());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ConstraintMessages.collect(validator.validate(form), errors);
        StaffRules.validate(form, false, errors);
        errors.throwIfAny();
        AuditFields before = describe(member);
        boolean disabling = member.isEnabled() && !form.isEnabled();
        apply(form, member);
        member.touch(clock.instant(), actor());
        try {
            member = staff.saveAndFlush(member);
        } catch (ObjectOptimisticLockingFailureException e) {
            StaffMember current = staff.findById(id).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
        audit.record(disabling ? "STAFF_DISABLED" : "STAFF_UPDATED", "StaffMember", id, describe(member).changedFrom(before, "StaffMember"));
        profiles.evict(member.getUsername());
        if (disabling) {
            endSessionsOf(member.getUsername());
        }
        return member;
    }

    @AdminOnly
    public void resetPassword(long id, String newPassword) {
        StaffMember member = staff.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        passwordPolicy().check(member.getUsername(), newPassword).ifPresent(key -> {
            throw InvalidInputException.of("password", key);
        });
        member.setPasswordHash(encoder.encode(newPassword), clock.instant());
        member.touch(clock.instant(), actor());
        audit.record("STAFF_PASSWORD_RESET", "StaffMember", id, AuditDetails.of("audit.detail.for", AuditDetails.person(member.getUsername())));
    }

    @AnyCaller
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffMember member = self();
        if (currentPassword == null || !encoder.matches(currentPassword, member.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "password.error.current-wrong");
        }
        passwordPolicy().check(member.getUsername(), newPassword).ifPresent(key -> {
            throw InvalidInputException.of("newPassword", key);
        });
        if (encoder.matches(newPassword, member.getPasswordHash())) {
            throw InvalidInputException.of("newPassword", "password.error.same");
        }
        member.setPasswordHash(encoder.encode(newPassword), clock.instant());
        member.touch(clock.instant(), member.getUsername());
        audit.record("PASSWORD_CHANGED", "StaffMember", member.getId());
    }

    /** The person's own language and time zone. */
    @AnyCaller
    public void updateOwnPreferences(String language, String timeZone) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(!StaffRules.LANGUAGES.contains(language), "language", "staff.error.language");
        errors.addIf(!StaffRules.isZone(timeZone), "timeZone", "staff.error.time-zone");
        errors.throwIfAny();
        StaffMember member = self();
        if (language.equals(member.getLanguage()) && timeZone.equals(member.getTimeZone())) {
            return;
        }
        AuditFields before = preferences(member);
        member.setLanguage(language);
        member.setTimeZone(timeZone);
        member.touch(clock.instant(), member.getUsername());
        audit.record("PREFERENCES_CHANGED", "StaffMember", member.getId(), preferences(member).changedFrom(before, "StaffMember"));
        profiles.evict(member.getUsername());
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(settings.getInt(SecuritySettings.PASSWORD_MIN_LENGTH));
    }

    private StaffMember self() {
        String username = Actors.current();
        return staff.findByUsername(username).orElseThrow(() -> new AccessDeniedException("no staff account"));
    }

    private void endSessionsOf(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof User user && user.getUsername().equals(username)) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private static void apply(StaffForm form, StaffMember member) {
        member.setDisplayName(form.getDisplayName().trim());
        member.setEmail(form.getEmail().trim());
        member.setLanguage(form.getLanguage());
        member.setTimeZone(form.getTimeZone());
        member.setRoles(form.getRoles());
        member.setEnabled(form.isEnabled());
    }

    private static AuditFields describe(StaffMember m) {
        return AuditFields.of().add("audit.detail.field.username", m.getUsername()).add("audit.detail.field.person-name", m.getDisplayName())
                .add("audit.detail.field.email", m.getEmail()).add("audit.detail.field.roles", AuditFields.labels("role.", m.getRoles()))
                .add("audit.detail.field.enabled", m.isEnabled())
                .add("audit.detail.field.language", AuditDetails.label("language." + m.getLanguage()))
                .add("audit.detail.field.time-zone", m.getTimeZone());
    }

    private static AuditFields preferences(StaffMember m) {
        return AuditFields.of().add("audit.detail.field.language", AuditDetails.label("language." + m.getLanguage()))
                .add("audit.detail.field.time-zone", m.getTimeZone());
    }

    private static String actor() {
        return Actors.current();
    }
}
