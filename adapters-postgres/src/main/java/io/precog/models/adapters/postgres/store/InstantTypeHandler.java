package io.precog.models.adapters.postgres.store;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Binds an {@link Instant} to a {@code timestamptz} as a UTC {@link OffsetDateTime}, so that neither
 * the JVM's nor the session's time zone takes part. PostgreSQL keeps microseconds: finer digits are
 * rounded by the server.
 */
final class InstantTypeHandler extends BaseTypeHandler<Instant> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Instant value, JdbcType jdbcType)
            throws SQLException {
        statement.setObject(index, value.atOffset(ZoneOffset.UTC));
    }

    @Override
    public Instant getNullableResult(ResultSet resultSet, String column) throws SQLException {
        return toInstant(resultSet.getObject(column, OffsetDateTime.class));
    }

    @Override
    public Instant getNullableResult(ResultSet resultSet, int column) throws SQLException {
        return toInstant(resultSet.getObject(column, OffsetDateTime.class));
    }

    @Override
    public Instant getNullableResult(CallableStatement statement, int column) throws SQLException {
        return toInstant(statement.getObject(column, OffsetDateTime.class));
    }

    private static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
