package com.cxops.portal.base.api;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.i18n.TranslationProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Errors of the REST API as RFC 9457 problem details. Field errors are listed in "errors", each with the field,
 * a stable code (the message key) and an English message. Nothing has been written when an error is returned.
 */
@RestControllerAdvice(basePackages = "com.cxops.portal")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's default problem-details handler, which lists no field errors
public class ApiExceptionHandler {

    private final TranslationProvider i18n;

    public ApiExceptionHandler(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    public record FieldError(String field, String code, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getFieldErrors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed request body", Map.of("", "api.error.malformed"));
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
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed by " + e.getChangedBy() + " at " + e.getChangedAt());
        p.setTitle("Conflict");
        return p;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Not allowed");
        p.setTitle("Forbidden");
        return p;
    }

    private ProblemDetail problem(HttpStatus status, String title, Map<String, String> fieldErrors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, title);
        p.setTitle(title);
        List<FieldError> errors = fieldErrors.entrySet().stream()
                .map(en -> new FieldError(en.getKey(), en.getValue(), i18n.translate(Locale.ENGLISH, en.getValue()))).toList();
        p.setProperty("errors", errors);
        return p;
    }
}
