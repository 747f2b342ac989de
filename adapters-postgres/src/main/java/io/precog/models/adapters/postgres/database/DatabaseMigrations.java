package io.precog.models.adapters.postgres.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database's schema up to date with the Flyway migrations of this module. */
public final class DatabaseMigrations {

    /** Class path location of the SQL migrations. */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrations.class);

    private DatabaseMigrations() {
    }

    /**
     * Applies the pending migrations, each in its own transaction.
     *
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or an applied one was changed
     */
    public static MigrationReport migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        MigrationReport report = new MigrationReport(result.initialSchemaVersion,
                current == null ? null : current.getVersion().getVersion(),
                result.migrations.stream().map(migration -> migration.version + " " + migration.description).toList());
        LOG.info("Database schema at version {} ({} migrations applied)", report.currentVersion(),
                report.appliedMigrations().size());
        return report;
    }
}
