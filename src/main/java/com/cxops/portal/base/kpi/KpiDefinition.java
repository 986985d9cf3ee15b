package com.cxops.portal.base.kpi;

import java.util.Set;

/**
 * One KPI of the catalogue: id (its name is translated from {@code reports.kpi.<id>}), section of the pack, unit,
 * direction, the packs that show it (the yearly pack shows every KPI), the dimension its figures are split by
 * ({@code null}: overall only) and what its drill-down rows are.
 */
public record KpiDefinition(String id, String section, KpiUnit unit, Direction direction, Set<PackKind> packs,
                            String splitBy, DrillKind drillKind) {

    public boolean inPack(PackKind kind) {
        return kind == PackKind.YEARLY || packs.contains(kind);
    }
}
