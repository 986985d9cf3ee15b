package com.cxops.portal.base.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ShellTest extends KaribuTestBase {

    private List<String> menu() {
        // the pages a person can open, in menu order, whether at the top level or inside a group
        return _get(SideNav.class, s -> s.withId("side-nav")).getItems().stream()
                .flatMap(i -> i.getPath() == null ? i.getItems().stream() : java.util.stream.Stream.of(i))
                .map(SideNavItem::getLabel).toList();
    }

    @Test
    void agent_sees_home_greeting_and_the_agent_menu_entries() {
        String username = loginNew(Role.AGENT);
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class, s -> s.withId("home-greeting")).getText()).isEqualTo("Hello, Test " + username);
        assertThat(menu()).containsExactly("My work", "Complaints", "SLA at risk", "My tasks", "Task pools", "Customers", "Surveys");
        assertThat(_get(Span.class, s -> s.withId("current-user-roles")).getText()).isEqualTo("Agent");
    }

    @Test
    void admin_sees_the_admin_entries() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("My work", "Customers", "Surveys", "Survey campaigns", "Staff", "Settings", "Audit trail",
                "API keys", "Teams", "Tiering rules", "Survey comment themes", "Mail outbox", "SLA policies", "Business calendars",
                "Duty roster", "SLA data check", "Task types", "VIP rights");
    }

    @Test
    void administration_pages_are_grouped_under_one_entry() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate("");
        SideNav nav = _get(SideNav.class, s -> s.withId("side-nav"));
        SideNavItem admin = nav.getItems().stream().filter(i -> "side-nav-admin".equals(i.getId().orElse(null)))
                .findFirst().orElseThrow();
        assertThat(admin.getLabel()).isEqualTo("Administration");
        assertThat(admin.getItems()).extracting(SideNavItem::getPath).allMatch(p -> p.replaceFirst("^/", "").startsWith("admin/"));
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).doesNotContain("Staff");
    }

    @Test
    void agents_get_no_administration_group() {
        loginNew(Role.AGENT);
        UI.getCurrent().navigate("");
        assertThat(_get(SideNav.class, s -> s.withId("side-nav")).getItems()).extracting(SideNavItem::getLabel)
                .doesNotContain("Administration");
    }

    @Test
    void chinese_user_sees_the_shell_in_chinese() {
        loginNew(Role.MANAGER);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("我的工作", "投诉", "风险目标", "整改措施", "我的任务", "任务池", "我的客户簿", "VIP 工作量",
                "休假代理", "客户", "服务水平看板", "调查", "调查活动", "报告", "审计日志");
        assertThat(_get(Span.class, s -> s.withId("current-user-roles")).getText()).isEqualTo("主管");
    }
}
