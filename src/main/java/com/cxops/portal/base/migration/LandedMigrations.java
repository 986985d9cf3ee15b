package com.cxops.portal.base.migration;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Migrations never change once they have landed; two did (V4_1 and V6) before that rule was enforced. A database
 * built from their first text fails Flyway's checksum validation. Before migrating, this accepts exactly those
 * first texts (known version and checksum, nothing else) by recording the current checksum, and
 * {@link V7_1__Catch_up_edited_migrations} then applies what the edits added. Any other mismatch still fails.
 */
@Configuration(proxyBeanMethods = false)
public class LandedMigrations {

    /** A landed migration that was edited afterwards: its version, first checksum and current checksum. */
    public record EditedMigration(String version, int firstChecksum, int currentChecksum) {
    }

    public static final List<EditedMigration> EDITED = List.of(
            new EditedMigration("4.1", -2091267612, -1183441985),
            new EditedMigration("6", -1946864864, -775501176));

    private static final Logger log = LoggerFactory.getLogger(LandedMigrations.class);

    @Bean
    FlywayMigrationStrategy acceptingFirstTextsOfEditedMigrations() {
        return LandedMigrations::migrate;
    }

    public static void migrate(Flyway flyway) {
        acceptFirstTexts(flyway.getConfiguration().getDataSource(), flyway.getConfiguration().getTable());
        flyway.migrate();
    }

    static void acceptFirstTexts(DataSource dataSource, String historyTable) {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection, historyTable)) {
                return;
            }
            for (EditedMigration edited : EDITED) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + quoted(connection, historyTable)
                        + " SET " + quoted(connection, "checksum") + " = ? WHERE " + quoted(connection, "version")
                        + " = ? AND " + quoted(connection, "checksum") + " = ?")) {
                    update.setInt(1, edited.currentChecksum());
                    update.setString(2, edited.version());
                    update.setInt(3, edited.firstChecksum());
                    if (update.executeUpdate() > 0) {
                        log.info("Migration V{} was built from its first text; its later additions follow in V7.1",
                                edited.version());
                    }
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the migration history", e);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase())) {
            try (var tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Flyway creates its history table with quoted lower-case names on H2, plain names on MySQL and MariaDB. */
    private static String quoted(Connection connection, String identifier) throws SQLException {
        final String quote = connection.getMetaData().getIdentifierQuoteString();
        return quote == null || quote.isBlank() ? identifier : quote + identifier + quote;
    }
}
