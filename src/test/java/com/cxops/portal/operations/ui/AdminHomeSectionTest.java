package com.cxops.portal.operations.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's home shows their own work: failed mail, roster gaps, settings changed lately. */
class AdminHomeSectionTest extends KaribuTestBase {

    private static final String SETTING = "sla.at-risk.minutes";

    @Autowired
    SettingsService settings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_sees_failed_mail_roster_gaps_and_who_changed_which_setting() {
        String subject = unique("Undeliverable ");
        jdbc.update("INSERT INTO mail_outbox (version, recipient, email, subject, body, source_type, status, attempts, rejections, "
                + "next_attempt_at, last_error, created_at) VALUES (0, 'nobody', 'nobody@shop.example', ?, 'Body', 'TEST', "
                + "'FAILED', 5, 1, ?, '550 no such user', ?)", subject, java.sql.Timestamp.from(clock.instant()),
                java.sql.Timestamp.from(clock.instant()));
        String admin = unique("adm");
        actAs(admin, Role.ADMIN);
        var setting = settings.list(SETTING).getFirst();
        String before = setting.getValue();
        settings.update(SETTING, "45", setting.getVersion());
        SecurityContextHolder.clearContext();
        try {
            login(admin, Role.ADMIN);
            UI.getCurrent().navigate("");
            assertThat(_get(Span.class, s -> s.withId("home-admin-mail")).getText()).contains("could not be sent");
            assertThat(_get(Span.class, s -> s.withId("home-admin-roster")).getText())
                    .containsAnyOf("with nobody on duty", "Somebody is on duty");
            @SuppressWarnings("unchecked")
            Grid<com.cxops.portal.audit.AuditEntry> changes = _get(Grid.class, s -> s.withId("home-admin-settings"));
            assertThat(IntStream.range(0, GridKt._size(changes)).mapToObj(i -> GridKt._getFormattedRow(changes, i)))
                    .anySatisfy(row -> assertThat(row).contains(admin, "Targets due within this many minutes count as at risk",
                            before + " → 45"));

            String chinese = unique("adm");
            testStaff.ensure(chinese, Role.ADMIN);
            testStaff.setLanguage(chinese, "zh-CN");
            login(chinese, Role.ADMIN);
            setLanguage(Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().navigate("");
            assertThat(_get(Span.class, s -> s.withId("home-admin-mail")).getText()).contains("封邮件发送失败");

            loginNew(Role.AGENT);
            UI.getCurrent().navigate("");
            assertThat(_find(VerticalLayout.class, s -> s.withId("home-section-admin"))).isEmpty();
        } finally {
            jdbc.update("DELETE FROM mail_outbox WHERE subject = ?", subject);
            actAs(admin, Role.ADMIN);
            settings.update(SETTING, before, settings.list(SETTING).getFirst().getVersion());
            SecurityContextHolder.clearContext();
        }
    }
}
