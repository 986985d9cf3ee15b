package com.cxops.portal.tasks;

/**
 * The pieces of SQL other features put in their query-shaped reads of tasks (review-pack KPIs and their drill-down
 * pages), so that one statement still does the work while only the tasks feature names its tables.
 */
public final class TaskSql {

    private TaskSql() {
    }

    /**
     * Joins the task {@code alias} whose id is {@code idExpression}; offers {@code id, title, status, due_at,
     * closed_at, customer_id}.
     */
    public static String join(String alias, String idExpression) {
        return "JOIN task " + alias + " ON " + alias + ".id = " + idExpression;
    }
}
