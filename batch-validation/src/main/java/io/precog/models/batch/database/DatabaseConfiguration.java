package io.precog.models.batch.database;

import com.zaxxer.hikari.HikariDataSource;
import io.precog.models.adapters.postgres.database.DataSources;
import io.precog.models.adapters.postgres.database.DatabaseMigrations;
import io.precog.models.adapters.postgres.database.EmbeddedPostgresSettings;
import io.precog.models.adapters.postgres.database.PostgresDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database: the one named by {@code spring.datasource.url} (set through the environment variable
 * {@code SPRING_DATASOURCE_URL}) when there is one, otherwise an embedded PostgreSQL whose data stays in
 * {@code precog.data-folder} (default {@code .precog/postgres}). Its schema is brought up to date before
 * anything uses it.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** Property naming the embedded server's data folder. */
    public static final String DATA_FOLDER_PROPERTY = "precog.data-folder";

    @Bean(destroyMethod = "close")
    PostgresDatabase postgresDatabase(Environment environment) {
        Map<String, String> given = new HashMap<>();
        putIfSet(given, PostgresDatabase.URL_VARIABLE, environment.getProperty("spring.datasource.url"));
        putIfSet(given, PostgresDatabase.USERNAME_VARIABLE, environment.getProperty("spring.datasource.username"));
        putIfSet(given, PostgresDatabase.PASSWORD_VARIABLE, environment.getProperty("spring.datasource.password"));
        Path dataFolder = Path.of(environment.getProperty(DATA_FOLDER_PROPERTY,
                PostgresDatabase.DEFAULT_DATA_FOLDER.toString()));
        try {
            return PostgresDatabase.open(given, EmbeddedPostgresSettings.persistent(dataFolder, 0));
        } catch (IllegalStateException e) {
            throw RunningServer.on(dataFolder).map(port -> RunningServer.inUse(e, port)).orElse(e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PostgresDatabase database) {
        HikariDataSource dataSource = DataSources.create(database.settings(), "precog-batch");
        try {
            DatabaseMigrations.migrate(dataSource);
            BatchMetadataSchema.migrate(dataSource);
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static void putIfSet(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
