package io.precog.models.adapters.rest.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the service keeps its data when no database is given.
 *
 * @param embeddedDataFolder data folder of the embedded PostgreSQL server, relative to the working directory
 * @param embeddedPort       TCP port of the embedded server on localhost, 0 for any free port
 */
@ConfigurationProperties("precog.database")
public record DatabaseProperties(Path embeddedDataFolder, Integer embeddedPort) {

    public DatabaseProperties {
        if (embeddedDataFolder == null) {
            embeddedDataFolder = Path.of(".precog", "postgres");
        }
        if (embeddedPort == null) {
            embeddedPort = 0;
        }
    }
}
