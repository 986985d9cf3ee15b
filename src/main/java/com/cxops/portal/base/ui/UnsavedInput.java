package com.cxops.portal.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * UI.md: a dialog with unsaved input asks before it closes. Escape or a click outside the dialog closes it at once
 * while nothing was typed; once a field differs from what it held when the dialog opened, the person is asked
 * whether to discard it. The dialog's own Cancel button stays a deliberate close.
 */
public final class UnsavedInput {

    private UnsavedInput() {
    }

    /** Guards {@code dialog}; {@code fields} are compared with their values at this moment. */
    public static void guard(Dialog dialog, HasValue<?, ?>... fields) {
        List<Object> initial = new ArrayList<>();
        for (HasValue<?, ?> f : fields) {
            initial.add(f.getValue());
        }
        dialog.addDialogCloseActionListener(e -> {
            if (isChanged(fields, initial)) {
                ask(dialog);
            } else {
                dialog.close();
            }
        });
    }

    static boolean isChanged(HasValue<?, ?>[] fields, List<Object> initial) {
        for (int i = 0; i < fields.length; i++) {
            Object now = fields[i].getValue();
            Object then = initial.get(i);
            if (!Objects.equals(normal(now), normal(then))) {
                return true;
            }
        }
        return false;
    }

    /** Blank text and no text are the same "nothing typed". */
    private static Object normal(Object v) {
        return v instanceof String s && s.isBlank() ? null : v;
    }

    private static void ask(Dialog dialog) {
        Dialog confirm = new Dialog();
        confirm.setId("unsaved-dialog");
        confirm.setHeaderTitle(Toasts.translate("unsaved.title"));
        confirm.add(new Paragraph(Toasts.translate("unsaved.text")));
        Button keep = new Button(Toasts.translate("unsaved.keep"), e -> confirm.close());
        keep.setId("unsaved-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(Toasts.translate("unsaved.discard"), e -> {
            confirm.close();
            dialog.close();
        });
        discard.setId("unsaved-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(discard, keep);
        confirm.open();
    }
}
