package com.cxops.portal.base.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Last resort for exceptions a view did not handle: the person gets a translated message (never a stack trace),
 * the log gets the details with a reference the person can quote.
 */
@Component
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOfInterest(event.getThrowable());
        if (cause instanceof InvalidInputException invalid) {
            Toasts.error(invalid.firstMessage(Toasts::translate));
        } else if (cause instanceof ConcurrentEditException conflict) {
            Toasts.error(Toasts.translate("error.conflict.short", conflict.getChangedBy()));
        } else if (cause instanceof AccessDeniedException || cause instanceof AuthorizationDeniedException) {
            Toasts.error(Toasts.translate("error.access-denied"));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error (reference {})", reference, event.getThrowable());
            Toasts.error(Toasts.translate("error.unexpected", reference));
        }
    }

    private static Throwable rootOfInterest(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof InvalidInputException || current instanceof ConcurrentEditException
                    || current instanceof AccessDeniedException || current instanceof AuthorizationDeniedException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
