package com.cxops.portal.customers;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as the shop sends it (import row or API object), upserted by its external id. */
@Schema(description = "A shop order, upserted by externalId; the customer must exist")
public record OrderData(
        @Schema(example = "O20260001", requiredMode = Schema.RequiredMode.REQUIRED) String externalId,
        @Schema(description = "The customer's externalId", example = "C10001", requiredMode = Schema.RequiredMode.REQUIRED) String customerExternalId,
        @Schema(example = "2026-05-01T10:15:00Z", requiredMode = Schema.RequiredMode.REQUIRED) Instant placedAt,
        @Schema(description = "Not negative, at most 2 decimals (refunds come as status REFUNDED)", example = "399.00",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
        @Schema(description = "ISO 4217", example = "CNY", requiredMode = Schema.RequiredMode.REQUIRED) String currency,
        @Schema(example = "PAID", requiredMode = Schema.RequiredMode.REQUIRED) OrderStatus status,
        @Schema(example = "shoes") String category) {
}
