package com.cxops.portal.base.ui;

import com.cxops.portal.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;

/** Shows a service's field errors on the form's fields; errors of unknown fields become a notification. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        e.getFieldErrors().forEach((field, key) -> {
            HasValidation target = fields.get(field);
            String message = Notifications.translate(key);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        });
    }
}
