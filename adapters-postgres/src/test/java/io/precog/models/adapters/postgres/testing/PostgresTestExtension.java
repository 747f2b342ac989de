package io.precog.models.adapters.postgres.testing;

import io.precog.models.adapters.postgres.database.DatabaseSettings;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Creates the database of a {@link PostgresTest} class and hands it to the class's parameters. */
public final class PostgresTestExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresTestExtension.class);
    private static final Set<Class<?>> RESOLVED_TYPES = Set.of(DataSource.class, DatabaseSettings.class, TestDatabase.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return RESOLVED_TYPES.contains(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        TestDatabase database = database(extensionContext);
        Class<?> type = parameterContext.getParameter().getType();
        if (type == DataSource.class) {
            return database.dataSource();
        }
        if (type == DatabaseSettings.class) {
            return database.settings();
        }
        return database;
    }

    /**
     * Returns the database stored on the test class's context, creating it on first use. JUnit closes
     * (drops) it when that context ends. A nested class finds its enclosing class's database in the parent store.
     */
    private static TestDatabase database(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        String label = classContext.getRequiredTestClass().getSimpleName();
        return classContext.getStore(NAMESPACE)
                .computeIfAbsent(TestDatabase.class, key -> TestDatabases.createMigrated(label), TestDatabase.class);
    }
}
