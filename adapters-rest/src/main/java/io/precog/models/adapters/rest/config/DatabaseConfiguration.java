package io.precog.models.adapters.rest.config;

import io.precog.models.adapters.postgres.database.DataSources;
import io.precog.models.adapters.postgres.database.DatabaseMigrations;
import io.precog.models.adapters.postgres.database.EmbeddedPostgresSettings;
import io.precog.models.adapters.postgres.database.PostgresDatabase;
import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.application.ModelManager;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database and the use cases on top of it. The database is the one named by
 * {@code spring.datasource.url} (or the environment variable {@code SPRING_DATASOURCE_URL}) when set,
 * otherwise an embedded PostgreSQL server whose data stays in {@code precog.database.embedded-data-folder}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    PostgresDatabase postgresDatabase(Environment environment, DatabaseProperties properties) {
        Map<String, String> given = new HashMap<>();
        putIfSet(given, PostgresDatabase.URL_VARIABLE, environment.getProperty("spring.datasource.url"));
        putIfSet(given, PostgresDatabase.USERNAME_VARIABLE, environment.getProperty("spring.datasource.username"));
        putIfSet(given, PostgresDatabase.PASSWORD_VARIABLE, environment.getProperty("spring.datasource.password"));
        return PostgresDatabase.open(given,
                EmbeddedPostgresSettings.persistent(properties.embeddedDataFolder(), properties.embeddedPort()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PostgresDatabase database) {
        HikariDataSource dataSource = DataSources.create(database.settings(), "precog-rest");
        try {
            DatabaseMigrations.migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /** UTC time in whole microseconds, the precision PostgreSQL stores, so responses match later reads. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Bean
    ModelManager modelManager(DataSource dataSource, Clock clock) {
        return new ModelManager(PostgresModelPorts.create(dataSource), clock);
    }

    private static void putIfSet(Map<String, String> target, String key, String value) {
        if (value != null && !value.isBlank()) {
            target.put(key, value);
        }
    }
}
