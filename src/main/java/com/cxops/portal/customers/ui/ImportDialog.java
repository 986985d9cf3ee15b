package com.cxops.portal.customers.ui;

import com.cxops.portal.base.ui.UploadTexts;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.customers.CustomerImport;
import com.cxops.portal.customers.ImportKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Upload of a customers or orders file (managers, admins). The file lands in a temporary file, the import runs on a
 * worker thread with the person's security context and reports its progress through UI.access (@Push), so the
 * person can keep working. A refused file offers an error report to download.
 */
class ImportDialog extends Dialog {

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Anchor report = new Anchor();
    private final transient CustomerImport importer;
    private final transient SecurityContext security = SecurityContextHolder.getContext();
    private final Runnable onImported;

    ImportDialog(CustomerImport importer, Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setId("import-dialog");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("36em");
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.CUSTOMERS);
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> start(ui, file, metadata.fileName()))));
        upload.setId("import-upload");
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        int maxMegabytes = importer.maxFileMegabytes();
        upload.setMaxFileSize(maxMegabytes * 1024 * 1024);
        Span limit = new Span(getTranslation("import.max-size", maxMegabytes));
        limit.setId("import-limit");
        progress.setVisible(false);
        status.setId("import-status");
        report.setId("import-report");
        report.setText(getTranslation("import.report"));
        report.setVisible(false);
        add(new Paragraph(getTranslation("import.hint")), kind, upload, limit, progress, status, report);
        getFooter().add(new Button(getTranslation("import.close"), e -> close()));
    }

    private void start(UI ui, File file, String fileName) {
        ImportKind chosen = kind.getValue();
        kind.setEnabled(false);
        upload.setVisible(false);
        report.setVisible(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        Runnable work = () -> {
            try {
                CustomerImport.ImportResult result = importer.importFile(chosen, file.toPath(), fileName,
                        (phase, done, total) -> ui.access(() -> showProgress(phase, done, total)));
                ui.access(() -> finish(result, fileName));
            } catch (RuntimeException ex) {
                ui.access(() -> {
                    reset();
                    Toasts.error(getTranslation("error.unexpected", ex.getClass().getSimpleName()));
                });
                throw ex;
            } finally {
                file.delete();
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work, security));
    }

    private void showProgress(String phase, long done, long total) {
        progress.setIndeterminate(total == 0);
        if (total > 0) {
            progress.setValue((double) done / total);
        }
        status.setText(getTranslation(phase, done, total));
    }

    void finish(CustomerImport.ImportResult result, String fileName) {
        reset();
        if (result.written()) {
            status.setText(getTranslation("import.done", result.rows(), result.inserted(), result.updated()));
            Toasts.success(status.getText());
            onImported.run();
            return;
        }
        if (result.errorCount() == 1 && result.errors().getFirst().row() == 0) {
            status.setText(getTranslation(result.errors().getFirst().messageKey(), result.errors().getFirst().arguments().toArray()));
            return;
        }
        status.setText(getTranslation("import.failed", result.errorCount()));
        byte[] csv = reportCsv(result.errors());
        String name = (fileName == null ? "import" : fileName.replaceAll("\\.[^.]*$", "")) + "-errors.csv";
        report.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(csv), name, "text/csv;charset=UTF-8", csv.length)));
        report.setVisible(true);
    }

    private void reset() {
        progress.setVisible(false);
        kind.setEnabled(true);
        upload.setVisible(true);
        upload.clearFileList();
    }

    /** The report in the person's language, UTF-8 with a BOM so Excel shows Chinese; values never run as formulas. */
    byte[] reportCsv(List<CustomerImport.ImportError> errors) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(getTranslation("import.report.row"), getTranslation("import.report.column"),
                    getTranslation("import.report.value"), getTranslation("import.report.message"));
            for (CustomerImport.ImportError e : errors) {
                printer.printRecord(e.row(), safe(e.column()), safe(e.value()), getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Spreadsheet programs run cells starting with = + - @ as formulas; a leading apostrophe keeps them text. */
    static String safe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
