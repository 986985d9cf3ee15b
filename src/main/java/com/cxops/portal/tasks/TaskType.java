package com.cxops.portal.tasks;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A kind of task (occasion, service request, win-back...), with its outcomes and default due time; data an administrator edits. */
@Entity
@Table(name = "task_type")
public class TaskType extends AbstractEntity {

    /** Codes the portal itself creates tasks with (seeded in V10); administrators may add more. */
    public static final String OCCASION = "OCCASION";
    public static final String SERVICE_REQUEST = "SERVICE_REQUEST";
    public static final String CO_CREATION = "CO_CREATION";
    public static final String REWARD = "REWARD";
    public static final String COMPLAINT_FOLLOW_UP = "COMPLAINT_FOLLOW_UP";
    public static final String SURVEY_FOLLOW_UP = "SURVEY_FOLLOW_UP";
    public static final String WIN_BACK = "WIN_BACK";
    public static final String WELCOME = "WELCOME";
    /** The outcome of a service request that uses one of the customer's VIP rights. */
    public static final String OUTCOME_DELIVERED = "DELIVERED";

    @Column(nullable = false, length = TaskOutcome.CODE_MAX)
    private String code;

    @Column(name = "name_en", nullable = false, length = TaskOutcome.NAME_MAX)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = TaskOutcome.NAME_MAX)
    private String nameZh;

    @Column(name = "default_due_hours", nullable = false)
    private int defaultDueHours;

    /** Concierge work for VIPs: the concierge pool, and only VIP managers may own it when the customer is a VIP. */
    @Column(nullable = false)
    private boolean concierge;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_outcome", joinColumns = @JoinColumn(name = "task_type_id"))
    @OrderColumn(name = "position")
    private List<TaskOutcome> outcomes = new ArrayList<>();

    protected TaskType() {
    }

    public TaskType(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public void setNames(String en, String zh) {
        this.nameEn = en;
        this.nameZh = zh;
    }

    public int getDefaultDueHours() {
        return defaultDueHours;
    }

    public void setDefaultDueHours(int defaultDueHours) {
        this.defaultDueHours = defaultDueHours;
    }

    public boolean isConcierge() {
        return concierge;
    }

    public void setConcierge(boolean concierge) {
        this.concierge = concierge;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<TaskOutcome> getOutcomes() {
        return List.copyOf(outcomes);
    }

    public void setOutcomes(List<TaskOutcome> outcomes) {
        this.outcomes.clear();
        this.outcomes.addAll(outcomes);
    }

    public Optional<TaskOutcome> outcome(String code) {
        return outcomes.stream().filter(o -> o.getCode().equals(code)).findFirst();
    }
}
