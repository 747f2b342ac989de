package io.precog.models.batch.database;

import io.precog.models.adapters.postgres.forecasts.PostgresImportForecasts;
import io.precog.models.adapters.postgres.forecasts.PostgresResolvedForecasts;
import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.application.ModelManager;
import io.precog.models.application.ModelPorts;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.application.port.LoadModels;
import io.precog.models.application.port.ResolvedForecasts;
import io.precog.models.application.port.ValidationRuns;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's ports over the PostgreSQL store, and the model manager built on them. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ModelPorts modelPorts(DataSource dataSource) {
        return PostgresModelPorts.create(dataSource);
    }

    @Bean
    ModelManager modelManager(ModelPorts ports, Clock clock) {
        return new ModelManager(ports, clock);
    }

    @Bean
    LoadModels loadModels(ModelPorts ports) {
        return ports.loadModels();
    }

    @Bean
    ValidationRuns validationRuns(ModelPorts ports) {
        return ports.validationRuns();
    }

    /**
     * Connections that read forecasts at once, at most: the pool has five, and the job uses one for its
     * metadata and the store one for each write.
     */
    static final int MAX_READ_PARTITIONS = 3;

    /**
     * @param partitions connections that read forecasts at once, 1 to {@value #MAX_READ_PARTITIONS}; the
     *                   default of 2 matches a two-core database server
     */
    @Bean
    ResolvedForecasts resolvedForecasts(DataSource dataSource,
                                        @Value("${precog.calibration.read-partitions:2}") int partitions) {
        if (partitions < 1 || partitions > MAX_READ_PARTITIONS) {
            throw new IllegalArgumentException("precog.calibration.read-partitions must be between 1 and "
                    + MAX_READ_PARTITIONS + ": " + partitions);
        }
        return new PostgresResolvedForecasts(dataSource, partitions);
    }

    @Bean
    ImportForecasts importForecasts(DataSource dataSource) {
        return new PostgresImportForecasts(dataSource);
    }
}
