package com.cxops.portal.reports.ui;

import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.reports.SplitLabels;

import java.util.Map;
import java.util.function.Function;

/** Labels of split keys shared by the view and the workbook. */
final class PackWorkbookLabels {

    private PackWorkbookLabels() {
    }

    static String split(Function<String, String> t, Map<String, String> names, String split) {
        return SplitLabels.splitLabel(t, names, split);
    }

    /** Layers in their usual order, "not classified" first. */
    static int layerRank(String layer) {
        if ("NONE".equals(layer)) {
            return -1;
        }
        try {
            return CustomerLayer.valueOf(layer).ordinal();
        } catch (IllegalArgumentException e) {
            return 99;
        }
    }
}
