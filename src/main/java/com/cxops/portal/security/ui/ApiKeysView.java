package com.cxops.portal.security.ui;

import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.ui.ConflictDialog;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.security.ApiKey;
import com.cxops.portal.security.ApiKeyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

import java.util.Map;

/** Administrators create an API key per integration (shown once) and revoke keys. */
@Route("admin/api-keys")
@Menu(order = 93, title = "menu.admin.api-keys", icon = "vaadin:key")
@RolesAllowed(Role.Names.ADMIN)
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiKeyService keys;
    private final transient CurrentUser currentUser;
    final Grid<ApiKey> grid = new Grid<>();
    final TextField integration = new TextField();
    final Button create = new Button();

    public ApiKeysView(ApiKeyService keys, CurrentUser currentUser) {
        this.keys = keys;
        this.currentUser = currentUser;
        setSizeFull();
        integration.setId("apikey-integration");
        integration.setLabel(getTranslation("apikey.integration"));
        integration.setHelperText(getTranslation("apikey.integration.help"));
        integration.setValueChangeMode(ValueChangeMode.EAGER);
        integration.setRequiredIndicatorVisible(true);
        // UI.md: the field says which characters it accepts as soon as it holds something it will refuse
        integration.addValueChangeListener(e -> {
            String v = e.getValue().trim();
            boolean wrong = !v.isEmpty() && !ApiKeyService.INTEGRATION.matcher(v).matches();
            integration.setErrorMessage(wrong ? getTranslation("apikey.error.integration") : null);
            integration.setInvalid(wrong);
        });
        create.setId("apikey-create");
        create.setText(getTranslation("apikey.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());

        grid.setId("apikey-grid");
        grid.addColumn(ApiKey::getIntegration).setHeader(getTranslation("apikey.integration")).setSortProperty("integration");
        grid.addColumn(k -> k.getKeyPrefix() + "…").setHeader(getTranslation("apikey.prefix"));
        grid.addColumn(k -> Formats.dateTime(k.getCreatedAt(), currentUser.zone(), currentUser.locale()) + " · " + k.getCreatedBy())
                .setHeader(getTranslation("apikey.created"));
        grid.addComponentColumn(k -> {
            Span s = new Span(k.isRevoked()
                    ? getTranslation("apikey.revoked-at", Formats.dateTime(k.getRevokedAt(), currentUser.zone(), currentUser.locale()), k.getRevokedBy())
                    : getTranslation("apikey.active"));
            s.addClassNames("cx-badge", k.isRevoked() ? "neutral" : "success");
            return s;
        }).setHeader(getTranslation("apikey.status"));
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("apikey.revoke"), e -> confirmRevoke(k));
            revoke.setId("apikey-revoke-" + k.getId());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setVisible(!k.isRevoked());
            return revoke;
        });
        grid.setItems(q -> keys.page(VaadinSpringDataHelpers.toSpringPageRequest(q).withSort(
                VaadinSpringDataHelpers.toSpringDataSort(q).and(Sort.by(Sort.Direction.DESC, "id")))).stream());
        grid.setEmptyStateText(getTranslation("apikey.empty"));

        HorizontalLayout form = new HorizontalLayout(integration, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.admin.api-keys")), new Paragraph(getTranslation("apikey.intro")), form, grid);
    }

    private void create() {
        try {
            ApiKeyService.CreatedKey created = keys.create(integration.getValue());
            integration.clear();
            grid.getDataProvider().refreshAll();
            showOnce(created);
        } catch (InvalidInputException ex) {
            FormErrors.show(ex, Map.of("integration", integration));
        }
    }

    /** The key itself, shown this once: only its hash is stored. */
    private void showOnce(ApiKeyService.CreatedKey created) {
        Dialog dialog = new Dialog();
        dialog.setId("apikey-created");
        dialog.setHeaderTitle(getTranslation("apikey.created.title", created.apiKey().getIntegration()));
        TextField key = new TextField(getTranslation("apikey.key"));
        key.setId("apikey-key");
        key.setValue(created.key());
        key.setReadOnly(true);
        key.setWidthFull();
        dialog.add(new Paragraph(getTranslation("apikey.created.text")), key);
        dialog.getFooter().add(new Button(getTranslation("apikey.created.done"), e -> dialog.close()));
        dialog.setWidth("36em");
        dialog.open();
    }

    private void confirmRevoke(ApiKey key) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("apikey.revoke.title", key.getIntegration()));
        confirm.setText(getTranslation("apikey.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("apikey.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                keys.revoke(key.getId(), key.getVersion());
                Toasts.success(getTranslation("apikey.revoked", key.getIntegration()));
            } catch (ConcurrentEditException ex) {
                ConflictDialog.open(ex, currentUser, () -> grid.getDataProvider().refreshAll());
            }
            grid.getDataProvider().refreshAll();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.api-keys") + " | " + getTranslation("app.name");
    }
}
