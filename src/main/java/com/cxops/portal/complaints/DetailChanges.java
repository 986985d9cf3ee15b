package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What an edit of a complaint's details changed, stored in the timeline as codes ("changes|spread:PRIVATE>MEDIA_VIRAL|
 * subject") and read in the viewer's language with labels ("spread risk Private → Media or viral; subject").
 * Texts (subject, description) are named, not copied: the timeline keeps the facts, not a second copy of the text.
 */
public final class DetailChanges {

    static final String PREFIX = "changes|";

    /** The details an edit may change, as they stood at one moment. */
    record Snapshot(ComplaintCategory category, ComplaintChannel channel, SpreadRisk spread, int affected, String order,
                    String subject, String description) {
        static Snapshot of(Complaint c) {
            return new Snapshot(c.getCategory(), c.getChannel(), c.getSpreadRisk(), c.getAffectedCount(), c.getOrderExternalId(),
                    c.getSubject(), c.getDescription());
        }
    }

    private DetailChanges() {
    }

    /** The stored form of the differences, or empty when nothing changed. */
    static String encode(Snapshot before, Snapshot after) {
        List<String> parts = new ArrayList<>();
        if (before.category() != after.category()) {
            parts.add("category:" + before.category() + ">" + after.category());
        }
        if (before.channel() != after.channel()) {
            parts.add("channel:" + before.channel() + ">" + after.channel());
        }
        if (before.spread() != after.spread()) {
            parts.add("spread:" + before.spread() + ">" + after.spread());
        }
        if (before.affected() != after.affected()) {
            parts.add("affected:" + before.affected() + ">" + after.affected());
        }
        if (!Objects.equals(before.order(), after.order())) {
            parts.add("order");
        }
        if (!Objects.equals(before.subject(), after.subject())) {
            parts.add("subject");
        }
        if (!Objects.equals(before.description(), after.description())) {
            parts.add("description");
        }
        return parts.isEmpty() ? "" : PREFIX + String.join("|", parts);
    }

    /**
     * The differences for the audit trail, read there in the viewer's language ("Details changed: spread risk Private →
     * Media or viral"); texts are named, not copied, as in the timeline.
     */
    static AuditDetails audit(Snapshot before, Snapshot after) {
        List<AuditDetails.Arg> parts = new ArrayList<>();
        change(parts, "complaint.category", "category.", before.category(), after.category());
        change(parts, "complaint.channel", "channel.", before.channel(), after.channel());
        change(parts, "complaint.spread-risk", "spread.", before.spread(), after.spread());
        if (before.affected() != after.affected()) {
            parts.add(new AuditDetails.Nested(AuditDetails.of(CHANGE_KEY, AuditDetails.lowerLabel("complaint.affected"),
                    before.affected(), after.affected())));
        }
        named(parts, "complaint.order", before.order(), after.order());
        named(parts, "complaint.subject", before.subject(), after.subject());
        named(parts, "complaint.description", before.description(), after.description());
        return parts.isEmpty() ? AuditDetails.of(AuditDetails.PREFIX + "unchanged")
                : AuditDetails.of(AuditDetails.PREFIX + "complaint-updated", parts);
    }

    private static final String CHANGE_KEY = "timeline.change";

    private static void change(List<AuditDetails.Arg> parts, String field, String prefix, Enum<?> from, Enum<?> to) {
        if (from != to) {
            parts.add(new AuditDetails.Nested(AuditDetails.of(CHANGE_KEY, AuditDetails.lowerLabel(field),
                    AuditDetails.label(prefix, from), AuditDetails.label(prefix, to))));
        }
    }

    private static void named(List<AuditDetails.Arg> parts, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            parts.add(AuditDetails.lowerLabel(field));
        }
    }

    /**
     * The stored changes in the reader's language; an entry written before this format (English text) is returned as
     * it was. {@code t} translates a key with arguments.
     */
    public static String render(String stored, BiFunction<String, Object[], String> t) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored == null ? "" : stored;
        }
        List<String> out = new ArrayList<>();
        for (String part : stored.substring(PREFIX.length()).split("\\|")) {
            int colon = part.indexOf(':');
            String field = colon < 0 ? part : part.substring(0, colon);
            String label = t.apply(switch (field) {
                case "category" -> "complaint.category";
                case "channel" -> "complaint.channel";
                case "spread" -> "complaint.spread-risk";
                case "affected" -> "complaint.affected";
                case "order" -> "complaint.order";
                case "subject" -> "complaint.subject";
                default -> "complaint.description";
            }, new Object[0]).toLowerCase(java.util.Locale.ROOT);
            if (colon < 0) {
                out.add(label);
                continue;
            }
            String[] fromTo = part.substring(colon + 1).split(">", 2);
            String prefix = switch (field) {
                case "category" -> "category.";
                case "channel" -> "channel.";
                case "spread" -> "spread.";
                default -> null;
            };
            String from = prefix == null ? fromTo[0] : t.apply(prefix + fromTo[0], new Object[0]);
            String to = prefix == null ? fromTo[1] : t.apply(prefix + fromTo[1], new Object[0]);
            out.add(t.apply("timeline.change", new Object[]{label, from, to}));
        }
        return String.join(t.apply("timeline.change.separator", new Object[0]), out);
    }
}
