package io.precog.models.adapters.postgres.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class a freshly migrated database of its own, dropped after the class.
 * Constructors, lifecycle methods and tests receive it by declaring a parameter of type
 * {@link javax.sql.DataSource}, {@link io.precog.models.adapters.postgres.database.DatabaseSettings} or
 * {@link TestDatabase}. Nested classes share the database of their enclosing class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresTestExtension.class)
public @interface PostgresTest {
}
