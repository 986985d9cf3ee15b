package com.cxops.portal.tasks.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.tasks.NewTask;
import com.cxops.portal.tasks.TaskSource;
import com.cxops.portal.tasks.TaskSourceType;
import com.cxops.portal.tasks.TaskType;
import com.cxops.portal.tasks.TaskWorkflowService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** An automatic task's title leaves the task screens (mail, bell, audit trail) in words, never as its message reference. */
class TaskTitleNotificationsTest extends KaribuTestBase {

    @Autowired
    TaskWorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;

    private long newTask(long owner, String title) {
        return workflow.createFromSource(new NewTask(TaskType.WIN_BACK, null, new TaskSource(TaskSourceType.CUSTOMER, unique("tt"), null),
                owner, null, null, null, title, null)).task().id();
    }

    private String mail(String username, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM mail_outbox WHERE email = ? ORDER BY id LIMIT 1", String.class,
                username + "@test.example");
    }

    @Test
    void mail_bell_and_audit_read_an_automatic_tasks_title_in_the_recipients_language() {
        clock.set(Instant.parse("2042-06-01T02:00:00Z"));
        String chinese = unique("tz");
        long chineseId = testStaff.ensure(chinese, Role.VIP_MANAGER).getId();
        testStaff.setLanguage(chinese, "zh-CN");
        String english = unique("te");
        long englishId = testStaff.ensure(english, Role.VIP_MANAGER).getId();

        long zhTask = newTask(chineseId, "@concierge.task.win-back|王芳");
        long enTask = newTask(englishId, "@concierge.task.win-back|Grace Liu");

        assertThat(mail(chinese, "subject")).contains("挽回 王芳：专属回归礼与简短问卷").doesNotContain("@");
        assertThat(mail(chinese, "body")).contains("挽回 王芳").doesNotContain("concierge.task");
        assertThat(mail(english, "subject")).contains("Win back Grace Liu: exclusive return gift and short survey").doesNotContain("@");

        List<String> audit = jdbc.queryForList("SELECT details FROM audit_entry WHERE record_type = 'Task' AND record_id IN (?, ?)",
                String.class, String.valueOf(zhTask), String.valueOf(enTask));
        assertThat(audit).isNotEmpty().allSatisfy(d -> assertThat(d).doesNotContain("@concierge").contains("Win back"));

        // the bell, in each reader's language
        login(english, Role.VIP_MANAGER);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("notification-bell-button")));
        assertThat(_find(Div.class, s -> s.withClasses("cx-notification-item"))).extracting(d -> d.getElement().getTextRecursively())
                .anyMatch(t -> t.startsWith("A task is now yours: Win back Grace Liu: exclusive return gift"))
                .noneMatch(t -> t.contains("@concierge"));
        login(chinese, Role.VIP_MANAGER);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("notification-bell-button")));
        assertThat(_find(Div.class, s -> s.withClasses("cx-notification-item"))).extracting(d -> d.getElement().getTextRecursively())
                .anyMatch(t -> t.startsWith("有一项任务已交给您：挽回 王芳"));
    }

    @Test
    void a_persons_own_text_that_starts_with_an_at_sign_stays_as_it_is() {
        String me = unique("ta");
        long meId = testStaff.ensure(me, Role.VIP_MANAGER).getId();
        newTask(meId, "@ the lounge: book for Friday");
        assertThat(mail(me, "subject")).contains("@ the lounge: book for Friday");
    }
}
