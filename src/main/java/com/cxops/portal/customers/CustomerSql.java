package com.cxops.portal.customers;

/**
 * The pieces of SQL other features put in their query-shaped reads of customers (review-pack KPIs and their drill-down
 * pages), so that one statement still does the work (ARCHITECTURE.md "A feature owns its tables"). Only the customers
 * feature names its tables; each piece says which columns it offers.
 */
public final class CustomerSql {

    private CustomerSql() {
    }

    /**
     * Joins the customer {@code alias} whose id is {@code idExpression}; offers {@code id, external_id, name,
     * last_order_at, layer}.
     */
    public static String join(String alias, String idExpression) {
        return "JOIN customer " + alias + " ON " + alias + ".id = " + idExpression;
    }

    /** A derived table of the customers with an account manager now: {@code id, membership_level}. */
    public static String withAccountManager() {
        return "SELECT c.id, c.membership_level FROM customer c WHERE c.account_manager_id IS NOT NULL";
    }

    /**
     * A condition: the customer {@code customerExpression} placed a paid order after the moment {@code atExpression}
     * and within {@code days} days of it (refunded and cancelled orders never count).
     */
    public static String paidOrderWithin(String customerExpression, String atExpression, int days) {
        return "EXISTS (SELECT 1 FROM customer_order o WHERE o.customer_id = " + customerExpression + " AND o.status = 'PAID' "
                + "AND o.placed_at > " + atExpression + " AND o.placed_at <= TIMESTAMPADD(DAY, " + days + ", " + atExpression + "))";
    }
}
