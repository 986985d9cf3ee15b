package com.cxops.portal.complaints;

import com.cxops.portal.base.kpi.KeptFigureRow;

/** A row counted in the complaints' and service levels' kept figures ({@link ComplaintKpiStore}). */
public interface ComplaintKeptRow extends KeptFigureRow {

    @Override
    default String keptSource() {
        return ComplaintKpiStore.SOURCE;
    }
}
