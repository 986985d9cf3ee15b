package com.cxops.portal.surveys;

import com.cxops.portal.base.settings.SettingChoice;
import com.cxops.portal.base.settings.SettingDefinition;
import com.cxops.portal.base.settings.SettingsContributor;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.complaints.ComplaintFacts;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/** Every number of the surveys feature (DOMAIN.md "Surveys"), editable by an administrator. */
@Component
public class SurveySettings implements SettingsContributor {

    public static final String CSAT_DELAY_MINUTES = "surveys.csat.delay-minutes";
    public static final String QUIET_DAYS = "surveys.quiet-period-days";
    public static final String URGENT_CSAT_BREAKS_QUIET = "surveys.csat.urgent-breaks-quiet-period";
    public static final String EXPIRY_DAYS = "surveys.link-expiry-days";
    public static final String SMALL_SAMPLE = "surveys.small-sample-below";
    public static final String FOLLOW_UP_HOURS = "surveys.follow-up-due-hours";
    public static final String SWEEP_DAYS = "surveys.follow-up.sweep-days";
    public static final String RECOVERY_TEAM = "surveys.recovery-team-id";
    public static final String DEFAULT_LANGUAGE = "surveys.default-language";
    public static final String PUBLIC_BASE_URL = "surveys.public-base-url";
    public static final String COMMENT_MAX = "surveys.comment-max-length";
    public static final String LOOKUP_MAX_FAILURES = "surveys.lookup.max-failures";
    public static final String LOOKUP_WINDOW_MINUTES = "surveys.lookup.window-minutes";
    public static final String CAMPAIGN_BATCH = "surveys.campaign.batch-size";
    public static final String SEND_BATCH = "surveys.send.batch-size";
    public static final String ASK_PROMOTER_REVIEW = "surveys.promoter-review-request";

    /** Hard upper bound of a comment, whatever the setting says (the column holds 2 000). */
    public static final int COMMENT_HARD_MAX = 2000;

    private final SettingsService settings;
    private final ComplaintFacts complaints;

    SurveySettings(@org.springframework.context.annotation.Lazy SettingsService settings, ComplaintFacts complaints) {
        this.settings = settings;
        this.complaints = complaints;
    }

    /** The recovery team must be a team that exists (0: none). */
    @Override
    public Optional<String> check(String key, String value) {
        if (RECOVERY_TEAM.equals(key)) {
            // the type check has passed: a whole number, perhaps written "5.0"
            long id = new java.math.BigDecimal(value).longValue();
            if (id > 0 && !complaints.teamExists(id)) {
                return Optional.of("surveys.settings.error.recovery-team");
            }
        }
        return Optional.empty();
    }

    /** The recovery team is picked by name. */
    @Override
    public List<SettingChoice> choices(String key) {
        if (!RECOVERY_TEAM.equals(key)) {
            return List.of();
        }
        List<SettingChoice> choices = new ArrayList<>();
        choices.add(new SettingChoice("0", "surveys.settings.recovery-team.none", true));
        complaints.teams().forEach(t -> choices.add(new SettingChoice(Long.toString(t.id()), t.name(), false)));
        return choices;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.integer(CSAT_DELAY_MINUTES, 120, 0, 10080, "Minutes after a complaint is resolved before its CSAT invitation is sent"),
                SettingDefinition.integer(QUIET_DAYS, 30, 0, 365, "Days after an invitation in which the customer is not invited again (NPS and CSAT together)"),
                SettingDefinition.bool(URGENT_CSAT_BREAKS_QUIET, true, "A CSAT after an urgent or major complaint is sent even within the quiet period"),
                SettingDefinition.integer(EXPIRY_DAYS, 14, 1, 365, "Days a survey link stays valid"),
                SettingDefinition.integer(SMALL_SAMPLE, 30, 1, 100000, "Scores from fewer answers than this are marked small sample"),
                SettingDefinition.integer(FOLLOW_UP_HOURS, 48, 1, 720, "Hours within which an unhappy answer must be followed up"),
                SettingDefinition.integer(SWEEP_DAYS, 30, 1, 3650, "Days back the follow-up sweep looks for unhappy answers still without a task (older ones, e.g. imported history, are left alone)"),
                SettingDefinition.integer(RECOVERY_TEAM, 0, 0, Integer.MAX_VALUE, "Team whose customer-recovery pool gets follow-ups without an agent or account manager (0: the complaint's team, else the concierge pool)"),
                SettingDefinition.text(DEFAULT_LANGUAGE, "zh", "Survey language of a customer without one (zh or en)"),
                SettingDefinition.text(PUBLIC_BASE_URL, "http://localhost:8080", "Address of the public survey page as customers reach it"),
                SettingDefinition.integer(COMMENT_MAX, 1000, 1, COMMENT_HARD_MAX, "Longest comment a customer can leave"),
                SettingDefinition.integer(LOOKUP_MAX_FAILURES, 20, 1, 10000, "Failed survey link look-ups from one address before it is refused"),
                SettingDefinition.integer(LOOKUP_WINDOW_MINUTES, 15, 1, 1440, "Minutes over which failed survey link look-ups are counted"),
                SettingDefinition.integer(CAMPAIGN_BATCH, 500, 10, 10000, "Customers handled per batch when a campaign creates its invitations"),
                SettingDefinition.integer(SEND_BATCH, 200, 1, 10000, "Invitations sent per run of the survey sender"),
                SettingDefinition.bool(ASK_PROMOTER_REVIEW, false, "Thank promoters with a request for a review or referral"));
    }

    public Duration csatDelay() {
        return Duration.ofMinutes(settings.getInt(CSAT_DELAY_MINUTES));
    }

    public Duration quietPeriod() {
        return Duration.ofDays(settings.getInt(QUIET_DAYS));
    }

    public boolean urgentCsatBreaksQuietPeriod() {
        return settings.getBoolean(URGENT_CSAT_BREAKS_QUIET);
    }

    public Duration expiry() {
        return Duration.ofDays(settings.getInt(EXPIRY_DAYS));
    }

    public int smallSampleBelow() {
        return settings.getInt(SMALL_SAMPLE);
    }

    /** How far back the sweep catches unhappy answers whose follow-up could not be made at once. */
    public Duration sweepWindow() {
        return Duration.ofDays(settings.getInt(SWEEP_DAYS));
    }

    public Duration followUpDue() {
        return Duration.ofHours(settings.getInt(FOLLOW_UP_HOURS));
    }

    /**
     * The team id of the customer-recovery pool as set, or null when none is set. The team may have been removed since
     * it was chosen: {@link FollowUps} then falls back as if none were set.
     */
    public Long recoveryTeamId() {
        int id = settings.getInt(RECOVERY_TEAM);
        return id <= 0 ? null : (long) id;
    }

    public String defaultLanguage() {
        return normalizeLanguage(settings.get(DEFAULT_LANGUAGE));
    }

    public String publicBaseUrl() {
        String u = settings.get(PUBLIC_BASE_URL);
        u = u == null || u.isBlank() ? "http://localhost:8080" : u.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    public int commentMax() {
        return Math.min(COMMENT_HARD_MAX, settings.getInt(COMMENT_MAX));
    }

    public int lookupMaxFailures() {
        return settings.getInt(LOOKUP_MAX_FAILURES);
    }

    public Duration lookupWindow() {
        return Duration.ofMinutes(settings.getInt(LOOKUP_WINDOW_MINUTES));
    }

    public int campaignBatch() {
        return settings.getInt(CAMPAIGN_BATCH);
    }

    public int sendBatch() {
        return settings.getInt(SEND_BATCH);
    }

    public boolean askPromoterReview() {
        return settings.getBoolean(ASK_PROMOTER_REVIEW);
    }

    /** The two survey languages: "en", or "zh" for anything else. */
    public static String normalizeLanguage(String tag) {
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh";
    }

    public static Locale locale(String language) {
        return "en".equals(normalizeLanguage(language)) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
