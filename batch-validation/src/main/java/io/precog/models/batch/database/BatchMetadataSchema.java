package io.precog.models.batch.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Spring Batch's metadata tables (job instances, executions, their parameters and contexts)
 * through Flyway. The tables have a Flyway history of their own, {@value #HISTORY_TABLE}, so that
 * their versions and the registry's migrations never interleave; run it after the registry's
 * migrations.
 */
public final class BatchMetadataSchema {

    /** Flyway's history table for the batch metadata schema. */
    public static final String HISTORY_TABLE = "batch_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(BatchMetadataSchema.class);

    private BatchMetadataSchema() {
    }

    /**
     * Applies the pending batch metadata migrations.
     *
     * @throws org.flywaydb.core.api.FlywayException when a migration fails
     */
    public static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(new String[0])
                .javaMigrations(new V1__SpringBatchMetadata())
                // The schema already contains the registry's tables, so this history starts below version 1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Created Spring Batch's metadata tables ({} migration applied)", result.migrationsExecuted);
        }
    }
}
