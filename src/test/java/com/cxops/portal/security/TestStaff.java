package com.cxops.portal.security;

import com.cxops.portal.base.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Test helper: creates staff accounts directly (no admin needed), for tests of any feature. */
@Component
public class TestStaff {

    public static final String PASSWORD = "Correct-Horse-Battery-9";

    private final StaffRepository staff;
    private final PasswordEncoder encoder;

    TestStaff(StaffRepository staff, PasswordEncoder encoder) {
        this.staff = staff;
        this.encoder = encoder;
    }

    @Transactional
    public StaffMember ensure(String username, Role... roles) {
        return staff.findByUsername(username).orElseGet(() -> {
            StaffMember m = new StaffMember(username, Instant.now());
            m.setDisplayName("Test " + username);
            m.setEmail(username + "@test.example");
            m.setRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)));
            m.setPasswordHash(encoder.encode(PASSWORD), Instant.now());
            return staff.saveAndFlush(m);
        });
    }

    @Transactional(readOnly = true)
    public StaffMember get(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    @Transactional
    public void setLanguage(String username, String language) {
        StaffMember m = staff.findByUsername(username).orElseThrow();
        m.setLanguage(language);
    }
}
