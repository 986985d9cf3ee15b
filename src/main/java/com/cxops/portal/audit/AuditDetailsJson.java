package com.cxops.portal.audit;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditDetails.Arg;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored form of {@link AuditDetails} in {@code audit_entry.detail_data}: {@code {"k":key,"a":[args]}}, each
 * argument one object naming its kind ({@code t} text, {@code r} text or message reference,
 * {@code we}/{@code wz} a name in both languages, {@code f}/{@code v} a feature's coded value, {@code n} number, {@code i} instant, {@code d} date, {@code u}
 * sign-in name, {@code s} staff id, {@code m} nested message, {@code l} list, empty for none). JSON rather than a
 * separator-joined text because the arguments carry free text (subjects, findings) that may contain any character.
 */
final class AuditDetailsJson {

    /** Free text longer than this is cut when stored: the column holds 4000 characters and the English text has it all. */
    static final int TEXT_MAX = 400;
    static final int COLUMN_MAX = 4000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AuditDetailsJson() {
    }

    /** The stored form, or null when it does not fit the column (the English text then stands alone). */
    static String write(AuditDetails details) {
        if (details == null) {
            return null;
        }
        String json = JSON.writeValueAsString(node(details));
        return json.length() <= COLUMN_MAX ? json : null;
    }

    /** The details of a stored form; empty for a row without one or one this version cannot read. */
    static Optional<AuditDetails> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(details(JSON.readTree(stored)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ObjectNode node(AuditDetails d) {
        ObjectNode o = NODES.objectNode();
        o.put("k", d.key());
        if (d.lowerCase()) {
            o.put("lc", true);
        }
        if (!d.args().isEmpty()) {
            ArrayNode a = o.putArray("a");
            d.args().forEach(arg -> a.add(node(arg)));
        }
        return o;
    }

    private static ObjectNode node(Arg arg) {
        ObjectNode o = NODES.objectNode();
        switch (arg) {
            case AuditDetails.Text t -> o.put("t", cut(t.value()));
            case AuditDetails.Ref r -> o.put("r", cut(r.value()));
            case AuditDetails.Words w -> o.put("we", w.english()).put("wz", w.chinese());
            case AuditDetails.Coded c -> o.put("f", c.kind()).put("v", c.value());
            case AuditDetails.Num n -> o.put("n", n.value().toPlainString());
            case AuditDetails.At i -> o.put("i", i.value().toString());
            case AuditDetails.Day d -> o.put("d", d.value().toString());
            case AuditDetails.Person p -> o.put("u", p.username());
            case AuditDetails.StaffId s -> o.put("s", s.id());
            case AuditDetails.Nested m -> o.set("m", node(m.details()));
            case AuditDetails.Joined l -> {
                ArrayNode parts = o.putArray("l");
                l.parts().forEach(p -> parts.add(node(p)));
            }
            case AuditDetails.None none -> {
            }
        }
        return o;
    }

    private static AuditDetails details(JsonNode o) {
        List<Arg> args = new ArrayList<>();
        JsonNode a = o.get("a");
        if (a != null) {
            a.forEach(n -> args.add(arg(n)));
        }
        JsonNode lc = o.get("lc");
        return new AuditDetails(o.get("k").asString(), args, lc != null && lc.asBoolean());
    }

    private static Arg arg(JsonNode o) {
        if (o.has("t")) {
            return new AuditDetails.Text(o.get("t").asString());
        } else if (o.has("r")) {
            return new AuditDetails.Ref(o.get("r").asString());
        } else if (o.has("we")) {
            return new AuditDetails.Words(o.get("we").asString(), o.get("wz").asString());
        } else if (o.has("f")) {
            return new AuditDetails.Coded(o.get("f").asString(), o.get("v").asString());
        } else if (o.has("n")) {
            return new AuditDetails.Num(new BigDecimal(o.get("n").asString()));
        } else if (o.has("i")) {
            return new AuditDetails.At(Instant.parse(o.get("i").asString()));
        } else if (o.has("d")) {
            return new AuditDetails.Day(LocalDate.parse(o.get("d").asString()));
        } else if (o.has("u")) {
            return new AuditDetails.Person(o.get("u").asString());
        } else if (o.has("s")) {
            return new AuditDetails.StaffId(o.get("s").asLong());
        } else if (o.has("m")) {
            return new AuditDetails.Nested(details(o.get("m")));
        } else if (o.has("l")) {
            List<Arg> parts = new ArrayList<>();
            o.get("l").forEach(n -> parts.add(arg(n)));
            return new AuditDetails.Joined(parts);
        }
        return new AuditDetails.None();
    }

    private static String cut(String s) {
        return s == null || s.length() <= TEXT_MAX ? s : s.substring(0, TEXT_MAX - 1) + "…";
    }
}
