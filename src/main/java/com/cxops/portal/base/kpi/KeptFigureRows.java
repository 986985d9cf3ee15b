package com.cxops.portal.base.kpi;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Entities whose writes can change kept figures of settled periods ({@link KeptFigures}), declared by the feature
 * whose read model counts them (a bean), so the entities themselves know nothing of reports. Every JPA insert, update
 * and delete of such an entity tells its source, at the end of the transaction, the earliest moment it touched
 * ({@link KeptFiguresWrites}). Writes in plain SQL call their source themselves.
 */
public interface KeptFigureRows {

    /**
     * One entity: the source whose kept figures count it (a {@link KeptFigureSource#name()}), the properties holding
     * the moments it is counted by (Instant, or LocalDate: its day in any zone), before and after a write, and a
     * property holding the id of a parent row whose moment it is also counted by (null: none).
     */
    record Row(Class<?> entity, String source, List<String> moments, @Nullable String parent) {
    }

    List<Row> keptRows();
}
