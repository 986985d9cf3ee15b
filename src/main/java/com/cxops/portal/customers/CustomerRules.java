package com.cxops.portal.customers;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** Field rules shared by the edit form, the import and the API, so every path refuses the same input. */
public final class CustomerRules {

    public static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{2,38}$");
    public static final int NAME_MAX = 200;
    public static final int NOTES_MAX = 4000;
    public static final int REASON_MAX = 500;
    public static final int CATEGORY_MAX = 100;

    private CustomerRules() {
    }

    public static boolean isExternalId(String v) {
        return v != null && EXTERNAL_ID.matcher(v).matches();
    }

    /** Empty is fine (the shop may not know it); otherwise a plausible address. */
    public static boolean isEmailOrEmpty(String v) {
        return v == null || v.isBlank() || (v.length() <= 254 && EMAIL.matcher(v.trim()).matches());
    }

    public static boolean isPhoneOrEmpty(String v) {
        return v == null || v.isBlank() || PHONE.matcher(v.trim()).matches();
    }

    public static boolean isCurrency(String v) {
        if (v == null || !v.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            // ISO 4217 codes only, and no funds, metals or test codes (XAU, XXX, XTS have no minor unit)
            return Currency.getInstance(v).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Zero is allowed (a fully discounted order); negative amounts are refunds, which come as a status instead. */
    public static boolean isAmount(BigDecimal v) {
        return v != null && v.signum() >= 0 && v.scale() <= 2 && v.precision() - v.scale() <= 17;
    }

    /** A customer made VIP by hand needs the reason (cross-field: the reason is required only then). */
    public static boolean vipReasonMissing(boolean manualVip, String reason) {
        return manualVip && (reason == null || reason.isBlank());
    }

    static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
