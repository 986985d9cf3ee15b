package com.cxops.portal.base;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What an audited change did, as a message key and its arguments rather than finished English, so that the audit trail
 * reads in the viewer's language (UI.md: words, not codes). The keys live under {@code audit.detail.} in the
 * {@code i18n/audit} bundles (a test checks every key used has both languages). Arguments keep their kind: an enum
 * value or status is a {@link #label label} (shown as its word), a person a {@link #person} (shown by name), an instant
 * is shown in the viewer's zone, a number in the viewer's format; free text (a subject, a name) is shown as typed.
 */
public record AuditDetails(String key, List<Arg> args, boolean lowerCase) {

    /** The prefix of every detail message key. */
    public static final String PREFIX = "audit.detail.";

    public AuditDetails {
        args = List.copyOf(args);
    }

    /** One argument of a detail message. */
    public sealed interface Arg permits Text, Ref, Words, Coded, Num, At, Day, Person, StaffId, Nested, Joined, None {
    }

    /** Text shown as typed: a name, a subject, a number of a record. */
    public record Text(String value) implements Arg {
    }

    /** A stored text that may be a message reference ({@code @key|param}, e.g. an automatic task's title). */
    public record Ref(String value) implements Arg {
    }

    /** A name kept in both languages by the data itself (a task type, an outcome), shown in the viewer's. */
    public record Words(String english, String chinese) implements Arg {
    }

    /** A value stored in a feature's own coded form, put into words by that feature's {@link AuditWords} of this kind. */
    public record Coded(String kind, String value) implements Arg {
    }

    public record Num(BigDecimal value) implements Arg {
    }

    public record At(Instant value) implements Arg {
    }

    public record Day(LocalDate value) implements Arg {
    }

    /** A sign-in name, shown as the person's name (or "System", "Customer"). */
    public record Person(String username) implements Arg {
    }

    public record StaffId(long id) implements Arg {
    }

    /** A message of its own: a label (an enum's word) when it has no arguments. */
    public record Nested(AuditDetails details) implements Arg {
    }

    /** Several arguments shown one after the other, separated as the language separates a list. */
    public record Joined(List<Arg> parts) implements Arg {
        public Joined {
            parts = List.copyOf(parts);
        }
    }

    /** A value that was not there ("none"), never the word "null". */
    public record None() implements Arg {
    }

    /**
     * A detail message with arguments converted by kind: Strings are text, numbers numbers, {@link Instant} and
     * {@link LocalDate} times, collections lists, {@code null} "none", an {@link AuditDetails} or {@link Arg} as it is.
     * An enum must be given as a {@link #label(String, Enum)}: its name is a code, not a word.
     */
    public static AuditDetails of(String key, Object... args) {
        return new AuditDetails(key, Arrays.stream(args).map(AuditDetails::arg).toList(), false);
    }

    /** The word of a key, e.g. {@code label("spread.MEDIA_VIRAL")}. */
    public static Arg label(String key) {
        return new Nested(new AuditDetails(key, List.of(), false));
    }

    /** The word of a key in lower case, for a field's name inside a sentence ("spread risk"). */
    public static Arg lowerLabel(String key) {
        return new Nested(new AuditDetails(key, List.of(), true));
    }

    /** The word of an enum value under a key prefix, e.g. {@code label("status.", ComplaintStatus.OPEN)}; none for null. */
    public static Arg label(String prefix, Enum<?> value) {
        return value == null ? new None() : label(prefix + value.name());
    }

    public static Arg stored(String text) {
        return text == null ? new None() : new Ref(text);
    }

    public static Arg words(String english, String chinese) {
        return english == null ? new None() : new Words(english, chinese == null ? english : chinese);
    }

    public static Arg coded(String kind, String value) {
        return value == null ? new None() : new Coded(kind, value);
    }

    public static Arg person(String username) {
        return username == null ? new None() : new Person(username);
    }

    public static Arg person(Long staffId) {
        return staffId == null ? new None() : new StaffId(staffId);
    }

    static Arg arg(Object value) {
        return switch (value) {
            case null -> new None();
            case Arg a -> a;
            case AuditDetails d -> new Nested(d);
            case Enum<?> e -> throw new IllegalArgumentException("An enum in the audit trail needs its label: " + e);
            case BigDecimal b -> new Num(b);
            case Integer i -> new Num(BigDecimal.valueOf(i));
            case Long l -> new Num(BigDecimal.valueOf(l));
            case Number n -> new Num(new BigDecimal(n.toString()));
            case Instant i -> new At(i);
            case LocalDate d -> new Day(d);
            case Collection<?> c -> new Joined(new ArrayList<>(c).stream().map(AuditDetails::arg).toList());
            default -> new Text(value.toString());
        };
    }
}
