package com.cxops.portal.customers;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer as the shop sends it (import row or API object). Optional fields left null keep the stored value, so
 * a partial update from the shop never wipes what it did not send.
 */
@Schema(description = "A shop customer, upserted by externalId")
public record CustomerData(
        @Schema(description = "The shop's customer id", example = "C10001", requiredMode = Schema.RequiredMode.REQUIRED) String externalId,
        @Schema(example = "王芳", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(example = "wang.fang@example.com") String email,
        @Schema(example = "+86 138 0013 8000") String phone,
        @Schema(example = "2025-03-01T08:00:00Z") Instant registeredAt,
        @Schema(example = "1990-05-20") LocalDate birthday,
        @Schema(example = "2018-10-01") LocalDate anniversary,
        @Schema(example = "GOLD") MembershipLevel membership,
        @Schema(example = "false") Boolean surveyOptOut) {
}
