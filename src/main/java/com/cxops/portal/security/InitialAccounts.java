package com.cxops.portal.security;

import com.cxops.portal.base.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Staff accounts on an empty database: the demo accounts (embedded default, or the demo profile), or else one
 * administrator whose password comes from PORTAL_ADMIN_PASSWORD, so a production database can be set up.
 */
@Component
class InitialAccounts {

    static final String DEMO_PASSWORD = "CxOps-Demo-2026";

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private record Demo(String username, String name, String language, Set<Role> roles) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("admin", "Ada Admin", "en", EnumSet.of(Role.ADMIN)),
            new Demo("agent", "Li Na 李娜", "zh-CN", EnumSet.of(Role.AGENT)),
            new Demo("agent2", "Tom Chen", "en", EnumSet.of(Role.AGENT)),
            new Demo("vip", "Wang Fang 王芳", "zh-CN", EnumSet.of(Role.VIP_MANAGER)),
            new Demo("vip2", "Grace Liu", "en", EnumSet.of(Role.VIP_MANAGER)),
            new Demo("manager", "Zhang Wei 张伟", "en", EnumSet.of(Role.MANAGER)),
            new Demo("exec", "Eva Executive", "en", EnumSet.of(Role.EXECUTIVE)));

    private final StaffService staffService;
    private final StaffRepository staff;
    private final boolean demo;
    private final String adminPassword;

    InitialAccounts(StaffService staffService, StaffRepository staff, @Value("${portal.demo.enabled:false}") boolean demo,
                    @Value("${portal.admin.initial-password:}") String adminPassword) {
        this.staffService = staffService;
        this.staff = staff;
        this.demo = demo;
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void createInitialAccounts() {
        if (staff.count() > 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            if (demo) {
                for (Demo d : DEMO) {
                    StaffForm form = new StaffForm();
                    form.setUsername(d.username());
                    form.setDisplayName(d.name());
                    form.setEmail(d.username() + "@cxops.example");
                    form.setLanguage(d.language());
                    form.setRoles(d.roles());
                    staffService.create(form, DEMO_PASSWORD);
                }
                log.info("Demo accounts created ({}), password {}", DEMO.stream().map(Demo::username).toList(), DEMO_PASSWORD);
            } else if (!adminPassword.isBlank()) {
                StaffForm form = new StaffForm();
                form.setUsername("admin");
                form.setDisplayName("Administrator");
                form.setEmail("admin@localhost.localdomain");
                form.setRoles(EnumSet.of(Role.ADMIN));
                staffService.create(form, adminPassword);
                log.info("Initial administrator 'admin' created from PORTAL_ADMIN_PASSWORD");
            } else {
                log.warn("No staff accounts and no PORTAL_ADMIN_PASSWORD: nobody can log in. Set it and restart.");
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
