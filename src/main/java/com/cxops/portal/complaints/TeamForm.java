package com.cxops.portal.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.Set;

/** A team as an administrator edits it. */
public class TeamForm {
    @NotBlank(message = "{team.error.name}")
    @Size(max = Team.NAME_MAX)
    private String name = "";
    private Long leadId;
    private Set<Long> memberIds = new HashSet<>();
    private long version;

    public static TeamForm of(Team t) {
        TeamForm f = new TeamForm();
        f.name = t.getName();
        f.leadId = t.getLeadId();
        f.memberIds = new HashSet<>(t.getMemberIds());
        f.version = t.getVersion();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getLeadId() { return leadId; }
    public void setLeadId(Long leadId) { this.leadId = leadId; }
    public Set<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(Set<Long> memberIds) { this.memberIds = memberIds == null ? new HashSet<>() : memberIds; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
