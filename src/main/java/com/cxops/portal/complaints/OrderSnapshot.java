package com.cxops.portal.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** The order a complaint is about, as it was when the complaint was logged (id, amount, currency); all empty if none. */
@Embeddable
public class OrderSnapshot {

    @Column(name = "order_external_id", length = Complaint.ORDER_MAX)
    private @Nullable String externalId;

    @Column(name = "order_amount", precision = 19, scale = 2)
    private @Nullable BigDecimal amount;

    @Column(name = "order_currency", length = 3)
    private @Nullable String currency;

    protected OrderSnapshot() {
    }

    OrderSnapshot(@Nullable String externalId, @Nullable BigDecimal amount, @Nullable String currency) {
        this.externalId = externalId;
        this.amount = amount;
        this.currency = currency;
    }

    public @Nullable String getExternalId() {
        return externalId;
    }

    public @Nullable BigDecimal getAmount() {
        return amount;
    }

    public @Nullable String getCurrency() {
        return currency;
    }
}
