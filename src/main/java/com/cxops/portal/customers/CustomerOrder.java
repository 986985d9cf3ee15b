package com.cxops.portal.customers;

import com.cxops.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** An order from the shop ("order" is a reserved word in SQL, hence the table name). */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends AbstractEntity {

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(length = 100)
    private String category;

    protected CustomerOrder() {
    }

    public CustomerOrder(String externalId, Customer customer, Instant placedAt, BigDecimal amount, String currency,
                         OrderStatus status, String category) {
        this.externalId = externalId;
        this.customer = customer;
        this.placedAt = placedAt;
        this.amount = amount;
        this.currency = currency;
        this.status = status;
        this.category = category;
    }

    public String getExternalId() {
        return externalId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(Instant placedAt) {
        this.placedAt = placedAt;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
