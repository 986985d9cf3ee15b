package com.cxops.portal.surveys;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.customers.CustomerFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the public answer page may do, without a login: read an invitation by its link, answer it once, opt out.
 * Every outcome a stranger could learn from (expired, used by someone else, unknown, malformed) is the same
 * {@link State#UNAVAILABLE}; failed look-ups are counted per address and refused above a limit.
 */
@Service
public class PublicSurveyService {

    public enum State { OPEN, ANSWERED, UNAVAILABLE, THROTTLED }

    /** What the page shows: the state, and for an open link the scale, language and first name (at most). */
    public record View(State state, SurveyKind kind, String language, String firstName, int commentMax,
                       boolean askReview) {
        static View of(State state) {
            return new View(state, null, null, "", 0, false);
        }
    }

    public sealed interface Outcome {
        record Saved(long answerId) implements Outcome {
        }

        record AlreadyAnswered() implements Outcome {
        }

        record Unavailable(State state) implements Outcome {
        }

        /** A score off the scale, a tampered field or a too-long comment: the message key; nothing saved. */
        record Invalid(String field, String messageKey) implements Outcome {
        }
    }

    private final InvitationRepository invitations;
    private final AnswerRepository answers;
    private final ThemeRepository themes;
    private final LookupFailureRepository failures;
    private final SurveyCustomerRepository surveyCustomers;
    private final InvitationService invitationService;
    private final SubjectFacts facts;
    private final SurveySettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final SurveyRollupWrites rollups;

    PublicSurveyService(InvitationRepository invitations, AnswerRepository answers, ThemeRepository themes,
                        LookupFailureRepository failures, SurveyCustomerRepository surveyCustomers,
                        InvitationService invitationService, SubjectFacts facts, SurveySettings settings,
                        AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                        PlatformTransactionManager transactions, SurveyRollupWrites rollups) {
        this.rollups = rollups;
        this.invitations = invitations;
        this.answers = answers;
        this.themes = themes;
        this.failures = failures;
        this.surveyCustomers = surveyCustomers;
        this.invitationService = invitationService;
        this.facts = facts;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public View view(String token, String address) {
        return tx.execute(s -> {
            Optional<Invitation> found = lookUp(token, address);
            if (found.isEmpty()) {
                return View.of(throttled(address) ? State.THROTTLED : State.UNAVAILABLE);
            }
            Invitation inv = found.get();
            Instant now = clock.instant();
            if (inv.getStatus() == InvitationStatus.ANSWERED) {
                // in the language the customer answered in
                String answeredIn = answers.findByInvitationId(inv.getId()).map(Answer::getLanguage).orElse(inv.getLanguage());
                return new View(State.ANSWERED, inv.getKind(), answeredIn, "", 0, askReview(inv));
            }
            if (!inv.open(now)) {
                return View.of(State.UNAVAILABLE);
            }
            String first = facts.customer(inv.getCustomerId()).map(CustomerFacts.Snapshot::name).map(SurveyRules::firstName).orElse("");
            return new View(State.OPEN, inv.getKind(), inv.getLanguage(), first, settings.commentMax(), false);
        });
    }

    /**
     * Saves the answer if the link is open. Of two submissions at once (two tabs, a double click) the unique key on
     * the invitation keeps one; the other is told it is already answered.
     */
    public Outcome answer(String token, String scoreField, String comment, String language, String address) {
        Outcome result;
        try {
            result = newTx.execute(s -> save(token, scoreField, comment, language, address));
        } catch (DataIntegrityViolationException e) {
            return new Outcome.AlreadyAnswered();
        }
        if (result instanceof Outcome.Saved saved) {
            answers.findById(saved.answerId()).ifPresent(a -> events.publishEvent(
                    new SurveyAnswered(a.getId(), a.getKind(), a.getScore(), a.getCustomerId(), a.getComplaintId())));
        }
        return result;
    }

    private Outcome save(String token, String scoreField, String comment, String language, String address) {
        Optional<Invitation> found = lookUp(token, address);
        if (found.isEmpty()) {
            return new Outcome.Unavailable(throttled(address) ? State.THROTTLED : State.UNAVAILABLE);
        }
        Invitation inv = found.get();
        Instant now = clock.instant();
        if (inv.getStatus() == InvitationStatus.ANSWERED) {
            return new Outcome.AlreadyAnswered();
        }
        if (!inv.open(now)) {
            return new Outcome.Unavailable(State.UNAVAILABLE);
        }
        Integer score = parseScore(scoreField);
        if (score == null || !inv.getKind().onScale(score)) {
            return new Outcome.Invalid("score", "surveys.page.error.score");
        }
        String text = comment == null ? null : comment.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text != null && text.codePointCount(0, text.length()) > settings.commentMax()) {
            return new Outcome.Invalid("comment", "surveys.page.error.comment");
        }
        String lang = SurveySettings.normalizeLanguage(language == null ? inv.getLanguage() : language);
        String tags = ThemeMatcher.match(text, activeThemes()).stream().collect(Collectors.joining(","));
        Answer answer = answers.saveAndFlush(new Answer(inv, score, text, tags.isEmpty() ? null : tags, lang, now));
        if (invitations.markAnswered(inv.getId(), now) == 0) {
            throw new DataIntegrityViolationException("invitation " + inv.getId() + " answered meanwhile");
        }
        rollups.answered(inv, score, now);
        // the language the customer chose on the page is theirs from now on
        SurveyCustomer sc = invitationService.surveyCustomer(inv.getCustomerId());
        if (!sc.getLanguage().equals(lang)) {
            sc.setLanguage(lang);
        }
        audit.recordAs("customer", "SURVEY_ANSWERED", "SurveyAnswer", answer.getId(),
                AuditDetails.of(text == null ? "audit.detail.survey-answered" : "audit.detail.survey-answered-comment", AuditDetails.label("surveys.kind.", inv.getKind()), score));
        return new Outcome.Saved(answer.getId());
    }

    /** One-click opt-out from the mail's link; works for any invitation the link belonged to, also after it expired. */
    public boolean optOut(String token, String address) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            if (throttled(address)) {
                return false;
            }
            if (!SurveyTokens.wellFormed(token)) {
                fail(address);
                return false;
            }
            Optional<Invitation> inv = invitations.findByTokenHash(SurveyTokens.hash(token));
            if (inv.isEmpty()) {
                fail(address);
                return false;
            }
            long customerId = inv.get().getCustomerId();
            if (facts.optOut(customerId)) {
                audit.recordAs("customer", "SURVEY_OPTED_OUT", "Customer", customerId, AuditDetails.of("audit.detail.from-survey-link"));
            }
            invitations.cancelScheduledOfCustomer(customerId);
            return true;
        }));
    }

    public boolean knownLink(String token, String address) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            if (throttled(address)) {
                return false;
            }
            if (!SurveyTokens.wellFormed(token) || invitations.findByTokenHash(SurveyTokens.hash(token)).isEmpty()) {
                fail(address);
                return false;
            }
            return true;
        }));
    }

    void purgeOldFailures() {
        tx.executeWithoutResult(s -> failures.deleteOlderThan(clock.instant().minus(Duration.ofDays(1))));
    }

    private Optional<Invitation> lookUp(String token, String address) {
        if (throttled(address)) {
            return Optional.empty();
        }
        if (!SurveyTokens.wellFormed(token)) {
            fail(address);
            return Optional.empty();
        }
        Optional<Invitation> inv = invitations.findByTokenHash(SurveyTokens.hash(token));
        if (inv.isEmpty()) {
            fail(address);
        }
        return inv;
    }

    public boolean throttled(String address) {
        return failures.countSince(key(address), clock.instant().minus(settings.lookupWindow())) >= settings.lookupMaxFailures();
    }

    private void fail(String address) {
        newTx.executeWithoutResult(s -> failures.save(new LookupFailure(key(address), clock.instant())));
    }

    private static String key(String address) {
        String a = address == null ? "" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    private boolean askReview(Invitation inv) {
        if (!settings.askPromoterReview() || inv.getKind() != SurveyKind.NPS) {
            return false;
        }
        return answers.findByInvitationId(inv.getId()).map(a -> NpsCalculator.promoter(a.getScore())).orElse(false);
    }

    private List<ThemeMatcher.Theme> activeThemes() {
        return themes.findByActiveTrueOrderByCodeAsc().stream()
                .map(t -> new ThemeMatcher.Theme(t.getCode(), t.keywordList())).toList();
    }

    /** The score a form field holds, or null when it is not a number (the form is shown again with it). */
    public static Integer parseScoreOrNull(String field) {
        return parseScore(field);
    }

    static Integer parseScore(String field) {
        if (field == null || field.length() > 2) {
            return null;
        }
        try {
            return Integer.parseInt(field.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
