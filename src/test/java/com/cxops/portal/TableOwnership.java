package com.cxops.portal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which feature owns which table (ARCHITECTURE.md "A feature owns its tables"), and which tables a class names in its
 * SQL or JPQL. An entity's table belongs to the entity's feature; tables without an entity are listed in
 * {@link #WITHOUT_ENTITY}. The names are read from the class file's string constants (literals, text blocks and
 * {@code @Query} values), so a query built at run time from pieces is not seen.
 */
final class TableOwnership {

    /** Infrastructure every feature may use (ShedLock's lock table). */
    static final String SHARED = "shared";

    /** Tables that have no entity class (element collections, JDBC-only tables), by owning feature. */
    static final Map<String, String> WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("complaint_watcher", "complaints"), Map.entry("team_member", "complaints"),
            Map.entry("tier_correction_phrase", "complaints"),
            Map.entry("customer_layer_change", "customers"),
            // V40_1's, dropped by V41_1
            Map.entry("customer_kpi_period", "customers"), Map.entry("customer_kpi_figure", "customers"),
            Map.entry("customer_kpi_state", "customers"),
            Map.entry("kpi_kept_period", "base"), Map.entry("kpi_kept_figure", "base"), Map.entry("kpi_kept_state", "base"),
            Map.entry("staff_role", "security"),
            Map.entry("mail_attachment", "notifications"),
            Map.entry("concierge_hand_over_item", "concierge"), Map.entry("concierge_job_state", "concierge"),
            Map.entry("report_action_item", "reports"), Map.entry("report_mailing", "reports"),
            Map.entry("report_pack", "reports"), Map.entry("report_pack_value", "reports"),
            Map.entry("report_target", "reports"),
            Map.entry("sla_alert_pending", "sla"), Map.entry("sla_calendar_slot", "sla"), Map.entry("sla_escalation", "sla"),
            Map.entry("survey_rollup", "surveys"), Map.entry("survey_rollup_state", "surveys"),
            Map.entry("sla_holiday", "sla"), Map.entry("sla_policy_target", "sla"), Map.entry("sla_working_day", "sla"),
            Map.entry("task_outcome", "tasks"),
            Map.entry("shedlock", SHARED));

    /** A table after FROM, JOIN, INTO or UPDATE, and the further ones of a comma list ("FROM a x, b y"). */
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(?:from|join|into|update)\\s+([a-z_]\\w*)(?:\\s+(?:as\\s+)?(?!(?:where|join|on|set|order|group|left|inner|right|cross|limit)\\b)[a-z_]\\w*)?"
                    + "((?:\\s*,\\s*[a-z_]\\w*(?:\\s+(?:as\\s+)?[a-z_]\\w*)?)*)");
    private static final Pattern SQL = Pattern.compile("(?i)\\b(select|insert|update|delete)\\b");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_0-9]+)");

    private TableOwnership() {
    }

    /** The feature a class belongs to: the package right below the root ("complaints"), or "" for the root. */
    static String feature(JavaClass c) {
        String pkg = c.getPackageName();
        String root = "com.cxops.portal";
        if (pkg.length() <= root.length()) {
            return "";
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Table names and entity names (lower case) → owning feature. */
    static Map<String, String> owners(JavaClasses classes) {
        Map<String, String> owners = new HashMap<>(WITHOUT_ENTITY);
        for (JavaClass c : classes) {
            if (!c.isAnnotatedWith(Entity.class)) {
                continue;
            }
            String feature = feature(c);
            Entity entity = c.getAnnotationOfType(Entity.class);
            String entityName = entity.name().isEmpty() ? c.getSimpleName() : entity.name();
            String table = c.isAnnotatedWith(Table.class) && !c.getAnnotationOfType(Table.class).name().isEmpty()
                    ? c.getAnnotationOfType(Table.class).name() : snake(c.getSimpleName());
            put(owners, entityName.toLowerCase(Locale.ROOT), feature);
            put(owners, table.toLowerCase(Locale.ROOT), feature);
        }
        return owners;
    }

    /** Tables created by the migrations that no feature owns yet (a new table must get an entity or a line above). */
    static List<String> unowned(Map<String, String> owners) throws IOException {
        List<String> missing = new ArrayList<>();
        try (var files = Files.list(Path.of("db/migration"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(f));
                while (m.find()) {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    if (!owners.containsKey(table) && !table.startsWith("flyway")) {
                        missing.add(f.getFileName() + ": " + table);
                    }
                }
            }
        }
        return missing;
    }

    private static void put(Map<String, String> owners, String name, String feature) {
        String before = owners.put(name, feature);
        if (before != null && !before.equals(feature)) {
            throw new IllegalStateException(name + " is owned by both " + before + " and " + feature);
        }
    }

    /** The other features' tables this class names in SQL or JPQL, as "table (owner)". */
    static TreeSet<String> foreignTables(JavaClass c, Map<String, String> owners) {
        String feature = feature(c);
        TreeSet<String> found = new TreeSet<>();
        for (String s : strings(c)) {
            if (!SQL.matcher(s).find()) {
                continue;
            }
            Matcher m = NAMED.matcher(s);
            while (m.find()) {
                List<String> names = new ArrayList<>(List.of(m.group(1)));
                for (String item : m.group(2).split(",")) {
                    if (!item.isBlank()) {
                        names.add(item.trim().split("\\s+")[0]);
                    }
                }
                for (String name : names) {
                    String owner = owners.get(name.toLowerCase(Locale.ROOT));
                    if (owner != null && !owner.equals(feature) && !owner.equals(SHARED)) {
                        found.add(name.toLowerCase(Locale.ROOT) + " (" + owner + ")");
                    }
                }
            }
        }
        // em.find(Customer.class, id) names no table, but reads another feature's entity all the same
        boolean usesEntityManager = c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().isEquivalentTo(EntityManager.class));
        if (usesEntityManager) {
            c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                    .filter(t -> t.isAnnotatedWith(Entity.class) && !feature(t).equals(feature))
                    .forEach(t -> found.add(t.getSimpleName() + " entity (" + feature(t) + ")"));
        }
        return found;
    }

    /** Every CONSTANT_Utf8 of the class file: string literals, annotation values, names. */
    private static List<String> strings(JavaClass c) {
        var source = c.getSource().orElseThrow();
        try (InputStream in = source.getUri().toURL().openStream(); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            List<String> utf8 = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.add(data.readUTF());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipNBytes(4);
                    case 5, 6 -> {
                        data.skipNBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> data.skipNBytes(2);
                    case 15 -> data.skipNBytes(3);
                    default -> throw new IllegalStateException("constant pool tag " + tag + " in " + c.getName());
                }
            }
            return utf8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
