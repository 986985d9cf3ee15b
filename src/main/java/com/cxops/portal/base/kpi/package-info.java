/**
 * The shape of the review packs' KPI read models (docs/kpis.md). Each feature publishes its figures through a
 * {@link com.cxops.portal.base.kpi.KpiReadModel} in its own package (complaints/ComplaintKpis, customers/CustomerKpis,
 * sla/SlaKpis, ...); the reports feature only combines them, so it never names another feature's tables.
 */
@NullMarked
package com.cxops.portal.base.kpi;

import org.jspecify.annotations.NullMarked;
