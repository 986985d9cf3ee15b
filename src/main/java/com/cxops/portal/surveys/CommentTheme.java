package com.cxops.portal.surveys;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A theme that comments are tagged with when they contain one of its keywords (Chinese and English, comma-separated). */
@Entity
@Table(name = "survey_theme")
public class CommentTheme extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int KEYWORDS_MAX = 2000;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @Column(nullable = false, length = KEYWORDS_MAX)
    private String keywords;

    @Column(nullable = false)
    private boolean active;

    protected CommentTheme() {
    }

    CommentTheme(String code, String nameEn, String nameZh, String keywords) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.keywords = keywords;
        this.active = true;
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

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getKeywords() {
        return keywords;
    }

    public boolean isActive() {
        return active;
    }

    void update(String nameEn, String nameZh, String keywords, boolean active) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.keywords = keywords;
        this.active = active;
    }

    public List<String> keywordList() {
        return ThemeMatcher.split(keywords);
    }

    @Override
    public String toString() {
        return code + Arrays.toString(keywordList().toArray());
    }
}
