package com.cxops.portal.complaints;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Compensation as entered: kind, amount with currency (for money), and the reason. */
public class CompensationForm {
    private CompensationKind kind = CompensationKind.COUPON;
    private BigDecimal amount;
    private String currency = "";
    @Size(max = Compensation.REASON_MAX)
    private String reason = "";

    public CompensationKind getKind() { return kind; }
    public void setKind(CompensationKind kind) { this.kind = kind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
