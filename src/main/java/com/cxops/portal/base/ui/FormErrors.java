package com.cxops.portal.base.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;

/** Shows a service's field errors on the form's fields; errors of unknown fields become a notification. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Runs a form's save (or delete) the way every editor does: refused input goes onto the fields, a conflict opens
     * the "someone else changed this" dialog with {@code reload}. Returns whether the action went through.
     */
    public static boolean attempt(Runnable action, Map<String, ? extends HasValidation> fields, CurrentUser user, Runnable reload) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            show(e, fields);
        } catch (ConcurrentEditException e) {
            ConflictDialog.open(e, user, reload);
        }
        return false;
    }

    public static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        e.getFieldErrors().forEach((field, key) -> {
            HasValidation target = fields.get(field);
            String message = Toasts.translate(key, e.arguments(field));
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                Toasts.error(message);
            }
        });
    }
}
