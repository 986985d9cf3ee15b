package com.cxops.portal.security;

import com.cxops.portal.base.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** What the staff form edits; a plain bean for the Binder. {@code version} is the one the admin started from. */
public class StaffForm {

    private String username = "";
    @NotBlank(message = "{staff.error.display-name}")
    @Size(max = StaffMember.DISPLAY_NAME_MAX)
    private String displayName = "";
    @NotNull(message = "{staff.error.email}")
    @Size(max = StaffMember.EMAIL_MAX, message = "{staff.error.email}")
    @Pattern(regexp = StaffRules.EMAIL_REGEX, message = "{staff.error.email}")
    private String email = "";
    private String language = "en";
    private String timeZone = "Asia/Shanghai";
    @NotEmpty(message = "{staff.error.roles}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    private long version;

    public static StaffForm of(StaffMember member) {
        StaffForm form = new StaffForm();
        form.username = member.getUsername();
        form.displayName = member.getDisplayName();
        form.email = member.getEmail();
        form.language = member.getLanguage();
        form.timeZone = member.getTimeZone();
        form.roles = member.getRoles();
        form.enabled = member.isEnabled();
        form.version = member.getVersion();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }
}
