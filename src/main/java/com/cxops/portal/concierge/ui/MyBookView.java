package com.cxops.portal.concierge.ui;

import com.cxops.portal.base.CurrentUser;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.base.i18n.Formats;
import com.cxops.portal.base.i18n.TranslationProvider;
import com.cxops.portal.base.ui.BadgeRenderer;
import com.cxops.portal.concierge.BookRow;
import com.cxops.portal.concierge.ConciergeService;
import com.cxops.portal.base.ui.NarrowCards;
import com.cxops.portal.customers.ui.LayerChip;
import com.cxops.portal.surveys.SurveyKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * My book: a VIP manager's customers, who needs attention first (no contact within the setting's days). A deputy may
 * open the book of the colleague they stand in for; managers open any book.
 */
@Route("concierge/book")
@Menu(order = 22, title = "concierge.menu.book", icon = "vaadin:book")
@RolesAllowed({Role.Names.VIP_MANAGER, Role.Names.MANAGER})
public class MyBookView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<StaffDirectory.StaffContact> owner = new ComboBox<>();
    final Grid<BookRow> grid = new Grid<>();
    private final ConciergeService concierge;

    public MyBookView(ConciergeService concierge, CurrentUser user, TranslationProvider i18n, Clock clock) {
        this.concierge = concierge;
        setSizeFull();
        Locale locale = UI.getCurrent().getLocale();
        List<StaffDirectory.StaffContact> books = concierge.books();
        owner.setId("book-owner");
        owner.setLabel(getTranslation("concierge.book.of"));
        owner.setItems(books);
        owner.setItemLabelGenerator(StaffDirectory.StaffContact::displayName);
        owner.setVisible(books.size() > 1);
        grid.setId("book-grid");
        // Seven columns fit 1366 px (side menu open) in English and Chinese: what tells who needs attention gets a column
        // each; the customer's standing facts (membership, RFM, last order, left high-net-worth) fold under the name.
        grid.addColumn(LitRenderer.<BookRow>of("<div class=\"cx-book-name\">${item.name} <span class=\"${item.cls}\">${item.attention}</span></div>"
                        + "<div class=\"cx-book-sub\">${item.standing} <span class=\"${item.leftCls}\">${item.left}</span></div>")
                .withProperty("name", BookRow::name)
                .withProperty("attention", r -> r.needsAttention() ? getTranslation("concierge.book.attention") : "")
                .withProperty("cls", r -> BadgeRenderer.classNames(r.needsAttention() ? "x" : "", "warning"))
                .withProperty("standing", r -> standing(r, clock, user, locale, i18n))
                .withProperty("left", r -> r.vip() ? "" : getTranslation("concierge.book.left-vip"))
                .withProperty("leftCls", r -> BadgeRenderer.classNames(r.vip() ? "" : "x", "warning")))
                .setHeader(getTranslation("concierge.book.customer")).setKey("name").setFlexGrow(3).setWidth("16em");
        grid.addColumn(LayerChip.column(BookRow::layer)).setHeader(getTranslation("concierge.book.layer")).setKey("layer").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.lastContactAt() == null ? getTranslation("concierge.book.never")
                        : Formats.relative(r.lastContactAt(), clock.instant(), user.zone(), locale, i18n))
                .setHeader(getTranslation("concierge.book.last-contact")).setKey("lastContact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<BookRow>of("<span class=\"${item.cls}\" title=\"${item.band}\">${item.score}</span> ${item.when}")
                        .withProperty("score", r -> r.lastNps() == null ? "" : Integer.toString(r.lastNps().score()))
                        .withProperty("cls", r -> r.lastNps() == null ? "" : BadgeRenderer.classNames("x", npsTone(r)))
                        .withProperty("band", r -> r.lastNps() == null ? "" : getTranslation(r.lastNps().band().messageKey(SurveyKind.NPS)))
                        .withProperty("when", r -> r.lastNps() == null ? "" : Formats.date(r.lastNps().answeredAt().atZone(user.zone()).toLocalDate(), locale)))
                .setHeader(getTranslation("concierge.book.last-nps")).setKey("lastNps").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<BookRow>of("<div>${item.date}</div><div class=\"cx-book-sub\">${item.kind}</div>")
                        .withProperty("date", r -> r.nextOccasion() == null ? "" : Formats.date(r.nextOccasion(), locale))
                        .withProperty("kind", r -> r.nextOccasion() == null ? "" : getTranslation(r.nextOccasionKind().messageKey())))
                .setHeader(getTranslation("concierge.book.next-occasion")).setKey("nextOccasion").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BookRow::openTasks).setHeader(getTranslation("concierge.book.open-tasks")).setKey("openTasks").setAutoWidth(true)
                .setFlexGrow(0);
        NarrowCards.apply(grid, LitRenderer.<BookRow>of("<div class=\"cx-row-card\"><div class=\"cx-row-card-head\">"
                        + "<span class=\"cx-row-card-title\">${item.name}</span><span class=\"${item.layerClass}\">${item.layer}</span>"
                        + "<span class=\"${item.attentionClass}\">${item.attention}</span></div>"
                        + "<div class=\"cx-row-card-meta\">${item.contact}</div><div class=\"cx-row-card-meta\">${item.more}</div></div>")
                .withProperty("name", BookRow::name)
                .withProperty("layer", r -> getTranslation(r.layer().messageKey()))
                .withProperty("layerClass", r -> "cx-badge " + LayerChip.cssClass(r.layer()))
                .withProperty("attention", r -> r.needsAttention() ? getTranslation("concierge.book.attention") : "")
                .withProperty("attentionClass", r -> BadgeRenderer.classNames(r.needsAttention() ? "x" : "", "warning"))
                .withProperty("contact", r -> getTranslation("concierge.book.last-contact") + ": " + (r.lastContactAt() == null
                        ? getTranslation("concierge.book.never") : Formats.relative(r.lastContactAt(), clock.instant(), user.zone(), locale, i18n))
                        + " · " + getTranslation("concierge.book.open-tasks") + ": " + r.openTasks())
                .withProperty("more", r -> String.join(" · ", java.util.stream.Stream.of(
                        r.lastNps() == null ? null : getTranslation("concierge.book.last-nps") + ": " + r.lastNps().score() + " ("
                                + Formats.date(r.lastNps().answeredAt().atZone(user.zone()).toLocalDate(), locale) + ")",
                        r.nextOccasion() == null ? null : getTranslation("concierge.book.next-occasion") + ": "
                                + Formats.date(r.nextOccasion(), locale) + " " + getTranslation(r.nextOccasionKind().messageKey()),
                        r.vip() ? null : getTranslation("concierge.book.left-vip"),
                        getTranslation(r.membership().messageKey())).filter(java.util.Objects::nonNull).toList())));
        grid.setEmptyStateText(getTranslation("concierge.book.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("customers/" + e.getItem().customerId()));
        owner.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("concierge.book")), new Paragraph(getTranslation("concierge.book.intro")), owner, grid);
        long me = user.id().orElse(-1L);
        books.stream().filter(s -> s.id() == me).findFirst().or(() -> books.stream().findFirst()).ifPresentOrElse(owner::setValue, this::refresh);
    }

    /** Membership, RFM and last order: the customer's standing, one line under the name. */
    private String standing(BookRow r, Clock clock, CurrentUser user, Locale locale, TranslationProvider i18n) {
        return String.join(" · ", java.util.stream.Stream.of(getTranslation(r.membership().messageKey()),
                r.rfm().isEmpty() ? null : getTranslation("concierge.book.rfm") + " " + r.rfm(),
                r.lastOrderAt() == null ? null : getTranslation("concierge.book.last-order") + " "
                        + Formats.relative(r.lastOrderAt(), clock.instant(), user.zone(), locale, i18n)).filter(java.util.Objects::nonNull).toList());
    }

    /** Promoters in the success colour, detractors in the error colour, passives neutral (as the survey dashboard). */
    private static String npsTone(BookRow r) {
        return switch (r.lastNps().band()) {
            case HAPPY -> "success";
            case UNHAPPY -> "error";
            case NEUTRAL -> "neutral";
        };
    }

    private void refresh() {
        // A book is bounded (tens to a few hundred customers) and sorted by attention in the service.
        grid.setItems(owner.getValue() == null ? List.of() : concierge.book(owner.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("concierge.book") + " | " + getTranslation("app.name");
    }
}
