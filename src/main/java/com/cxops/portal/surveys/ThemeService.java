package com.cxops.portal.surveys;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

/** The comment themes: read by everyone who sees results, edited by administrators (keywords in Chinese and English). */
@Service
@Transactional
@Validated
public class ThemeService {

    private final ThemeRepository themes;
    private final AuditTrail audit;
    private final Clock clock;

    ThemeService(ThemeRepository themes, AuditTrail audit, Clock clock) {
        this.themes = themes;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN, Role.Names.AGENT})
    @Transactional(readOnly = true)
    public List<CommentTheme> list() {
        return themes.findAllByOrderByCodeAsc();
    }

    /** Changes a theme's names, keywords and whether it is used; new answers are tagged with the new keywords. */
    @RolesAllowed(Role.Names.ADMIN)
    public CommentTheme update(long id, long version,
                               @NotBlank(message = "{surveys.theme.error.name}") @Size(max = CommentTheme.NAME_MAX) String nameEn,
                               @NotBlank(message = "{surveys.theme.error.name}") @Size(max = CommentTheme.NAME_MAX) String nameZh,
                               @Size(max = CommentTheme.KEYWORDS_MAX) String keywords, boolean active) {
        CommentTheme t = themes.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(t, version);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(ThemeMatcher.split(keywords).isEmpty(), "keywords", "surveys.theme.error.keywords");
        errors.throwIfAny();
        String normalized = String.join(",", ThemeMatcher.split(keywords));
        t.update(nameEn.strip(), nameZh.strip(), normalized, active);
        t.touch(clock.instant(), Actors.current());
        audit.record("SURVEY_THEME_CHANGED", "SurveyTheme", id, AuditDetails.of("audit.detail.theme-changed", t.getCode(), normalized, AuditDetails.label(active ? "audit.detail.active" : "audit.detail.inactive")));
        return themes.saveAndFlush(t);
    }
}
