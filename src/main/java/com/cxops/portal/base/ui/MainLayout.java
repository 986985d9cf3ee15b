package com.cxops.portal.base.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shell: side menu built from {@code @Menu} entries (only those the person's roles may open, titles are message
 * keys), and a header with the person's name and roles, the language switch and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient List<HeaderContributor> contributors;
    /** The view shown after the last navigation: the same instance again means the route was opened again. */
    private Component shown;

    public MainLayout(CurrentUser currentUser, List<HeaderContributor> contributors) {
        this.currentUser = currentUser;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(HeaderContributor::order)).toList();
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), sideNav());
        addToNavbar(new DrawerToggle(), header());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content != null && content == shown && content instanceof RefreshOnReentry screen) {
            screen.refreshOnReentry();
        }
        shown = content;
    }

    private Component brand() {
        Span logo = new Span(getTranslation("app.name"));
        logo.addClassName("cx-brand");
        return logo;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        // Administration pages are grouped under one entry (UI.md: "Admin"), the rest stand at the top level.
        SideNavItem admin = new SideNavItem(getTranslation("menu.admin"));
        admin.setId("side-nav-admin");
        admin.setPrefixComponent(new Icon("vaadin:wrench"));
        admin.setExpanded(true);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            if (entry.path().replaceFirst("^/", "").startsWith("admin/")) {
                admin.addItem(item);
            } else {
                nav.addItem(item);
            }
        }
        if (!admin.getItems().isEmpty()) {
            nav.addItem(admin);
        }
        return nav;
    }

    private Component header() {
        Span name = new Span(currentUser.displayName());
        name.setId("current-user-name");
        name.addClassName("cx-user-name");
        Span roles = new Span(currentUser.roles().stream().sorted()
                .map(r -> getTranslation(Role.valueOf(r).messageKey())).collect(Collectors.joining(", ")));
        roles.setId("current-user-roles");
        roles.addClassName("cx-user-roles");
        VerticalLayout who = new VerticalLayout(name, roles);
        who.setPadding(false);
        who.setSpacing(false);

        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setItems(TranslationProvider.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + TranslationProvider.toTag(l)));
        language.setValue(TranslationProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("header.language"));
        language.setWidth("9em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                currentUser.changeLanguage(e.getValue());
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(e.getValue());
                ui.setLocale(e.getValue());
                ui.getPage().reload();
            }
        });

        Button account = new Button(new Icon(VaadinIcon.USER), e -> UI.getCurrent().navigate("account"));
        account.setId("account-button");
        account.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.setTooltipText(getTranslation("header.account"));
        account.setAriaLabel(getTranslation("header.account"));

        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), e -> currentUser.logout());
        // the word hides on a phone (CSS cx-wide-only) so that the header fits 375 px; the icon keeps its label
        Span logoutText = new Span(getTranslation("header.logout"));
        logoutText.addClassName("cx-wide-only");
        logout.getElement().appendChild(logoutText.getElement());
        logout.setAriaLabel(getTranslation("header.logout"));
        logout.setTooltipText(getTranslation("header.logout"));
        logout.setId("logout-button");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(who);
        contributors.forEach(c -> header.add(c.create()));
        header.add(language, account, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("cx-header");
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return header;
    }
}
