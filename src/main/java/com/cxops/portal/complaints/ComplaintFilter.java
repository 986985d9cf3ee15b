package com.cxops.portal.complaints;

import com.cxops.portal.customers.CustomerLayer;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the queue shows. Empty fields do not filter. "Created between" is in days of the person's zone, turned into
 * instants by the service. Serialises to a short text so a person can save it under a name.
 */
public class ComplaintFilter {

    private Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
    private Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    private Long teamId;
    private Long assigneeId;
    private boolean unassigned;
    /** Not saved with a personal filter: only the executive's home asks for it. */
    private boolean awaitingExecutiveAck;
    private ComplaintCategory category;
    private ComplaintChannel channel;
    private CustomerLayer layer;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private String text;
    private Long customerId;

    public static final Set<ComplaintStatus> OPEN = EnumSet.of(ComplaintStatus.NEW, ComplaintStatus.ACKNOWLEDGED,
            ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_CUSTOMER, ComplaintStatus.REOPENED);

    /** Built-in view: my open complaints. */
    public static ComplaintFilter myOpen(long staffId) {
        ComplaintFilter f = new ComplaintFilter();
        f.assigneeId = staffId;
        f.statuses = EnumSet.copyOf(OPEN);
        return f;
    }

    /** Built-in view: unassigned urgent and major complaints that are still open. */
    public static ComplaintFilter unassignedUrgentAndMajor() {
        ComplaintFilter f = new ComplaintFilter();
        f.unassigned = true;
        f.tiers = EnumSet.of(Tier.URGENT, Tier.MAJOR);
        f.statuses = EnumSet.copyOf(OPEN);
        return f;
    }

    /** The executive's home: open major complaints no executive has acknowledged yet (DOMAIN.md). */
    public static ComplaintFilter awaitingExecutiveAck() {
        ComplaintFilter f = new ComplaintFilter();
        f.awaitingExecutiveAck = true;
        f.tiers = EnumSet.of(Tier.MAJOR);
        f.statuses = EnumSet.copyOf(OPEN);
        return f;
    }

    /** Built-in view: complaints waiting on the customer. */
    public static ComplaintFilter waitingOnCustomer() {
        ComplaintFilter f = new ComplaintFilter();
        f.statuses = EnumSet.of(ComplaintStatus.WAITING_CUSTOMER);
        return f;
    }

    /**
     * The queue's order: the requested one (newest first when none), then the id as a unique tiebreaker in the same
     * direction as the last order, so the database walks one index (created_at, id) or (sla_due_at, id) forwards or
     * backwards and stops after a page. A tiebreaker in the other direction made it sort all complaints.
     */
    public static Sort queueOrder(Sort requested) {
        Sort sort = requested.isUnsorted() ? Sort.by(Sort.Direction.DESC, "createdAt") : requested;
        Sort.Direction last = sort.stream().reduce((a, b) -> b).map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
        return sort.and(Sort.by(last, "id"));
    }

    public String serialize() {
        Map<String, String> m = new LinkedHashMap<>();
        if (!statuses.isEmpty()) m.put("status", statuses.stream().map(Enum::name).collect(Collectors.joining(",")));
        if (!tiers.isEmpty()) m.put("tier", tiers.stream().map(Enum::name).collect(Collectors.joining(",")));
        if (teamId != null) m.put("team", teamId.toString());
        if (assigneeId != null) m.put("assignee", assigneeId.toString());
        if (unassigned) m.put("unassigned", "true");
        if (category != null) m.put("category", category.name());
        if (channel != null) m.put("channel", channel.name());
        if (layer != null) m.put("layer", layer.name());
        if (createdFrom != null) m.put("from", createdFrom.toString());
        if (createdTo != null) m.put("to", createdTo.toString());
        if (text != null && !text.isBlank()) m.put("text", text.replace("\n", " "));
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    public static ComplaintFilter parse(String definition) {
        ComplaintFilter f = new ComplaintFilter();
        if (definition == null) {
            return f;
        }
        for (String line : definition.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = line.substring(0, eq);
            String v = line.substring(eq + 1);
            try {
                switch (k) {
                    case "status" -> f.statuses = enums(v, ComplaintStatus::valueOf, ComplaintStatus.class);
                    case "tier" -> f.tiers = enums(v, Tier::valueOf, Tier.class);
                    case "team" -> f.teamId = Long.valueOf(v);
                    case "assignee" -> f.assigneeId = Long.valueOf(v);
                    case "unassigned" -> f.unassigned = Boolean.parseBoolean(v);
                    case "category" -> f.category = ComplaintCategory.valueOf(v);
                    case "channel" -> f.channel = ComplaintChannel.valueOf(v);
                    case "layer" -> f.layer = CustomerLayer.valueOf(v);
                    case "from" -> f.createdFrom = LocalDate.parse(v);
                    case "to" -> f.createdTo = LocalDate.parse(v);
                    case "text" -> f.text = v;
                    default -> {
                    }
                }
            } catch (RuntimeException ignored) {
                // A saved filter from an older version with a value that no longer exists: that part is dropped.
            }
        }
        return f;
    }

    private static <E extends Enum<E>> Set<E> enums(String csv, Function<String, E> valueOf, Class<E> type) {
        return Arrays.stream(csv.split(",")).map(valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    public Set<ComplaintStatus> getStatuses() { return statuses; }
    public void setStatuses(Set<ComplaintStatus> statuses) { this.statuses = statuses == null ? EnumSet.noneOf(ComplaintStatus.class) : statuses; }
    public Set<Tier> getTiers() { return tiers; }
    public void setTiers(Set<Tier> tiers) { this.tiers = tiers == null ? EnumSet.noneOf(Tier.class) : tiers; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public boolean isAwaitingExecutiveAck() { return awaitingExecutiveAck; }
    public boolean isUnassigned() { return unassigned; }
    public void setUnassigned(boolean unassigned) { this.unassigned = unassigned; }
    public ComplaintCategory getCategory() { return category; }
    public void setCategory(ComplaintCategory category) { this.category = category; }
    public ComplaintChannel getChannel() { return channel; }
    public void setChannel(ComplaintChannel channel) { this.channel = channel; }
    public CustomerLayer getLayer() { return layer; }
    public void setLayer(CustomerLayer layer) { this.layer = layer; }
    public LocalDate getCreatedFrom() { return createdFrom; }
    public void setCreatedFrom(LocalDate createdFrom) { this.createdFrom = createdFrom; }
    public LocalDate getCreatedTo() { return createdTo; }
    public void setCreatedTo(LocalDate createdTo) { this.createdTo = createdTo; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
}
