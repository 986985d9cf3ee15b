package com.cxops.portal.reports;

import com.cxops.portal.base.kpi.KpiDefinition;
import com.cxops.portal.base.kpi.KpiReadModel;
import com.cxops.portal.base.kpi.PackKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPI catalogue: every definition the features' read models publish (docs/kpis.md), in the order of the
 * sections (complaints, service levels, surveys, tasks, concierge, customers), and which read model computes each.
 */
@Component
public class KpiCatalogue {

    static final List<String> SECTION_ORDER = List.of("complaints", "sla", "surveys", "tasks", "concierge", "customers");

    private final List<KpiReadModel> models;
    private final Map<String, KpiDefinition> byId = new LinkedHashMap<>();
    private final Map<String, KpiReadModel> modelOf = new LinkedHashMap<>();

    KpiCatalogue(List<KpiReadModel> models) {
        this.models = List.copyOf(models);
        List<KpiDefinition> all = new ArrayList<>();
        for (KpiReadModel m : models) {
            for (KpiDefinition d : m.definitions()) {
                all.add(d);
                modelOf.put(d.id(), m);
            }
        }
        all.sort(Comparator.comparingInt((KpiDefinition d) -> sectionRank(d.section())));
        all.forEach(d -> byId.put(d.id(), d));
    }

    private static int sectionRank(String section) {
        int i = SECTION_ORDER.indexOf(section);
        return i < 0 ? SECTION_ORDER.size() : i;
    }

    public List<KpiDefinition> all() {
        return List.copyOf(byId.values());
    }

    public List<KpiDefinition> of(PackKind kind) {
        return byId.values().stream().filter(d -> d.inPack(kind)).toList();
    }

    public KpiDefinition get(String id) {
        return byId.get(id);
    }

    KpiReadModel model(String kpiId) {
        return modelOf.get(kpiId);
    }

    /** Names of split values that are data (task types) in the reader's language, from every read model. */
    Map<String, String> splitNames(java.util.Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        models.forEach(m -> names.putAll(m.splitNames(locale)));
        return names;
    }

    List<KpiReadModel> models() {
        return models;
    }
}
