package com.cxops.portal.surveys.ui;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.Tier;
import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;
import com.cxops.portal.surveys.SurveySplit;
import com.vaadin.flow.component.Component;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The groups of a split as the results write them (a layer's name, a team's id, "" for an empty column) and in words
 * on the results page (the layer's word, the team's name, "None").
 */
final class SurveyGroupWords implements Serializable {

    private final Component page;
    private final transient StaffDirectory staff;
    private final Map<Long, String> teamNames;

    SurveyGroupWords(Component page, StaffDirectory staff, Map<Long, String> teamNames) {
        this.page = page;
        this.staff = staff;
        this.teamNames = teamNames;
    }

    String groupName(SurveySplit s, String group) {
        if (s == null || group == null) {
            return page.getTranslation("surveys.results.all");
        }
        if (group.isEmpty()) {
            return page.getTranslation("surveys.results.none");
        }
        return switch (s) {
            case LAYER -> page.getTranslation(CustomerLayer.valueOf(group).messageKey());
            case MEMBERSHIP -> page.getTranslation(MembershipLevel.valueOf(group).messageKey());
            case VIP -> page.getTranslation(Boolean.parseBoolean(group) ? "surveys.results.vip-yes" : "surveys.results.vip-no");
            case TIER -> page.getTranslation(Tier.valueOf(group).messageKey());
            case CATEGORY -> page.getTranslation(ComplaintCategory.valueOf(group).messageKey());
            case TEAM -> teamNames.getOrDefault(Long.parseLong(group), "#" + group);
            case AGENT -> staff.displayName(Long.parseLong(group)).orElse("#" + group);
        };
    }

    /** The values a dimension can take, written as the results write a group ("" for an empty column). */
    List<String> values(SurveySplit s, boolean manager) {
        List<String> v = new ArrayList<>();
        switch (s) {
            case LAYER -> Arrays.stream(CustomerLayer.values()).forEach(x -> v.add(x.name()));
            case MEMBERSHIP -> Arrays.stream(MembershipLevel.values()).forEach(x -> v.add(x.name()));
            case VIP -> v.addAll(List.of("true", "false"));
            case TIER -> Arrays.stream(Tier.values()).forEach(x -> v.add(x.name()));
            case CATEGORY -> Arrays.stream(ComplaintCategory.values()).forEach(x -> v.add(x.name()));
            case TEAM -> teamNames.keySet().stream().sorted(Comparator.comparing(teamNames::get)).forEach(id -> v.add(id.toString()));
            case AGENT -> {
                if (manager) {
                    staff.withRole(Role.AGENT).forEach(a -> v.add(Long.toString(a.id())));
                }
            }
        }
        if (s != SurveySplit.LAYER && s != SurveySplit.MEMBERSHIP && s != SurveySplit.VIP) {
            v.add("");
        }
        return v;
    }
}
