package com.cxops.portal.base.ui;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditWords;
import org.springframework.stereotype.Component;

import java.util.function.BiFunction;

/** A configured duration in the audit trail as people say it ("1 d 3 h"), in the viewer's language. */
@Component
public class DurationWords implements AuditWords {

    static final String KIND = "minutes";

    public static AuditDetails.Arg minutes(Integer minutes) {
        return minutes == null ? new AuditDetails.None() : AuditDetails.coded(KIND, String.valueOf(minutes));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String words(String stored, BiFunction<String, Object[], String> translate) {
        try {
            return Durations.readable(Long.parseLong(stored), (key, n) -> translate.apply(key, new Object[]{n}));
        } catch (NumberFormatException e) {
            return stored;
        }
    }
}
