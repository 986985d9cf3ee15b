package com.cxops.portal.sla.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.sla.SlaDataRepair;
import com.cxops.portal.sla.SlaSelfCheck;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The SLA data check for administrators: for the complaints logged in a period, every clock recomputed from the
 * complaint's history is compared with the stored one; the differences are listed (none expected). Runs on a worker
 * thread with a progress bar; the person can keep working.
 */
@Route("admin/sla-check")
@Menu(order = 99.2, title = "sla.check.menu", icon = "vaadin:check-square-o")
@RolesAllowed(Role.Names.ADMIN)
public class SlaDataCheckView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = FieldTexts.apply(new DatePicker());
    final DatePicker to = FieldTexts.apply(new DatePicker());
    final Button run = new Button();
    final Button repair = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span summary = new Span();
    final Grid<SlaSelfCheck.Difference> differences = new Grid<>();

    private final transient SlaSelfCheck check;
    private final transient SlaDataRepair repairs;
    private final transient CurrentUser user;

    public SlaDataCheckView(SlaSelfCheck check, SlaDataRepair repairs, CurrentUser user, Clock clock) {
        this.check = check;
        this.repairs = repairs;
        this.user = user;
        LocalDate today = clock.instant().atZone(user.zone()).toLocalDate();
        from.setId("sla-check-from");
        from.setLabel(getTranslation("sla.check.from"));
        from.setValue(today.withDayOfMonth(1));
        from.setLocale(user.locale());
        to.setId("sla-check-to");
        to.setLabel(getTranslation("sla.check.to"));
        to.setValue(today);
        to.setLocale(user.locale());
        run.setId("sla-check-run");
        run.setText(getTranslation("sla.check.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        repair.setId("sla-check-repair");
        repair.setText(getTranslation("sla.check.repair"));
        repair.addClickListener(e -> repair());
        refreshRepair();
        progress.setId("sla-check-progress");
        progress.setVisible(false);
        summary.setId("sla-check-summary");

        differences.setId("sla-check-differences");
        differences.addColumn(SlaSelfCheck.Difference::number).setHeader(getTranslation("sla.check.complaint")).setKey("complaint").setAutoWidth(true);
        differences.addColumn(d -> d.kind() == null ? getTranslation("sla.check.pauses") : getTranslation(d.kind().messageKey()))
                .setHeader(getTranslation("sla.check.target")).setKey("target").setAutoWidth(true);
        differences.addColumn(d -> getTranslation("sla.check.field." + d.field())).setHeader(getTranslation("sla.check.field")).setKey("field").setAutoWidth(true);
        differences.addColumn(SlaSelfCheck.Difference::stored).setHeader(getTranslation("sla.check.stored")).setKey("stored").setFlexGrow(1);
        differences.addColumn(SlaSelfCheck.Difference::expected).setHeader(getTranslation("sla.check.expected")).setKey("expected").setFlexGrow(1);
        differences.setEmptyStateText(getTranslation("sla.check.empty"));
        differences.addItemClickListener(e -> UI.getCurrent().navigate("complaints/" + e.getItem().complaintId()));
        differences.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(from, to, run, repair);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        setSizeFull();
        add(new H2(getTranslation("sla.check.title")), new Paragraph(getTranslation("sla.check.help")), filters, progress, summary, differences);
    }

    /** Runs on a worker thread with the person's security context; progress and result come back via UI.access (@Push). */
    void start() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("sla.check.error.period"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        Instant start = from.getValue().atStartOfDay(user.zone()).toInstant();
        Instant end = to.getValue().plusDays(1).atStartOfDay(user.zone()).toInstant();
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        summary.setText(getTranslation("sla.check.running"));
        long total = check.count(start, end);
        Runnable work = () -> {
            try {
                SlaSelfCheck.Report report = check.check(start, end, done -> ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total)));
                ui.access(() -> show(report));
            } catch (InvalidInputException ex) {
                ui.access(() -> {
                    finish();
                    Toasts.error(ex.firstMessage(this::getTranslation));
                });
            } catch (RuntimeException ex) {
                ui.access(() -> {
                    finish();
                    Toasts.error(getTranslation("sla.check.failed"));
                });
                throw ex;
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    /** Targets met without a due instant (stored before that rule): their clocks replayed from the history, audited. */
    void repair() {
        SlaDataRepair.Result r = repairs.repairMetWithoutDue();
        Toasts.success(getTranslation("sla.check.repaired", r.repaired(), r.left()));
        refreshRepair();
    }

    private void refreshRepair() {
        long n = repairs.countMetWithoutDue();
        repair.setEnabled(n > 0);
        repair.setTooltipText(getTranslation(n > 0 ? "sla.check.repair.help" : "sla.check.repair.nothing", n));
    }

    void show(SlaSelfCheck.Report report) {
        finish();
        differences.setItems(report.differences());
        summary.setText(getTranslation(report.differences().isEmpty() ? "sla.check.result.none" : report.truncated() ? "sla.check.result.truncated"
                : "sla.check.result.some", Formats.number(java.math.BigDecimal.valueOf(report.complaints()), user.locale()), Formats.number(java.math.BigDecimal.valueOf(report.clocks()), user.locale()),
                Formats.number(java.math.BigDecimal.valueOf(report.differences().size()), user.locale())));
    }

    private void finish() {
        run.setEnabled(true);
        progress.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.check.title") + " | " + getTranslation("app.name");
    }
}
