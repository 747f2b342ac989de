package io.precog.models.adapters.postgres.store;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds the MyBatis session factory of the store: its mappers, type handlers and settings. */
final class StoreSessions {

    private static final List<Class<?>> ROWS = List.of(ModelRow.class, ModelClassRow.class, StatusChangeRow.class,
            EventRow.class, PredictionRow.class, PredictionKey.class, PairedForecastRow.class, ValidationRunRow.class);

    private StoreSessions() {
    }

    static SqlSessionFactory create(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("precog-postgres", new JdbcTransactionFactory(), dataSource));
        configuration.setCacheEnabled(false);
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
        // Aliases one by one: scanning a package fails inside the nested jars of a Spring Boot application.
        for (Class<?> row : ROWS) {
            configuration.getTypeAliasRegistry().registerAlias(row);
        }
        configuration.addMapper(ModelMapper.class);
        configuration.addMapper(ModelClassMapper.class);
        configuration.addMapper(StatusHistoryMapper.class);
        configuration.addMapper(EventMapper.class);
        configuration.addMapper(PredictionMapper.class);
        configuration.addMapper(ValidationRunMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
