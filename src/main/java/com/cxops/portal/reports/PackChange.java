package com.cxops.portal.reports;

import java.math.BigDecimal;

/** A figure that differs between a published version and the version before it. */
public record PackChange(String kpi, String split, BigDecimal before, BigDecimal after) {
}
