package com.cxops.portal.concierge.ui;

import com.cxops.portal.base.ui.FieldTexts;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.concierge.RightsService;
import com.cxops.portal.concierge.VipRight;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** The VIP rights catalogue per membership level: an administrator sets each right's yearly allowance. */
@Route("admin/vip-rights")
@Menu(order = 101, title = "concierge.menu.admin.rights", icon = "vaadin:diamond")
@RolesAllowed(Role.Names.ADMIN)
public class VipRightsAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<VipRight> grid = new Grid<>();
    final IntegerField allowance = new IntegerField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final RightsService rights;
    private final CurrentUser user;

    public VipRightsAdminView(RightsService rights, CurrentUser user) {
        this.rights = rights;
        this.user = user;
        setSizeFull();
        grid.setId("vip-rights-grid");
        grid.addColumn(r -> getTranslation(r.getMembershipLevel().messageKey())).setHeader(getTranslation("concierge.book.membership"));
        grid.addColumn(r -> r.name(getLocale())).setHeader(getTranslation("concierge.rights.right")).setFlexGrow(2);
        grid.addColumn(VipRight::getYearlyAllowance).setHeader(getTranslation("concierge.rights.allowance"));
        grid.addColumn(r -> getTranslation(r.isActive() ? "tasks.admin.in-use" : "tasks.admin.not-in-use")).setHeader(getTranslation("tasks.admin.active"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            save.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                allowance.setValue(e.getValue().getYearlyAllowance());
                active.setValue(e.getValue().isActive());
            }
        });
        allowance.setId("vip-right-allowance");
        allowance.setLabel(getTranslation("concierge.rights.allowance"));
        allowance.setMin(0);
        allowance.setMax(VipRight.MAX_ALLOWANCE);
        FieldTexts.apply(allowance);
        active.setLabel(getTranslation("tasks.admin.active"));
        save.setText(getTranslation("action.save"));
        save.setId("vip-right-save");
        save.setEnabled(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            VipRight r = grid.asSingleSelect().getValue();
            if (r != null && FormErrors.attempt(() -> rights.updateAllowance(r.getId(), allowance.getValue() == null ? -1 : allowance.getValue(),
                    active.getValue(), r.getVersion()), Map.of("yearlyAllowance", allowance), user, this::refresh)) {
                Toasts.success(getTranslation("tasks.saved"));
                refresh();
            }
        });
        HorizontalLayout form = new HorizontalLayout(allowance, active, save);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("concierge.admin.rights")), grid, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(rights.catalogue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("concierge.admin.rights") + " | " + getTranslation("app.name");
    }
}
