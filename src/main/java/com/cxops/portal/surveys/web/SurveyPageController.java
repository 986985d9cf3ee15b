package com.cxops.portal.surveys.web;

import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.surveys.PublicSurveyService;
import com.cxops.portal.surveys.PublicSurveyService.Outcome;
import com.cxops.portal.surveys.PublicSurveyService.State;
import com.cxops.portal.surveys.PublicSurveyService.View;
import com.cxops.portal.surveys.SurveyKind;
import com.cxops.portal.surveys.SurveySettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.stream.IntStream;

/**
 * The public answer page: opened from the invitation mail on a phone, without a login or JavaScript. Every link that
 * cannot be answered (expired, used by nobody, unknown, malformed, too long) shows the same friendly page.
 */
@Controller
@RequestMapping(SurveyPageController.PATH)
class SurveyPageController {

    static final String PATH = "/s";
    /** Longest path segment looked at; anything longer is not a token and is not even hashed. */
    private static final int TOKEN_FIELD_MAX = 100;

    private final PublicSurveyService surveys;
    private final TranslationProvider i18n;

    SurveyPageController(PublicSurveyService surveys, TranslationProvider i18n) {
        this.surveys = surveys;
        this.i18n = i18n;
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                @RequestParam(name = "thanks", required = false) String thanks,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        View view = surveys.view(cap(token), request.getRemoteAddr());
        String language = lang != null ? SurveySettings.normalizeLanguage(lang)
                : view.language() != null ? view.language() : "zh";
        text(model, language, token);
        return switch (view.state()) {
            case OPEN -> form(model, view, language, null, null, null);
            case ANSWERED -> message(model, thanks != null ? "thanks" : "answered", view.askReview() && thanks != null);
            case THROTTLED -> throttled(model, response);
            case UNAVAILABLE -> message(model, "unavailable", false);
        };
    }

    @PostMapping("/{token}")
    String answer(@PathVariable String token, @RequestParam(name = "score", required = false) String score,
                  @RequestParam(name = "comment", required = false) String comment,
                  @RequestParam(name = "lang", required = false) String lang,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = SurveySettings.normalizeLanguage(lang);
        String address = request.getRemoteAddr();
        Outcome outcome = surveys.answer(cap(token), score, comment, language, address);
        text(model, language, token);
        return switch (outcome) {
            case Outcome.Saved s -> "redirect:" + PATH + "/" + token + "?lang=" + language + "&thanks=1";
            case Outcome.AlreadyAnswered a -> message(model, "answered", false);
            case Outcome.Unavailable u -> u.state() == State.THROTTLED ? throttled(model, response) : message(model, "unavailable", false);
            case Outcome.Invalid i -> {
                View view = surveys.view(cap(token), address);
                if (view.state() != State.OPEN) {
                    yield message(model, "unavailable", false);
                }
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                yield form(model, view, language, i.messageKey(), PublicSurveyService.parseScoreOrNull(score),
                        comment == null ? null : comment.substring(0, Math.min(comment.length(), SurveySettings.COMMENT_HARD_MAX * 2)));
            }
        };
    }

    @GetMapping("/{token}/opt-out")
    String optOutPage(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = SurveySettings.normalizeLanguage(lang);
        text(model, language, token);
        if (!surveys.knownLink(cap(token), request.getRemoteAddr())) {
            return surveys.throttled(request.getRemoteAddr()) ? throttled(model, response) : message(model, "unavailable", false);
        }
        model.addAttribute("optOutPath", PATH + "/" + token + "/opt-out");
        return "surveys/optout";
    }

    @PostMapping("/{token}/opt-out")
    String optOut(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = SurveySettings.normalizeLanguage(lang);
        text(model, language, token);
        if (!surveys.optOut(cap(token), request.getRemoteAddr())) {
            return surveys.throttled(request.getRemoteAddr()) ? throttled(model, response) : message(model, "unavailable", false);
        }
        return message(model, "optout.done", false);
    }

    private void text(Model model, String language, String token) {
        model.addAttribute("t", new PageText(i18n, SurveySettings.locale(language)));
        model.addAttribute("language", language);
        model.addAttribute("selfPath", PATH + "/" + (token.length() > TOKEN_FIELD_MAX ? "" : token));
    }

    private String form(Model model, View view, String language, String errorKey, Integer score, String comment) {
        SurveyKind kind = view.kind();
        model.addAttribute("kind", kind.name());
        model.addAttribute("scores", IntStream.rangeClosed(kind.min(), kind.max()).boxed().toList());
        model.addAttribute("firstName", view.firstName());
        model.addAttribute("commentMax", view.commentMax());
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("score", score);
        model.addAttribute("comment", comment);
        model.addAttribute("otherLanguage", "zh".equals(language) ? "en" : "zh");
        return "surveys/answer";
    }

    private static String message(Model model, String which, boolean askReview) {
        model.addAttribute("which", which);
        model.addAttribute("askReview", askReview);
        return "surveys/message";
    }

    private static String throttled(Model model, HttpServletResponse response) {
        response.setStatus(429);
        return message(model, "throttled", false);
    }

    /** Over-long input is passed on cut short, so it fails the token's shape check without being processed in full. */
    private static String cap(String token) {
        return token == null || token.length() <= TOKEN_FIELD_MAX ? token : token.substring(0, TOKEN_FIELD_MAX);
    }
}
