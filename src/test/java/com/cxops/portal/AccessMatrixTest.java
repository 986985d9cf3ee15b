package com.cxops.portal;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.ui.AccessDeniedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route × every role: allowed or denied as designed. A new view fails this test until it is given
 * {@code @RolesAllowed} and its line in {@link #DESIGN}; anonymous pages are listed in {@link #ANONYMOUS}.
 */
class AccessMatrixTest extends KaribuTestBase {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** The designed access of each route (by route template), from UI.md's menu table. */
    static final Map<String, Set<Role>> DESIGN = new LinkedHashMap<>();

    static {
        DESIGN.put("", EVERYONE);
        DESIGN.put("account", EVERYONE);
        DESIGN.put("admin/staff", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/settings", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/audit", EnumSet.of(Role.ADMIN, Role.MANAGER));
        DESIGN.put("complaints", EnumSet.of(Role.AGENT, Role.MANAGER, Role.EXECUTIVE, Role.VIP_MANAGER));
        DESIGN.put("complaints/:id", EnumSet.of(Role.AGENT, Role.MANAGER, Role.EXECUTIVE, Role.VIP_MANAGER));
        DESIGN.put("corrective-actions", EnumSet.of(Role.MANAGER, Role.EXECUTIVE));
        DESIGN.put("admin/teams", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/tiering-rules", EnumSet.of(Role.ADMIN));
        DESIGN.put("customers", EVERYONE);
        DESIGN.put("customers/:id([0-9]+)", EVERYONE);
        DESIGN.put("customers/at-risk", EVERYONE);
        DESIGN.put("admin/api-keys", EnumSet.of(Role.ADMIN));
        DESIGN.put("notifications", EVERYONE);
        DESIGN.put("account/notifications", EVERYONE);
        DESIGN.put("admin/outbox", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/sla-policies", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/calendars", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/duty-roster", EnumSet.of(Role.ADMIN));
        DESIGN.put("sla/at-risk", EnumSet.of(Role.AGENT, Role.MANAGER, Role.EXECUTIVE));
        DESIGN.put("sla/dashboard", EnumSet.of(Role.MANAGER, Role.EXECUTIVE));
        DESIGN.put("admin/sla-check", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/tier-corrections", EnumSet.of(Role.ADMIN));
        DESIGN.put("reports", EnumSet.of(Role.MANAGER, Role.EXECUTIVE));
        // agents work the tasks they claim from their team pools (docs/concierge.md)
        DESIGN.put("tasks", EnumSet.of(Role.AGENT, Role.VIP_MANAGER, Role.MANAGER));
        DESIGN.put("tasks/pool", EnumSet.of(Role.AGENT, Role.VIP_MANAGER, Role.MANAGER));
        DESIGN.put("tasks/:id([0-9]+)", EnumSet.of(Role.AGENT, Role.VIP_MANAGER, Role.MANAGER, Role.EXECUTIVE, Role.ADMIN));
        DESIGN.put("concierge/book", EnumSet.of(Role.VIP_MANAGER, Role.MANAGER));
        DESIGN.put("concierge/workload", EnumSet.of(Role.MANAGER));
        DESIGN.put("concierge/absences", EnumSet.of(Role.VIP_MANAGER, Role.MANAGER));
        DESIGN.put("admin/task-types", EnumSet.of(Role.ADMIN));
        DESIGN.put("admin/vip-rights", EnumSet.of(Role.ADMIN));
        DESIGN.put("surveys", EnumSet.of(Role.MANAGER, Role.EXECUTIVE, Role.ADMIN, Role.AGENT));
        DESIGN.put("surveys/campaigns", EnumSet.of(Role.MANAGER, Role.ADMIN));
        DESIGN.put("admin/survey-themes", EnumSet.of(Role.ADMIN));
    }

    static final Set<String> ANONYMOUS = Set.of("login");

    private static List<Class<?>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition bd : scanner.findCandidateComponents("com.cxops.portal")) {
            try {
                classes.add(Class.forName(bd.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    private static String template(Class<?> view) {
        return view.getAnnotation(Route.class).value();
    }

    @Test
    void every_route_states_who_may_open_it_and_is_in_the_design() {
        List<Class<?>> routes = routeClasses();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(DESIGN.size());
        Set<String> problems = new TreeSet<>();
        for (Class<?> view : routes) {
            String route = template(view);
            if (ANONYMOUS.contains(route)) {
                if (!view.isAnnotationPresent(AnonymousAllowed.class)) {
                    problems.add(route + ": listed as anonymous but lacks @AnonymousAllowed");
                }
                continue;
            }
            if (view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)
                    || view.isAnnotationPresent(DenyAll.class)) {
                problems.add(route + ": use @RolesAllowed, not PermitAll/AnonymousAllowed/DenyAll");
            }
            RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
            if (allowed == null) {
                problems.add(route + ": no @RolesAllowed");
                continue;
            }
            if (!DESIGN.containsKey(route)) {
                problems.add(route + ": not in AccessMatrixTest.DESIGN");
                continue;
            }
            Set<Role> annotated = EnumSet.noneOf(Role.class);
            for (String r : allowed.value()) {
                annotated.add(Role.valueOf(r));
            }
            if (!annotated.equals(DESIGN.get(route))) {
                problems.add(route + ": @RolesAllowed " + annotated + " but designed " + DESIGN.get(route));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void each_role_opens_exactly_the_routes_designed_for_it() {
        Set<String> wrong = new TreeSet<>();
        for (Role role : Role.values()) {
            login(unique("m"), role);
            for (Class<?> view : routeClasses()) {
                String route = template(view);
                if (ANONYMOUS.contains(route) || route.contains(":") || !DESIGN.containsKey(route)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Class<? extends Component> target = (Class<? extends Component>) view;
                UI.getCurrent().navigate(target, RouteParameters.empty());
                boolean shown = !_find(target).isEmpty();
                boolean denied = !_find(AccessDeniedView.class).isEmpty() || !_find(AccessDeniedView.NotFoundView.class).isEmpty();
                boolean designed = DESIGN.get(route).contains(role);
                if (designed != shown || designed == denied) {
                    wrong.add(role + " → " + route + ": shown=" + shown + ", denied=" + denied + ", designed=" + designed);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
