package com.cxops.portal.complaints;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** A team of agents with its own queue; its lead assigns the team's complaints. */
@Entity
@Table(name = "team")
public class Team extends AbstractEntity {
    public static final int NAME_MAX = 100;


    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "lead_id")
    private Long leadId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "staff_id")
    private Set<Long> memberIds = new HashSet<>();

    protected Team() {
    }

    Team(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public Long getLeadId() {
        return leadId;
    }

    void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }

    void setMemberIds(Set<Long> ids) {
        memberIds.clear();
        memberIds.addAll(ids);
    }
}
