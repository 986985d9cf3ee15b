package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.FormErrors;
import com.cxops.portal.base.ui.Toasts;
import com.cxops.portal.surveys.CommentTheme;
import com.cxops.portal.surveys.ThemeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** Administrators edit the comment themes: names in English and Chinese, keywords in both languages. */
@Route("admin/survey-themes")
@Menu(order = 95.5, title = "surveys.menu.themes", icon = "vaadin:tags")
@RolesAllowed(Role.Names.ADMIN)
public class ThemesAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CommentTheme> grid = new Grid<>();
    private final transient ThemeService themes;
    private final transient CurrentUser user;

    public ThemesAdminView(ThemeService themes, CurrentUser user) {
        this.themes = themes;
        this.user = user;
        grid.setId("survey-themes");
        grid.addColumn(t -> t.name(user.locale())).setHeader(getTranslation("surveys.theme.name")).setAutoWidth(true);
        grid.addColumn(CommentTheme::getKeywords).setHeader(getTranslation("surveys.theme.keywords")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.isActive() ? "surveys.theme.active" : "surveys.theme.inactive")).setHeader(getTranslation("surveys.theme.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setItems(themes.list());
        add(new H2(getTranslation("surveys.theme.title")), grid);
    }

    void edit(CommentTheme theme) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(theme.name(user.locale()));
        TextField nameEn = new TextField(getTranslation("surveys.theme.name-en"), theme.getNameEn(), "");
        nameEn.setMaxLength(CommentTheme.NAME_MAX);
        nameEn.setId("theme-name-en");
        TextField nameZh = new TextField(getTranslation("surveys.theme.name-zh"), theme.getNameZh(), "");
        nameZh.setMaxLength(CommentTheme.NAME_MAX);
        nameZh.setId("theme-name-zh");
        TextArea keywords = new TextArea(getTranslation("surveys.theme.keywords"));
        keywords.setValue(theme.getKeywords());
        keywords.setMaxLength(CommentTheme.KEYWORDS_MAX);
        keywords.setHelperText(getTranslation("surveys.theme.keywords-help"));
        keywords.setId("theme-keywords");
        keywords.setWidthFull();
        Checkbox active = new Checkbox(getTranslation("surveys.theme.active"), theme.isActive());
        Button save = new Button(getTranslation("surveys.theme.save"), e -> {
            if (FormErrors.attempt(() -> themes.update(theme.getId(), theme.getVersion(), nameEn.getValue(), nameZh.getValue(),
                    keywords.getValue(), active.getValue()), Map.of("nameEn", nameEn, "nameZh", nameZh, "keywords", keywords), user,
                    () -> { dialog.close(); grid.setItems(themes.list()); })) {
                dialog.close();
                grid.setItems(themes.list());
                Toasts.success(getTranslation("surveys.theme.saved"));
            }
        });
        save.setId("theme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(nameEn, nameZh, keywords, active));
        dialog.getFooter().add(new Button(getTranslation("surveys.theme.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.theme.title");
    }
}
