package com.cxops.portal.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload button and its built-in messages in the user's language (Vaadin's defaults are English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add-file"))
                        .setMany(upload.getTranslation("upload.add-files")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop-file"))
                        .setMany(upload.getTranslation("upload.drop-files")))
                .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(upload.getTranslation("upload.error.type"))));
    }
}
