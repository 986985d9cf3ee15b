package com.cxops.portal.sla;

import com.cxops.portal.base.AbstractEntity;
import com.cxops.portal.complaints.Tier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The service-level targets of one tier, for everyone or narrowed to a customer layer or VIP customers. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Tier tier;

    @Column(nullable = false, length = 48)
    private String scope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_policy_target", joinColumns = @JoinColumn(name = "policy_id"))
    private Set<PolicyTarget> targets = new HashSet<>();

    protected SlaPolicy() {
    }

    SlaPolicy(Tier tier, PolicyScope scope) {
        this.tier = tier;
        this.scope = scope.code();
    }

    public Tier getTier() {
        return tier;
    }

    public PolicyScope getScope() {
        return new PolicyScope(scope);
    }

    public List<PolicyTarget> getTargets() {
        return targets.stream().sorted(Comparator.comparing(PolicyTarget::getKind)).toList();
    }

    void setTargets(Collection<PolicyTarget> newTargets) {
        targets.clear();
        targets.addAll(newTargets);
    }
}
