package com.cxops.portal.reports.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.reports.ReportExport;
import com.cxops.portal.reports.ReviewPeriod;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The Excel export of the shown pack: built off the UI thread with a progress bar, then offered as a download that
 * deletes its temporary file once read. Leaving the page stops an export in progress and removes a file not fetched.
 */
class PackExport extends HorizontalLayout {

    final Button export = new Button();
    final ProgressBar progress = new ProgressBar();
    final Anchor download = new Anchor();
    private final ReportExport exporter;
    private final CurrentUser user;
    private final Supplier<ReviewPeriod> period;
    private final AtomicBoolean cancelExport = new AtomicBoolean();
    Path lastExport;

    PackExport(ReportExport exporter, CurrentUser user, Supplier<ReviewPeriod> period) {
        this.exporter = exporter;
        this.user = user;
        this.period = period;
        setPadding(false);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        export.setId("reports-export");
        export.setText(getTranslation("reports.export"));
        export.addClickListener(e -> start());
        progress.setVisible(false);
        progress.setWidth("12em");
        download.setId("reports-download");
        download.setVisible(false);
        download.getElement().setAttribute("download", true);
        add(export, progress, download);
    }

    /** A new pack is shown: the download of the one before goes. */
    void reset() {
        download.setVisible(false);
    }

    void start() {
        UI ui = UI.getCurrent();
        ReviewPeriod p = period.get();
        export.setEnabled(false);
        download.setVisible(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        cancelExport.set(false);
        Locale locale = user.locale();
        Runnable work = () -> {
            try {
                Path file = exporter.export(p, locale, (done, total) -> ui.access(() -> {
                    progress.setIndeterminate(total == 0);
                    if (total > 0) {
                        progress.setValue(Math.min(1.0, (double) done / total));
                    }
                }), cancelExport::get);
                ui.access(() -> exported(file, p));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException ex) {
                ui.access(() -> {
                    progress.setVisible(false);
                    export.setEnabled(true);
                    Toasts.error(getTranslation("reports.export.failed"));
                });
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void exported(Path file, ReviewPeriod p) {
        progress.setVisible(false);
        export.setEnabled(true);
        String name = ReportExport.fileName(p);
        download.setHref(DownloadHandler.fromInputStream(event -> {
            long size = Files.size(file);
            return new DownloadResponse(new DeletingInputStream(file), name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", size);
        }));
        download.setText(getTranslation("reports.export.ready") + " " + name);
        download.setVisible(true);
        lastExport = file;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // Closing the browser stops an export in progress; a finished file not yet downloaded is removed.
        cancelExport.set(true);
        if (lastExport != null) {
            try {
                Files.deleteIfExists(lastExport);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
        super.onDetach(detachEvent);
    }

    /** A download that deletes its temporary workbook when the browser has read it (or the stream is closed). */
    private static final class DeletingInputStream extends FilterInputStream {
        private final Path file;

        DeletingInputStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
