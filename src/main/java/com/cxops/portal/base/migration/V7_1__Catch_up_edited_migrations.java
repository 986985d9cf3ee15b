package com.cxops.portal.base.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Applies what the edits of V4_1 (holiday names required) and V6 (the RFM window index) added, on a database built
 * from their first texts; on any other database it finds both already in place and changes nothing. Written in Java
 * because MySQL has no "CREATE INDEX IF NOT EXISTS".
 */
@Component
public class V7_1__Catch_up_edited_migrations extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        final Connection connection = context.getConnection();
        if (!hasIndex(connection, "customer_order", "ix_order_paid_window")) {
            execute(connection, "CREATE INDEX ix_order_paid_window ON customer_order (status, placed_at, customer_id, currency, amount)");
        }
        if (isNullable(connection, "sla_holiday", "name")) {
            execute(connection, "UPDATE sla_holiday SET name = 'Holiday' WHERE name IS NULL");
            execute(connection, "ALTER TABLE sla_holiday MODIFY name VARCHAR(200) NOT NULL");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean hasIndex(Connection connection, String table, String index) throws SQLException {
        final DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[]{table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), null, name, false, true)) {
                while (indexes.next()) {
                    if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isNullable(Connection connection, String table, String column) throws SQLException {
        final DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[]{table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), null, name, null)) {
                while (columns.next()) {
                    if (column.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                        return columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
                    }
                }
            }
        }
        return false;
    }
}
