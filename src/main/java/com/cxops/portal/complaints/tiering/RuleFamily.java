package com.cxops.portal.complaints.tiering;

/**
 * The kind of trigger a tiering rule stands for (DOMAIN.md tier table); the tier reason names the family in the
 * reader's language, so a media threat reads "media" and not "legal or regulator".
 */
public enum RuleFamily {
    PUBLIC_POST, VIP, REFUND, REPEAT, MEDIA, MANY_AFFECTED, SAFETY, LEGAL, OTHER;

    public String messageKey() {
        return "tiering.family." + name();
    }
}
