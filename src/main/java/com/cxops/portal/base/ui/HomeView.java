package com.cxops.portal.base.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;

/**
 * "My work": greets the person and shows what each of their roles does here. Features add what needs the
 * person now (complaints by SLA time left, concierge tasks due, follow-ups) as they land.
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class HomeView extends VerticalLayout implements HasDynamicTitle, RefreshOnReentry {

    private final transient CurrentUser currentUser;
    private final transient List<HomeSection> sections;

    public HomeView(CurrentUser currentUser, List<HomeSection> sections) {
        this.currentUser = currentUser;
        this.sections = sections;
        build();
    }

    /** The home page again: its sections (my tasks today, the queue's counts) read afresh. */
    @Override
    public void refreshOnReentry() {
        removeAll();
        build();
    }

    private void build() {
        H2 greeting = new H2(getTranslation("home.greeting", currentUser.displayName()));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.intro")));
        // what needs the person now, contributed by the features, before the overview of their roles
        sections.stream().filter(s -> s.visibleTo(currentUser)).sorted(Comparator.comparingInt(HomeSection::order))
                .forEach(s -> add(s.create()));
        Div cards = new Div();
        cards.addClassName("cx-cards");
        for (Role role : Role.values()) {
            if (currentUser.hasRole(role.name())) {
                Div card = new Div(new H3(getTranslation(role.messageKey())),
                        new Paragraph(getTranslation("home.role." + role.name())));
                card.addClassName("cx-card");
                card.setId("home-card-" + role.name());
                cards.add(card);
            }
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | " + getTranslation("app.name");
    }
}
