package com.cxops.portal.base;

import com.cxops.portal.base.AuditDetails.Arg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record's main fields for the audit trail, each a field label (an {@code audit.detail.field.} key) and a typed
 * value, so that "Team changed: name A → B" reads "团队已修改：名称 A → B" for a Chinese viewer rather than an English
 * summary inside a translated sentence. A creation or deletion lists every field; a change only the fields that
 * differ. Values are converted as {@link AuditDetails#of} converts them; a yes/no as its word.
 */
public final class AuditFields {

    private static final String RECORD = "audit.record.";

    private final Map<String, Arg> fields = new LinkedHashMap<>();

    public static AuditFields of() {
        return new AuditFields();
    }

    /** Adds a field; {@code label} is its full message key (an {@code audit.detail.field.} key); an empty list is "none". */
    public AuditFields add(String label, Object value) {
        fields.put(label, switch (value) {
            case Boolean b -> AuditDetails.label(b ? AuditDetails.PREFIX + "yes" : AuditDetails.PREFIX + "no");
            case java.util.Collection<?> c when c.isEmpty() -> new AuditDetails.None();
            case String s when s.isBlank() -> new AuditDetails.None();
            case null, default -> AuditDetails.arg(value);
        });
        return this;
    }

    /** Enum values as their labels under a key prefix, in their natural order ("categories Delivery, Quality"). */
    public static List<Arg> labels(String prefix, java.util.Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal))
                .map(v -> AuditDetails.label(prefix, v)).toList();
    }

    /** Whether no field differs from {@code other}'s. */
    public boolean sameAs(AuditFields other) {
        return fields.equals(other.fields);
    }

    /** "Team created: name A, lead B, members C" (the record type as the trail names it). */
    public AuditDetails created(String recordType) {
        return AuditDetails.of(AuditDetails.PREFIX + "record-created", AuditDetails.label(RECORD + recordType), all());
    }

    public AuditDetails deleted(String recordType) {
        return AuditDetails.of(AuditDetails.PREFIX + "record-deleted", AuditDetails.label(RECORD + recordType), all());
    }

    /** "Team changed: name A → B", only the fields that differ from {@code before}; "saved without changes" if none. */
    public AuditDetails changedFrom(AuditFields before, String recordType) {
        List<Arg> changes = new ArrayList<>();
        fields.forEach((label, after) -> {
            Arg was = before.fields.getOrDefault(label, new AuditDetails.None());
            if (!Objects.equals(was, after)) {
                changes.add(new AuditDetails.Nested(AuditDetails.of(AuditDetails.PREFIX + "field-changed", AuditDetails.label(label), was, after)));
            }
        });
        before.fields.forEach((label, was) -> {
            if (!fields.containsKey(label)) {
                changes.add(new AuditDetails.Nested(AuditDetails.of(AuditDetails.PREFIX + "field-changed", AuditDetails.label(label), was, new AuditDetails.None())));
            }
        });
        return changes.isEmpty() ? AuditDetails.of(AuditDetails.PREFIX + "unchanged")
                : AuditDetails.of(AuditDetails.PREFIX + "record-changed", AuditDetails.label(RECORD + recordType), list(changes));
    }

    private Arg all() {
        List<Arg> all = new ArrayList<>();
        // a field with no value, or a flag that is off, says nothing about a new or removed record ("keywords none",
        // "VIP only no"): left out
        Arg off = AuditDetails.label(AuditDetails.PREFIX + "no");
        fields.forEach((label, value) -> {
            if (!(value instanceof AuditDetails.None) && !value.equals(off)) {
                all.add(new AuditDetails.Nested(AuditDetails.of(AuditDetails.PREFIX + "field", AuditDetails.label(label), value)));
            }
        });
        return list(all);
    }

    /**
     * Fields one after the other, separated more strongly than the items of a list value ("members A, B; lead C"),
     * as nested pairs since a list argument always takes the list separator.
     */
    private static Arg list(List<Arg> parts) {
        if (parts.isEmpty()) {
            return new AuditDetails.None();
        }
        Arg tail = parts.getLast();
        for (int i = parts.size() - 2; i >= 0; i--) {
            tail = new AuditDetails.Nested(AuditDetails.of(AuditDetails.PREFIX + "fields", parts.get(i), tail));
        }
        return tail;
    }
}
