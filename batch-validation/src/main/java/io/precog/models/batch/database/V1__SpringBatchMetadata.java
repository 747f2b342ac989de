package io.precog.models.batch.database;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Runs the PostgreSQL schema script that ships inside spring-batch-core, so that the tables always
 * match the Spring Batch version on the class path when they are created.
 */
final class V1__SpringBatchMetadata extends BaseJavaMigration {

    /** The script's place in the spring-batch-core jar. */
    static final String SCRIPT = "org/springframework/batch/core/schema-postgresql.sql";

    @Override
    public void migrate(Context context) {
        ScriptUtils.executeSqlScript(context.getConnection(), new ClassPathResource(SCRIPT));
    }
}
