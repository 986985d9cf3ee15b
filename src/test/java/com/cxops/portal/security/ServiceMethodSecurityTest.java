package com.cxops.portal.security;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.MainLayout;
import com.cxops.portal.complaints.ui.ComplaintsView;
import com.cxops.portal.tasks.TaskService;
import com.cxops.portal.tasks.ui.MyTasksView;
import com.cxops.portal.tasks.ui.PoolView;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services are still checked by their annotations; views are plain objects (Vaadin checks them on navigation). */
class ServiceMethodSecurityTest extends KaribuTestBase {

    @Autowired
    TaskService tasks;

    @Test
    void a_service_still_refuses_a_role_its_annotation_does_not_allow() {
        assertThat(AopUtils.isAopProxy(tasks)).isTrue();
        actAsNew(Role.EXECUTIVE);
        assertThatThrownBy(() -> tasks.myTasks(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        actAsNew(Role.VIP_MANAGER);
        assertThat(tasks.myTasks(PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void views_are_not_proxied_and_the_shell_is_kept_across_navigations() {
        loginNew(Role.VIP_MANAGER, Role.AGENT);
        UI.getCurrent().navigate(MyTasksView.class);
        MyTasksView myTasks = _get(MyTasksView.class);
        MainLayout shell = _get(MainLayout.class);
        assertThat(myTasks.getClass()).isEqualTo(MyTasksView.class);
        assertThat(shell.getClass()).isEqualTo(MainLayout.class);

        UI.getCurrent().navigate(PoolView.class);
        assertThat(_get(PoolView.class).getClass()).isEqualTo(PoolView.class);
        UI.getCurrent().navigate(ComplaintsView.class);
        assertThat(_get(ComplaintsView.class).getClass()).isEqualTo(ComplaintsView.class);
        assertThat(_get(MainLayout.class)).as("the shell is not built again").isSameAs(shell);
    }

    @Test
    void a_view_is_still_refused_to_a_role_it_does_not_allow() {
        loginNew(Role.EXECUTIVE);
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MyTasksView.class);
    }
}
