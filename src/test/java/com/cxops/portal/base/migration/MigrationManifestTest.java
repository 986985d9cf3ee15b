package com.cxops.portal.base.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Landed migrations never change: each one's checksum is held in db/migration-checksums.txt. */
class MigrationManifestTest {

    @Test
    void no_landed_migration_has_changed_and_every_migration_is_in_the_manifest() throws IOException {
        final Map<String, Integer> manifest = manifest();
        final Map<String, Integer> actual = resolvedChecksums();

        final List<String> problems = new ArrayList<>();
        manifest.forEach((script, checksum) -> {
            if (!actual.containsKey(script)) {
                problems.add(script + " has landed but is gone (deleting a landed migration breaks existing databases)");
            } else if (!actual.get(script).equals(checksum)) {
                problems.add(script + " has landed but changed: checksum " + actual.get(script) + " instead of "
                        + checksum + ". Put the change in a new version and restore the file.");
            }
        });
        actual.forEach((script, checksum) -> {
            if (!manifest.containsKey(script)) {
                problems.add(script + " is not in src/test/resources/db/migration-checksums.txt; when it lands add: "
                        + script + " " + checksum);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void the_accepted_first_texts_are_exactly_the_two_edited_migrations_now_current() throws IOException {
        final Map<String, Integer> manifest = manifest();
        assertThat(LandedMigrations.EDITED).extracting(LandedMigrations.EditedMigration::version)
                .containsExactly("4.1", "6");
        assertThat(LandedMigrations.EDITED.get(0).currentChecksum()).isEqualTo(manifest.get("V4_1__sla.sql"));
        assertThat(LandedMigrations.EDITED.get(1).currentChecksum()).isEqualTo(manifest.get("V6__scale_indexes.sql"));
    }

    private static Map<String, Integer> resolvedChecksums() {
        final Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:manifest;MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "")
                .locations("classpath:db/migration")
                .load();
        final Map<String, Integer> checksums = new LinkedHashMap<>();
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getChecksum() != null) {
                checksums.put(info.getScript(), info.getChecksum());
            }
        }
        return checksums;
    }

    static Map<String, Integer> manifest() throws IOException {
        final Map<String, Integer> manifest = new LinkedHashMap<>();
        try (InputStream in = MigrationManifestTest.class.getResourceAsStream("/db/migration-checksums.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final String[] parts = line.trim().split("\\s+");
                manifest.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return manifest;
    }
}
