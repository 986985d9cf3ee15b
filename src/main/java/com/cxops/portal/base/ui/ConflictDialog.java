package com.cxops.portal.base.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Someone else changed this": says who and when, and offers to reload. The person's own edits stay in the form
 * until they choose to reload, so nothing they typed is lost without their say.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    public static ConfirmDialog open(ConcurrentEditException e, CurrentUser user, Runnable reload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Toasts.translate("conflict.title"));
        dialog.setText(Toasts.translate("conflict.text", e.getChangedBy() == null ? "?" : e.getChangedBy(),
                Formats.dateTime(e.getChangedAt(), user.zone(), user.locale())));
        dialog.setCancelable(true);
        dialog.setCancelText(Toasts.translate("conflict.keep-editing"));
        Button reloadButton = new Button(Toasts.translate("conflict.reload"), click -> {
            dialog.close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reloadButton.setId("conflict-reload");
        dialog.setConfirmButton(reloadButton);
        dialog.open();
        return dialog;
    }
}
