package com.cxops.portal.tasks;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTypeServiceTest extends SpringTestBase {

    @Autowired
    TaskTypeService types;
    @Autowired
    TaskWorkflowService workflow;

    private static TaskTypeForm form(String code, List<TaskTypeForm.Outcome> outcomes, long version) {
        return new TaskTypeForm(code, "Tasting invitation", "品鉴邀请", 96, true, true, outcomes, version);
    }

    @Test
    void an_administrator_adds_a_type_with_outcomes_in_both_languages_and_tasks_use_it() {
        String code = "T" + unique("").toUpperCase(Locale.ROOT);
        actAsNew(Role.ADMIN);
        TaskType made = types.save(form(code, List.of(new TaskTypeForm.Outcome("CAME", "Came", "已到场", true),
                new TaskTypeForm.Outcome("NO_SHOW", "Did not come", "未到场", false)), 0));
        assertThat(made.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("品鉴邀请");
        assertThat(made.getOutcomes()).extracting(TaskOutcome::getCode).containsExactly("CAME", "NO_SHOW");
        TaskRow t = workflow.createFromSource(new NewTask(code, null, new TaskSource(TaskSourceType.CUSTOMER, unique("x"), null),
                null, null, null, null, "Tasting", null)).task();
        assertThat(t.dueAt()).isEqualTo(t.createdAt().plus(java.time.Duration.ofHours(96)));
        assertThatThrownBy(() -> types.save(form(code, List.of(new TaskTypeForm.Outcome("CAME", "Came", "已到场", true)), made.getVersion() + 5)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void bad_types_are_refused_and_only_administrators_edit_them() {
        actAsNew(Role.ADMIN);
        assertThatThrownBy(() -> types.save(form("T" + unique("").toUpperCase(Locale.ROOT), List.of(), 0)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsEntry("outcomes", "tasks.error.outcomes"));
        assertThatThrownBy(() -> types.save(form("lower case", List.of(new TaskTypeForm.Outcome("A1", "a", "甲", true)), 0)))
                .isInstanceOf(InvalidInputException.class);
        TaskType service = types.list().stream().filter(t -> t.getCode().equals(TaskType.SERVICE_REQUEST)).findFirst().orElseThrow();
        assertThatThrownBy(() -> types.save(new TaskTypeForm(TaskType.SERVICE_REQUEST, "Service request", "尊享服务", 72, true, true,
                List.of(new TaskTypeForm.Outcome("DECLINED", "Declined", "婉拒", true)), service.getVersion())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsEntry("outcomes", "tasks.error.outcome-required-by-rights"));
        actAsNew(Role.MANAGER);
        assertThatThrownBy(() -> types.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void names_and_outcomes_say_their_limit_and_nothing_is_saved() {
        actAsNew(Role.ADMIN);
        String code = "T" + unique("").toUpperCase(Locale.ROOT);
        String tooLong = "n".repeat(TaskOutcome.NAME_MAX + 1);
        assertThatThrownBy(() -> types.save(new TaskTypeForm(code, tooLong, " ", 0, true, true,
                List.of(new TaskTypeForm.Outcome("OK", "Fine", tooLong, true)), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getFieldErrors()).containsEntry("nameEn", "form.too-long").containsEntry("nameZh", "form.required")
                            .containsEntry("defaultDueHours", "tasks.error.due-hours").containsEntry("outcomes", "form.too-long");
                    assertThat(e.arguments("nameEn")).containsExactly(TaskOutcome.NAME_MAX);
                    assertThat(e.arguments("outcomes")).containsExactly(TaskOutcome.NAME_MAX);
                });
        assertThatThrownBy(() -> types.save(form(code, List.of(new TaskTypeForm.Outcome("SAME", "One", "一", true),
                new TaskTypeForm.Outcome("SAME", "Two", "二", true)), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getFieldErrors()).containsEntry("outcomes", "tasks.error.outcome-code"));
        assertThat(types.list()).extracting(TaskType::getCode).doesNotContain(code);
    }
}
