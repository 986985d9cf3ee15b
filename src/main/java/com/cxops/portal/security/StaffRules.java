package com.cxops.portal.security;

import com.cxops.portal.base.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/** Field rules of a staff account, shared by the service (authoritative) and the form (early feedback). */
public final class StaffRules {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** Deliberately simple: one @, no spaces, a dot in the domain. The mail server has the last word. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    public static final Set<String> LANGUAGES = Set.of("en", "zh-CN");

    private StaffRules() {
    }

    static void validate(StaffForm form, boolean isNew, InvalidInputException.Collector errors) {
        if (isNew) {
            errors.addIf(form.getUsername() == null || !USERNAME.matcher(form.getUsername()).matches(), "username", "staff.error.username");
        }
        errors.addIf(form.getDisplayName() == null || form.getDisplayName().isBlank(), "displayName", "staff.error.display-name");
        errors.tooLong("displayName", form.getDisplayName(), StaffMember.DISPLAY_NAME_MAX);
        errors.addIf(form.getEmail() == null || form.getEmail().length() > 254 || !EMAIL.matcher(form.getEmail()).matches(), "email", "staff.error.email");
        errors.addIf(!LANGUAGES.contains(form.getLanguage()), "language", "staff.error.language");
        errors.addIf(!isZone(form.getTimeZone()), "timeZone", "staff.error.time-zone");
        errors.addIf(form.getRoles() == null || form.getRoles().isEmpty(), "roles", "staff.error.roles");
    }

    public static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
