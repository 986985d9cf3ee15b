package com.cxops.portal.base.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database built before V4_1 and V6 were edited starts on today's migrations and ends with today's schema. */
class EditedMigrationsUpgradeTest {

    @TempDir
    Path firstTexts;

    @Test
    void a_database_built_from_the_first_texts_migrates_and_gains_what_the_edits_added() throws Exception {
        final String url = databaseBuiltFromFirstTexts();

        LandedMigrations.migrate(current(url));

        assertThat(current(url).validateWithResult().validationSuccessful).isTrue();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(indexExists(connection, "IX_ORDER_PAID_WINDOW")).isTrue();
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO sla_calendar (id, name, time_zone, twenty_four_seven, version) "
                        + "VALUES (900, 'probe', 'UTC', FALSE, 0)");
                assertThatThrownBy(() -> statement.execute(
                        "INSERT INTO sla_holiday (calendar_id, holiday_date, name) VALUES (900, DATE '2026-10-01', NULL)"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void any_other_changed_migration_still_fails_validation() throws Exception {
        final String url = databaseBuiltFromFirstTexts();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '3'");
        }

        assertThatThrownBy(() -> LandedMigrations.migrate(current(url))).isInstanceOf(FlywayException.class)
                .hasMessageContaining("3");
    }

    private String databaseBuiltFromFirstTexts() throws IOException {
        try (var scripts = Files.list(Path.of("db/migration"))) {
            for (Path script : scripts.toList()) {
                Files.copy(script, firstTexts.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String edited : new String[]{"V4_1__sla.sql", "V6__scale_indexes.sql"}) {
            Files.copy(Path.of("src/test/resources/db/landed-before-edit", edited), firstTexts.resolve(edited),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + firstTexts).target("7").load().migrate();
        return url;
    }

    private static Flyway current(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new V7_1__Catch_up_edited_migrations()).load();
    }

    private static boolean indexExists(Connection connection, String name) throws SQLException {
        try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "customer_order", false, true)) {
            while (indexes.next()) {
                if (name.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
