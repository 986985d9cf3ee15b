package com.cxops.portal.security;

import com.cxops.portal.base.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules of a staff account beyond the form's constraints ({@link StaffForm}): the user name, checked only for a new
 * account, the language among those offered, the time zone a real zone. Shared by the service (authoritative) and the
 * form (early feedback).
 */
public final class StaffRules {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** Deliberately simple: one @, no spaces, a dot in the domain. The mail server has the last word. */
    public static final String EMAIL_REGEX = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    public static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);
    public static final Set<String> LANGUAGES = Set.of("en", "zh-CN");

    private StaffRules() {
    }

    static void validate(StaffForm form, boolean isNew, InvalidInputException.Collector errors) {
        if (isNew) {
            errors.addIf(form.getUsername() == null || !USERNAME.matcher(form.getUsername()).matches(), "username", "staff.error.username");
        }
        errors.addIf(!LANGUAGES.contains(form.getLanguage()), "language", "staff.error.language");
        errors.addIf(!isZone(form.getTimeZone()), "timeZone", "staff.error.time-zone");
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
