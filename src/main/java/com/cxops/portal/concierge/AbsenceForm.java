package com.cxops.portal.concierge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An absence to record: staffId null means the person themselves (a manager may record one for anyone). The order of
 * the dates and who may deputise are checked by the service.
 */
public record AbsenceForm(Long staffId, @NotNull(message = "{concierge.error.deputy-required}") Long deputyId,
                          @NotNull(message = "{concierge.error.absence-dates}") LocalDate startsOn,
                          @NotNull(message = "{concierge.error.absence-dates}") LocalDate endsOn,
                          @Size(max = Absence.NOTE_MAX) String note) {
}
