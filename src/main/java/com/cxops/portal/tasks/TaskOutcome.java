package com.cxops.portal.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One outcome a task of a type can end with, named in English and Chinese. */
@Embeddable
public class TaskOutcome {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    /** Whether ending a task this way means the customer was reached (it then goes into the contact log). */
    @Column(name = "counts_as_contact", nullable = false)
    private boolean countsAsContact;

    protected TaskOutcome() {
    }

    public TaskOutcome(String code, String nameEn, String nameZh, boolean countsAsContact) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.countsAsContact = countsAsContact;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public boolean isCountsAsContact() {
        return countsAsContact;
    }

    public String name(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
