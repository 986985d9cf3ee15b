package com.cxops.portal.base.ui;

import com.cxops.portal.base.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Per session and per UI: the error handler that turns exceptions into translated messages, and the person's
 * language (remembered per user) applied to each new UI. Before login the browser's language is used.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UiErrorHandler errorHandler;

    UiSetup(CurrentUser currentUser, UiErrorHandler errorHandler) {
        this.currentUser = currentUser;
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(e -> {
            if (!currentUser.username().isEmpty()) {
                e.getUI().setLocale(currentUser.locale());
                e.getUI().getSession().setLocale(currentUser.locale());
            }
        });
    }
}
