package com.cxops.portal.base.api;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Errors of the REST API as RFC 9457 problem details, always {@code application/problem+json}. The shape is stable:
 * {@code type, title, status, detail}; invalid input adds {@code errors}, each {@code {field, code, message}} (code is
 * the message key, message its English text); other errors add {@code code}; a 500 adds {@code reference}, also
 * logged with the stack trace. Nothing has been written when an error is returned. Applies to REST controllers only
 * (the survey page is a server-rendered page with its own error handling).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's default problem-details handler, which lists no field errors
public class ApiExceptionHandler {

    private final TranslationProvider i18n;
    private final ApiProblems problems;

    public ApiExceptionHandler(TranslationProvider i18n, ApiProblems problems) {
        this.i18n = i18n;
        this.problems = problems;
    }

    public record FieldError(String field, String code, String message) {
    }

    /** A service's "no such record" is a 404 for the API (the record is named in the path), any other refusal a 400. */
    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        if (e.getFieldErrors().containsValue("error.not-found")) {
            return problems.of(HttpStatus.NOT_FOUND, "api.error.not-found");
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getFieldErrors(), e::arguments);
    }

    @ExceptionHandler(ApiProblemException.class)
    ProblemDetail api(ApiProblemException e) {
        return problems.of(e.getStatus(), e.getMessageKey());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (ApiRequestGuard.isTooLarge(e)) {
            return problems.of(HttpStatus.CONTENT_TOO_LARGE, "api.error.too-large");
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request body", Map.of("", "api.error.malformed"), f -> new Object[0]);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail notValid(MethodArgumentNotValidException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid input");
        p.setTitle("Invalid input");
        p.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getCode(), f.getDefaultMessage())).toList());
        return p;
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException e) {
        ProblemDetail p = problems.of(HttpStatus.CONFLICT, "api.error.conflict");
        p.setDetail("The record was changed by " + e.getChangedBy() + " at " + e.getChangedAt() + "; read it again and retry.");
        return p;
    }

    /** A write that lost a race after its retries (ApiRetry): the caller may send it again. Never a 500, never a redirect. */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    ProblemDetail race(RuntimeException e) {
        return problems.of(HttpStatus.CONFLICT, "api.error.conflict");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Not allowed");
        p.setTitle("Forbidden");
        return p;
    }

    /** Spring MVC's own errors (405, 415, 406, a bad path variable...) keep their status; anything else is a 500. */
    @ExceptionHandler(Exception.class)
    ProblemDetail other(Exception e, HttpServletRequest request) {
        if (ApiRequestGuard.isTooLarge(e)) {
            return problems.of(HttpStatus.CONTENT_TOO_LARGE, "api.error.too-large");
        }
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException) {
            return problems.of(HttpStatus.NOT_FOUND, "api.error.not-found"); // /api/complaints/abc names no record
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
            return known.getBody();
        }
        return problems.internal(e, request.getMethod(), request.getRequestURI());
    }

    private ProblemDetail problem(HttpStatus status, String title, Map<String, String> fieldErrors,
                                  java.util.function.Function<String, Object[]> arguments) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, title);
        p.setTitle(title);
        List<FieldError> errors = fieldErrors.entrySet().stream()
                .map(en -> new FieldError(en.getKey(), en.getValue(), i18n.translate(Locale.ENGLISH, en.getValue(),
                        arguments.apply(en.getKey())))).toList();
        p.setProperty("errors", errors);
        return p;
    }
}
