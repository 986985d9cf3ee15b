package com.cxops.portal.concierge;

/** A right of the customer's membership level this year: allowance, used (delivered) and left. */
public record RightUsage(long rightId, String code, String nameEn, String nameZh, int allowance, long used) {

    public long left() {
        return Math.max(0, allowance - used);
    }

    public String name(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
