package io.precog.models.adapters.postgres.database;

import java.util.List;

/**
 * Outcome of one migration run.
 *
 * @param previousVersion schema version before the run, null for an empty database
 * @param currentVersion schema version after the run, null when there is still no migration applied
 * @param appliedMigrations the migrations this run applied, in order, such as {@code "1 model registry"}
 */
public record MigrationReport(String previousVersion, String currentVersion, List<String> appliedMigrations) {

    public MigrationReport {
        appliedMigrations = List.copyOf(appliedMigrations);
    }

    /** Returns whether the schema was already up to date, so the run applied nothing. */
    public boolean upToDate() {
        return appliedMigrations.isEmpty();
    }
}
