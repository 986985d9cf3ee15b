package com.cxops.portal.notifications;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AnyCaller;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.settings.SettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Each person chooses which notification types also reach them by mail. */
@Service
@Transactional
public class MailPreferenceService {

    private static final Pattern TYPE = Pattern.compile("[A-Z0-9_]{1,64}");

    private final MailPreferenceRepository preferences;
    private final NotificationRepository notifications;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    MailPreferenceService(MailPreferenceRepository preferences, NotificationRepository notifications,
                          SettingsService settings, AuditTrail audit, Clock clock) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Type → by mail, for the known types and every type the person has had or chosen, in name order. */
    @AnyCaller
    @Transactional(readOnly = true)
    public Map<String, Boolean> mine() {
        String me = me();
        boolean byDefault = settings.getBoolean(NotificationSettings.MAIL_DEFAULT_ON);
        TreeSet<String> types = new TreeSet<>(NotificationTypes.KNOWN);
        types.addAll(notifications.findTypesOf(me));
        Map<String, Boolean> result = new LinkedHashMap<>();
        types.forEach(t -> result.put(t, byDefault));
        preferences.findByUsername(me).forEach(p -> result.put(p.getType(), p.isByMail()));
        return result;
    }

    @AnyCaller
    public void saveMine(Map<String, Boolean> byMail) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        byMail.forEach((type, value) -> errors.addIf(type == null || !TYPE.matcher(type).matches() || value == null,
                "", "notification.preferences.error.type"));
        errors.throwIfAny();
        String me = me();
        List<AuditDetails.Arg> changes = new ArrayList<>();
        byMail.forEach((type, value) -> {
            MailPreference pref = preferences.findByUsernameAndType(me, type).orElse(null);
            if (pref == null) {
                pref = preferences.save(new MailPreference(me, type, value));
                pref.touch(clock.instant(), me);
                changes.add(choice(type, value));
            } else if (pref.isByMail() != value) {
                pref.setByMail(value);
                pref.touch(clock.instant(), me);
                changes.add(choice(type, value));
            }
        });
        if (!changes.isEmpty()) {
            audit.record("MAIL_PREFERENCES_CHANGED", "StaffMember", me, AuditDetails.of("audit.detail.details-changed", changes));
        }
    }

    /** "Customers moved into my book: by mail", the notification type in the viewer's words. */
    private static AuditDetails.Arg choice(String type, boolean byMail) {
        return new AuditDetails.Nested(AuditDetails.of("audit.detail.mail-choice", AuditDetails.label("notification.type." + type),
                AuditDetails.label(byMail ? "audit.detail.by-mail" : "audit.detail.in-app")));
    }

    /**
     * Whether this person gets mail of this type (their choice, else the default setting). Not secured: scheduled
     * jobs (the review packs' mailing) ask it for each recipient.
     */
    @Transactional(readOnly = true)
    public boolean wantsMail(String username, String type) {
        return preferences.findByUsernameAndType(username, type).map(MailPreference::isByMail)
                .orElseGet(() -> settings.getBoolean(NotificationSettings.MAIL_DEFAULT_ON));
    }

    private static String me() {
        return Actors.current();
    }
}
