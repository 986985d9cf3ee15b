package com.cxops.portal.concierge;

import java.time.LocalDate;

/** An absence to record: staffId null means the person themselves (a manager may record one for anyone). */
public record AbsenceForm(Long staffId, Long deputyId, LocalDate startsOn, LocalDate endsOn, String note) {
}
