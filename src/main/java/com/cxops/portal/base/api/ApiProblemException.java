package com.cxops.portal.base.api;

import org.springframework.http.HttpStatus;

/** An API error with its own status and a message key (e.g. 404 not found, 409 conflict, 422 key reused). */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    public ApiProblemException(HttpStatus status, String messageKey) {
        super(status + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    public static ApiProblemException notFound() {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "api.error.not-found");
    }

    public HttpStatus getStatus() {
        return status;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
