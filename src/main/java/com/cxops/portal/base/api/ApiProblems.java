package com.cxops.portal.base.api;

import com.cxops.portal.base.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The one shape of every API error (RFC 9457): {@code type, title, status, detail}, plus {@code errors} (field, code,
 * message) for invalid input, {@code code} (a stable message key) for the other errors, and {@code reference} for a
 * server error, which is also in the log. Used by the exception handler and by code that answers outside Spring MVC
 * (the request guard, the unknown-path handler).
 */
@Component
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final TranslationProvider i18n;
    private final JsonMapper json;

    ApiProblems(TranslationProvider i18n, JsonMapper json) {
        this.i18n = i18n;
        this.json = json;
    }

    /** A problem with a stable code and its English message as the detail (API callers are systems; see docs/bad-input.md). */
    public ProblemDetail of(HttpStatus status, String code) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, english(code));
        p.setTitle(status.getReasonPhrase());
        p.setProperty("code", code);
        return p;
    }

    /** 500 with a reference id that is logged with the stack trace, so support can find the cause from the caller's report. */
    public ProblemDetail internal(Throwable e, String method, String uri) {
        String reference = UUID.randomUUID().toString();
        log.error("API error reference {} on {} {}", reference, method, uri, e);
        ProblemDetail p = of(HttpStatus.INTERNAL_SERVER_ERROR, "api.error.internal");
        p.setProperty("reference", reference);
        return p;
    }

    String english(String code) {
        return i18n.translate(Locale.ENGLISH, code);
    }

    /** The problem as JSON text, for code that writes it itself (the container's error report). */
    String json(ProblemDetail problem) {
        return json.writeValueAsString(problem);
    }

    /** Writes the problem straight to the response (outside Spring MVC); does nothing once the response is committed. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
